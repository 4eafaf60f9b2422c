using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.Hosting;

/// <summary>How every settings class is registered: bound to its section and checked when the API starts.</summary>
public static class OptionsSetup
{
    /// <summary>
    /// Binds <typeparamref name="T"/> to <paramref name="section"/>, checks its data annotations when the host starts
    /// (a wrong value stops the API with a message naming the setting), and registers the bound value itself, so
    /// that services take <typeparamref name="T"/> rather than <c>IOptions&lt;T&gt;</c>. Returns the builder for
    /// further checks.
    /// </summary>
    public static OptionsBuilder<T> AddCheckedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
    }

    /// <summary>
    /// The settings of <paramref name="section"/> as <typeparamref name="T"/>, for the few choices made while the
    /// services are registered (which sign-in handler, whether to add an interceptor); defaults come from the class.
    /// </summary>
    public static T Read<T>(IConfiguration configuration, string section)
        where T : new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(section).Get<T>() ?? new T();
    }
}
