using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.WebSockets;

/// <summary>
/// The WebSocket door holds what the HTTP door holds: authorization for documents the cache already has, cost and rate
/// limits, one identity per connection, and origins. Each test reproduces a finding of the probe.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class WebSocketGuardTests : IDisposable
{
    private const string Objections = "query Objections($notice: ID!) { objections(notice: $notice) { reasons objectorContact } }";
    private readonly GuardedFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task TheSkipTrickCannotReadObjectorContactsAnonymously()
    {
        var notice = await NoticeWithObjectionsAsync();
        const string Leak = "query Leak($n: ID!, $s: Boolean!) { objections(notice: $n) @skip(if: $s) { objectorContact } }";
        var skipped = await _api.ExecuteAsync(Transport.WebSocket, Leak, new { n = notice, s = true });
        Assert.Empty(skipped.AssertData().AsObject());

        var leak = await _api.ExecuteAsync(Transport.WebSocket, Leak, new { n = notice, s = false });
        Assert.Equal(["ACCESS_DENIED"], leak.ErrorCodes);
        Assert.Null(leak.Data);
    }

    [Fact]
    public async Task ADocumentTheCityRanIsStillRefusedToAnonymousAndRoleLessWebSocketCallers()
    {
        var notice = await NoticeWithObjectionsAsync();
        var city = await _api.ExecuteAsync(Transport.Http, Objections, new { notice }, TestTokens.CityAdmin());
        Assert.NotEmpty(city.AssertData()["objections"]!.AsArray());

        foreach (var token in new[] { null, TestTokens.RoleLess(), TestTokens.Applicant("HZ-RUIBAO") })
        {
            var response = await _api.ExecuteAsync(Transport.WebSocket, Objections, new { notice }, token);
            Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
            Assert.Null(response.Data);
        }
    }

    [Fact]
    public async Task ThePersistedObjectionsOperationServesTheCityAndRefusesEveryoneElseOnBothTransports()
    {
        var notice = await NoticeWithObjectionsAsync();
        var operations = _api.Services.GetRequiredService<PersistedOperations>().Operations;
        var (id, text) = operations.Single(o => o.Value.Contains("query Objections(", StringComparison.Ordinal));
        foreach (var transport in new[] { Transport.Http, Transport.WebSocket })
        {
            Assert.NotEmpty((await _api.ExecutePersistedAsync(transport, id, new { notice }, TestTokens.CityAdmin())).AssertData()["objections"]!.AsArray());
            foreach (var token in new[] { null, TestTokens.RoleLess() })
            {
                Assert.Equal(["ACCESS_DENIED"], (await _api.ExecutePersistedAsync(transport, id, new { notice }, token)).ErrorCodes);
                Assert.Equal(["ACCESS_DENIED"], (await _api.ExecuteAsync(transport, text, new { notice }, token)).ErrorCodes);
            }
        }
    }

    [Fact]
    public async Task CityMutationsStayRefusedOverWebSocketOnceTheirDocumentIsCached()
    {
        const string Revoke = "mutation($input: RevokeAwardInput!) { revokeAward(input: $input) { award { id } errors { ... on Error { code } } } }";
        var input = new { input = new { award = GlobalId.Encode("Award", 999_999), reason = "Penalty case." } };
        var city = await _api.ExecuteAsync(Transport.WebSocket, Revoke, input, TestTokens.CityAdmin());
        Assert.Equal("NOT_FOUND", city.AssertData()["revokeAward"]!["errors"]![0]!["code"]!.GetValue<string>());

        foreach (var token in new[] { null, TestTokens.RoleLess(), TestTokens.Reviewer("440105") })
        {
            var response = await _api.ExecuteAsync(Transport.WebSocket, Revoke, input, token);
            Assert.Equal(["ACCESS_DENIED"], response.ErrorCodes);
        }
    }

    [Fact]
    public async Task ACityMutationOverWebSocketActsAsTheCallerOfConnectionInit()
    {
        var response = await _api.ExecuteAsync(
            Transport.WebSocket,
            "mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { apiKey { name } key errors { ... on Error { code } } } }",
            new { input = new { name = "Newsroom over WebSocket" } },
            TestTokens.CityAdmin());
        var payload = response.AssertData()["issueApiKey"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal("Newsroom over WebSocket", payload["apiKey"]!["name"]!.GetValue<string>());
        Assert.StartsWith("gck_", payload["key"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesACostlyOperationOverWebSocketAsOverHttp()
    {
        const string Costly = "{ communities(first: 100) { nodes { awards(first: 100) { nodes { community { name { en } } } } } } }";
        foreach (var transport in new[] { Transport.Http, Transport.WebSocket })
        {
            var response = await _api.ExecuteAsync(transport, Costly);
            Assert.Equal(["COST_LIMIT_EXCEEDED"], response.ErrorCodes);
            Assert.Null(response.Data);
        }
    }

    [Fact]
    public async Task OneBudgetPaysForBothTransports()
    {
        using var api = new SmallBudgetFactory();
        const string Query = "{ communities(first: 50) { nodes { code } } }";
        var limited = false;
        // Each is charged the rows it returned (ADR-022), not the 50 it asked for: more requests to spend the budget.
        for (var i = 0; i < 400 && !limited; i++)
        {
            limited = (await api.ExecuteAsync(i % 2 == 0 ? Transport.Http : Transport.WebSocket, Query)).ErrorCodes.Contains("RATE_LIMITED");
        }

        Assert.True(limited, "400 requests never spent the budget");
        foreach (var transport in new[] { Transport.Http, Transport.WebSocket })
        {
            Assert.Equal(["RATE_LIMITED"], (await api.ExecuteAsync(transport, Query)).ErrorCodes);
        }
    }

    [Fact]
    public async Task AForgedAuthorizationHeaderOnTheUpgradeClosesWith4403()
    {
        using var socket = await Transports.ConnectAsync(_api, request => request.Headers.Authorization = "Bearer " + TestTokens.Mint("x", ["CityAdmin"], key: new byte[32]));
        var response = await Transports.ExecuteAsync(socket, "{ districts { code } }", null, null);
        Assert.Equal(["CLOSED_4403"], response.ErrorCodes);
    }

    [Fact]
    public async Task AValidAuthorizationHeaderOnTheUpgradeIsTheConnectionsIdentity()
    {
        using var socket = await Transports.ConnectAsync(_api, request => request.Headers.Authorization = "Bearer " + TestTokens.CityAdmin("upgrade-admin"));
        var response = await Transports.ExecuteAsync(socket, "{ viewer { subject } }", null, null);
        Assert.Equal("upgrade-admin", response.AssertData()["viewer"]!["subject"]!.GetValue<string>());
    }

    [Fact]
    public async Task TwoCallersOnOneConnectionCloseItWith4403()
    {
        using var socket = await Transports.ConnectAsync(_api, request => request.Headers.Authorization = "Bearer " + TestTokens.CityAdmin());
        var response = await Transports.ExecuteAsync(socket, "{ viewer { subject } }", null, TestTokens.Reviewer("440105"));
        Assert.Equal(["CLOSED_4403"], response.ErrorCodes);
    }

    [Fact]
    public async Task RefusesAnUpgradeCarryingCredentialsFromAForeignOrigin()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => Transports.ConnectAsync(_api, request =>
        {
            request.Headers.Origin = "https://evil.example";
            request.Headers.Authorization = "Bearer " + TestTokens.CityAdmin();
        }));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosesWith4403WhenAForeignPageSendsCredentialsInConnectionInit()
    {
        using var socket = await Transports.ConnectAsync(_api, request => request.Headers.Origin = "https://evil.example");
        var response = await Transports.ExecuteAsync(socket, "{ viewer { subject } }", null, TestTokens.CityAdmin());
        Assert.Equal(["CLOSED_4403"], response.ErrorCodes);
    }

    [Fact]
    public async Task AcceptsAnonymousConnectionsFromAnyOriginAndCredentialsFromConfiguredOnes()
    {
        using (var foreign = await Transports.ConnectAsync(_api, request => request.Headers.Origin = "https://civic-app.example"))
        {
            Assert.NotEmpty((await Transports.ExecuteAsync(foreign, "{ districts { code } }", null, null)).AssertData()["districts"]!.AsArray());
        }

        using var configured = await Transports.ConnectAsync(_api, request => request.Headers.Origin = GuardedFactory.TrustedOrigin);
        Assert.Equal("city-admin", (await Transports.ExecuteAsync(configured, "{ viewer { subject } }", null, TestTokens.CityAdmin())).AssertData()["viewer"]!["subject"]!.GetValue<string>());
    }

    private async Task<string> NoticeWithObjectionsAsync()
    {
        var notices = (await _api.ExecuteAsync(Transport.Http, "{ publicityNotices(first: 50) { nodes { id } } }")).AssertData()["publicityNotices"]!["nodes"]!.AsArray();
        foreach (var notice in notices.Select(n => n!["id"]!.GetValue<string>()))
        {
            var objections = await _api.ExecuteAsync(Transport.Http, Objections, new { notice }, TestTokens.CityAdmin());
            if (objections.AssertData()["objections"]!.AsArray().Count > 0)
            {
                return notice;
            }
        }

        throw new InvalidOperationException("The sample data has no publicity notice with objections.");
    }

    // A host with one trusted browser origin.
    private sealed class GuardedFactory : ApiFactory
    {
        public const string TrustedOrigin = "https://apps.guangzhou.example";

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Cors:AllowedOrigins:0"] = TrustedOrigin,
        };
    }

    // A host with an anonymous budget of about twenty reads.
    private sealed class SmallBudgetFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimits:AnonymousPerWindow"] = "2000",
        };
    }
}
