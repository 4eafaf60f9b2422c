using System.Diagnostics;
using System.Net;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Errors;

/// <summary>In Production, errors help (a code, a correlation ID) and leak nothing; slow operations are cancelled.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class SafeErrorsTests(FaultyApiFactory factory) : IClassFixture<FaultyApiFactory>
{
    [Fact]
    public async Task AnswersAnUnexpectedFailureWithACodeAndACorrelationIdOnly()
    {
        var response = await (await factory.CreateArmedClientAsync()).PostAsync(new { query = "{ criteriaSchemes { id } }" });
        var error = Assert.Single(response.Json!["errors"]!.AsArray())!;
        Assert.Equal("INTERNAL_SERVER_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        var correlationId = error["extensions"]!["correlationId"]!.GetValue<string>();
        Assert.Equal(correlationId, response.Header("X-Correlation-Id"));
        Assert.Contains(correlationId, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var leak in new[] { "SELECT", "/srv", "Secrets.cs", "InvalidOperation", "Exception", " at ", "staff" })
        {
            Assert.DoesNotContain(leak, response.Text, StringComparison.Ordinal);
        }

        Assert.Contains(factory.Log, line => line.Contains(correlationId, StringComparison.Ordinal) && line.Contains(FaultInjector.SecretMessage, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GivesEveryResponseACorrelationId()
    {
        var response = await (await factory.CreateArmedClientAsync()).PostAsync(new { query = "{ districts { code } }" });
        Assert.False(string.IsNullOrEmpty(response.Header("X-Correlation-Id")));
    }

    [Fact]
    public async Task CancelsDatabaseWorkThatOutlivesTheTimeout()
    {
        var cancelled = factory.Faults.Cancelled;
        var clock = Stopwatch.StartNew();
        var response = await (await factory.CreateArmedClientAsync()).PostAsync(new { query = "{ indicators { code } }" });
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.Status);
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
        Assert.True(factory.Faults.Cancelled > cancelled, "the hanging query was not cancelled");
        Assert.Null(response.Json!["data"]);
    }

    [Fact]
    public async Task CancelsDatabaseWorkThatOutlivesTheTimeoutOverWebSocket()
    {
        await factory.CreateArmedClientAsync();
        var cancelled = factory.Faults.Cancelled;
        var clock = Stopwatch.StartNew();
        var response = await factory.ExecuteAsync(Transport.WebSocket, "{ indicators { code } }");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
        Assert.True(factory.Faults.Cancelled > cancelled, "the hanging query was not cancelled");
        Assert.Null(response.Data);
    }
}
