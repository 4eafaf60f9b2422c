using System.Net;
using System.Text.Json.Nodes;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>
/// When the database goes away, readiness turns 503 and GraphQL calls get HTTP 503 with <c>SERVICE_UNAVAILABLE</c>;
/// when it returns, the same API process serves again. These tests stop the database, so they run alone.
/// </summary>
[Collection(DatabaseOutageGroup.Name)]
[Trait("Category", "Slow")]
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    private const string Query = "{ awards(first: 1) { totalCount } }";

    [SkippableFact]
    public async Task SurvivesARestartOfThePostgreSqlServer()
    {
        PostgresServer.Require();

        using var database = TestDatabase.Create(DatabaseProvider.PostgreSql);
        await using var factory = new OutageApiFactory(database.Configure);
        var client = factory.CreateClient();
        await AssertServingAsync(client);

        await PostgresServer.StopAsync();
        try
        {
            output.WriteLine("PostgreSQL stopped.");
            await AssertUnavailableAsync(client);
        }
        finally
        {
            await PostgresServer.StartAsync();
            output.WriteLine("PostgreSQL started.");
        }

        await AssertServingAsync(client);

        // A restart between two requests leaves every pooled connection dead. The first request to use one gets
        // a 503 (never a 500) and empties the pool, so the next is served: no connection outlives the outage.
        await PostgresServer.StopAsync();
        await PostgresServer.StartAsync();
        var first = await client.PostGraphQLAsync(Query);
        output.WriteLine($"First request after a restart nobody saw: {(int)first.Status} {GraphQLClient.Show(first.Body)}");
        Assert.True(first.Status == HttpStatusCode.OK || first.ErrorCodes.SequenceEqual(["SERVICE_UNAVAILABLE"]), GraphQLClient.Show(first.Body));
        await AssertServingAsync(client);
        await AssertServingAsync(client);
    }

    [SkippableFact]
    public async Task ReportsAMissingSqliteFileAsUnavailableAndRecovers()
    {
        var folder = Directory.CreateTempSubdirectory("greencommunity-outage-");
        try
        {
            var file = Path.Combine(folder.FullName, "api.db");
            var moved = file + ".away";
            await File.WriteAllBytesAsync(file, []); // an empty file is an empty database; Mode=ReadWrite never creates one
            await using var factory = new OutageApiFactory(builder =>
            {
                builder.UseSetting("Database:Provider", "Sqlite");
                builder.UseSetting("ConnectionStrings:GreenCommunity", $"Data Source={file};Mode=ReadWrite");
            });
            var client = factory.CreateClient();
            await AssertServingAsync(client);

            File.Move(file, moved);
            SqliteConnection.ClearAllPools(); // pooled connections would keep the moved file open
            await AssertUnavailableAsync(client);

            File.Move(moved, file);
            await AssertServingAsync(client);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task AssertServingAsync(HttpClient client)
    {
        using var ready = await client.GetAsync(new Uri(ReadyPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var response = await client.PostGraphQLAsync(Query);
        Assert.True(response.AssertData()["awards"]!["totalCount"]!.GetValue<int>() > 0);
    }

    private async Task AssertUnavailableAsync(HttpClient client)
    {
        using var ready = await client.GetAsync(new Uri(ReadyPath, UriKind.Relative));
        var readyBody = await ready.Content.ReadAsStringAsync();
        output.WriteLine($"{ReadyPath}: {(int)ready.StatusCode} {readyBody}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", JsonNode.Parse(readyBody)!["checks"]!["database"]!["status"]!.GetValue<string>());

        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            var response = await client.PostGraphQLAsync(Query, accept: accept);
            output.WriteLine($"GraphQL ({accept}): {(int)response.Status} {GraphQLClient.Show(response.Body)}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
            Assert.Equal(["SERVICE_UNAVAILABLE"], response.ErrorCodes);
            Assert.DoesNotContain("Exception", response.Body!.ToJsonString(), StringComparison.Ordinal);
        }
    }

    private const string ReadyPath = "/health/ready";

    private sealed class OutageApiFactory(Action<IWebHostBuilder> configureDatabase) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:MigrateOnStart", "true");
            builder.UseSetting("Database:SeedSampleData", "true");

            // Anonymous public queries are answered from the result cache without the database; these tests are
            // about calls that need it.
            builder.UseSetting("Caching:PublicResults", "false");
            configureDatabase(builder);
        }
    }
}

/// <summary>Tests that take the database away: they run after, and never beside, the other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DatabaseOutageGroup
{
    /// <summary>The collection's name.</summary>
    public const string Name = "database outage";
}
