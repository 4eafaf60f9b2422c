using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the API believes (configuration
/// section <c>ForwardedHeaders</c>), checked at start. Empty by default: no peer is trusted and the headers are
/// ignored, so a client cannot choose the address its rate limits and connection caps are counted by.
/// </summary>
public sealed class TrustedProxySettings : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>Whether any proxy is trusted.</summary>
    public bool Any => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                yield return new ValidationResult($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
            }
        }

        foreach (var network in KnownNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out _))
            {
                yield return new ValidationResult($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/24).", [nameof(KnownNetworks)]);
            }
        }
    }
}

/// <summary>Registers and applies <see cref="TrustedProxySettings"/>.</summary>
public static class TrustedProxySetup
{
    /// <summary>Binds and validates the trusted proxies, and configures ASP.NET Core's forwarded-headers middleware with them only.</summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrustedProxySettings>().Bind(configuration.GetSection(TrustedProxySettings.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxySettings>>((options, trusted) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // The framework trusts loopback by default; here only what the settings name is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in trusted.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // Walk back through a chain of trusted proxies; the first untrusted hop is the client.
            options.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>
    /// Replaces the connection's remote address (and scheme) by the forwarded ones when the peer is a trusted proxy.
    /// First in the pipeline, so rate limits, WebSocket caps and the objection limiter all see the client's address.
    /// </summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        var trusted = app.ApplicationServices.GetRequiredService<IOptions<TrustedProxySettings>>().Value;
        return trusted.Any ? app.UseForwardedHeaders() : app;
    }
}
