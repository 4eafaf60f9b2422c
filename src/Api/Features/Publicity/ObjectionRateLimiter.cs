using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.Features.Publicity;

/// <summary>Settings of anonymous objections (configuration section <c>Objections</c>).</summary>
public sealed class ObjectionOptions
{
    public const string Section = "Objections";

    /// <summary>Objections one address may file per hour without signing in.</summary>
    [Range(1, 1_000_000)]
    public int AnonymousPerHour { get; set; } = 5;
}

/// <summary>
/// Limits anonymous objections per client address: filing needs no account, so without a limit one address could
/// bury a candidate's publicity period in objections.
/// </summary>
public sealed class ObjectionRateLimiter(IOptions<ObjectionOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.AnonymousPerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    /// <summary>Registers the limiter and its settings, checked at start.</summary>
    public static IServiceCollection AddObjectionRateLimits(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ObjectionOptions>().Bind(configuration.GetSection(ObjectionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<ObjectionRateLimiter>();
    }

    /// <summary>Takes one permit for <paramref name="address"/>; false when its budget is spent.</summary>
    public bool TryAcquire(string address)
    {
        using var lease = _limiter.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
