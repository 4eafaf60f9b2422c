using System.Net;
using System.Net.Http.Json;
using GreenCommunity.Api.Hosting;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.Tests.RateLimiting;

/// <summary>
/// Behind a reverse proxy the per-address limits count the client, not the proxy: <c>X-Forwarded-For</c> is believed
/// from the proxies <c>ForwardedHeaders</c> names, and ignored from anyone else. Seen through the anonymous rate-limit
/// budget, which is one per address.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class ForwardedHeadersTests : IDisposable
{
    private const string Query = "{ districts { code } }";
    private readonly ProxiedFactory _api = new();

    [Fact]
    public async Task HonoursTheForwardedAddressFromATrustedProxy()
    {
        using var client = _api.CreateClient();
        Assert.Equal(99, await RemainingAsync(client, peer: "10.0.0.5", forwardedFor: "198.51.100.1"));
        Assert.Equal(99, await RemainingAsync(client, peer: "10.0.0.5", forwardedFor: "198.51.100.2"));
        Assert.Equal(98, await RemainingAsync(client, peer: "10.0.0.5", forwardedFor: "198.51.100.1"));

        // A proxy of a trusted network, behind another trusted proxy: the first untrusted hop is the client.
        Assert.Equal(97, await RemainingAsync(client, peer: "10.1.2.3", forwardedFor: "198.51.100.1, 10.0.0.5"));
    }

    [Fact]
    public async Task IgnoresASpoofedForwardedAddressFromAnUntrustedPeer()
    {
        using var client = _api.CreateClient();
        Assert.Equal(99, await RemainingAsync(client, peer: "203.0.113.9", forwardedFor: "198.51.100.3"));
        Assert.Equal(98, await RemainingAsync(client, peer: "203.0.113.9", forwardedFor: "198.51.100.4"));
        Assert.Equal(97, await RemainingAsync(client, peer: "203.0.113.9", forwardedFor: null));

        // The spoofed address got no budget of its own.
        Assert.Equal(99, await RemainingAsync(client, peer: "10.0.0.5", forwardedFor: "198.51.100.3"));
    }

    [Fact]
    public void TrustsNoProxyByDefaultAndRefusesSettingsThatAreNotAddresses()
    {
        using var plain = new ApiFactory();
        var settings = plain.Services.GetRequiredService<IOptions<TrustedProxySettings>>().Value;
        Assert.False(settings.Any);

        using var wrong = new MisconfiguredFactory();
        var error = Assert.Throws<OptionsValidationException>(() => wrong.CreateClient());
        Assert.Contains("ForwardedHeaders:KnownNetworks: '10.0.0.0/99'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ForwardedHeaders:KnownProxies: 'proxy.internal'", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _api.Dispose();

    private static async Task<int> RemainingAsync(HttpClient client, string peer, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = Query }),
        };
        request.Headers.Add(PeerHeader, peer);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return int.Parse(response.Headers.GetValues("X-RateLimit-Remaining").Single(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The test server has no TCP peer: this header stands for the connection's address, set before the API's pipeline.
    private const string PeerHeader = "X-Test-Peer";

    private sealed class ProxiedFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimits:AnonymousPerWindow"] = "100",
            ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.5",
            ["ForwardedHeaders:KnownNetworks:0"] = "10.1.0.0/16",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerFromHeader>());
        }
    }

    private sealed class MisconfiguredFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "proxy.internal",
            ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/99",
        };
    }

    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
