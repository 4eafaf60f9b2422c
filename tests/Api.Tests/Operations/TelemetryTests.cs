using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using GreenCommunity.Api.Hosting;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>Traces from ASP.NET Core, EF Core and GraphQL.NET, without headers or literal values; OTLP export when configured.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class TelemetryTests(ApiFactory factory)
{
    private static readonly string Secret = "Bearer " + TestTokens.CityAdmin();
    private const string Query = """query Profile { community(code: "YX-QIAOYUAN") { name { en } awards { totalCount } } }""";

    [Fact]
    public async Task TracesTheRequestTheGraphQLOperationAndItsSql()
    {
        var spans = new List<Activity>();
        using var traced = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Telemetry:Traces", "true")
            .ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))));
        var client = traced.CreateClient();
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent($$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(Query)}}}""", System.Text.Encoding.UTF8, "application/json") })
        {
            request.Headers.TryAddWithoutValidation("Authorization", Secret);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
        }

        traced.Services.GetRequiredService<TracerProvider>().ForceFlush();
        var sources = spans.Select(s => s.Source.Name).ToHashSet();
        Assert.Contains("Microsoft.AspNetCore", sources);
        Assert.Contains(TelemetrySetup.GraphQLActivitySource, sources);
        Assert.Contains(spans, s => s.Tags.Any(t => t.Key is "db.system" or "db.system.name"));

        var http = Assert.Single(spans, s => s.Source.Name == "Microsoft.AspNetCore");
        Assert.Equal("/graphql", http.GetTagItem("url.path"));
        var graphQL = spans.Where(s => s.Source.Name == TelemetrySetup.GraphQLActivitySource).ToList();
        Assert.All(graphQL, s => Assert.Equal(http.TraceId, s.TraceId));
        Assert.Contains(graphQL, s => Equals(s.GetTagItem("graphql.operation.name"), "Profile"));
        var document = graphQL.Select(s => s.GetTagItem("graphql.document") as string).FirstOrDefault(d => d is not null);
        Assert.NotNull(document);
        Assert.Contains("community(code: \"***\")", document, StringComparison.Ordinal);

        var everything = string.Join('\n', spans.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}")));
        Assert.DoesNotContain("YX-QIAOYUAN", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0LXRva2Vu", everything, StringComparison.Ordinal);
    }

    [Fact]
    public void SanitizesEveryStringLiteralOfADocument()
    {
        const string Document = "mutation { object(input: { contact: \"a@b.cn\", note: \"\"\"line \"quoted\"\nnext\"\"\", score: 9.5 }) { id } }";
        var sanitized = TelemetrySetup.SanitizeDocument(Document)!;
        Assert.Equal("mutation { object(input: { contact: \"***\", note: \"***\", score: 9.5 }) { id } }", sanitized);
    }

    [Fact]
    public async Task ExportsOverOtlpWhenAnEndpointIsConfigured()
    {
        var port = LoopbackPort.Free();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var received = new ConcurrentBag<string>();
        var receiving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                try
                {
                    var context = await listener.GetContextAsync();
                    received.Add($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath} {context.Request.ContentType}");
                    context.Response.StatusCode = 200;
                    context.Response.Close();
                }
                catch (HttpListenerException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }
            }
        });

        var exporting = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting(TelemetrySetup.OtlpEndpointSetting, $"http://127.0.0.1:{port}");
            builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        });
        await using (exporting)
        {
            (await exporting.CreateClient().PostGraphQLAsync(Query)).AssertData();
        }

        // Disposing the host flushes the exporters.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!received.Any(r => r.StartsWith("POST /v1/traces", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        listener.Stop();
        await receiving;
        Assert.Contains(received, r => r.StartsWith("POST /v1/traces application/x-protobuf", StringComparison.Ordinal));
    }
}
