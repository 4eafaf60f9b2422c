using GreenCommunity.Api.Hosting;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>Database settings: defaults by provider, and a wrong or missing setting stops the start with a clear message.</summary>
public sealed class DatabaseSettingsTests
{
    [Fact]
    public void MigratesAndSeedsTheEmbeddedDatabaseByDefault()
    {
        var options = Bind();
        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.True(options.MigrateOnStart);
        Assert.True(options.SeedSampleData);
    }

    [Theory]
    [InlineData("PostgreSql", "Host=db.example;Database=greencommunity;Username=api")]
    [InlineData("SqlServer", "Server=db.example;Database=greencommunity;User Id=api")]
    [InlineData("postgresql", "Host=db.example")]
    public void NeverMigratesOrSeedsAServerDatabaseUnlessTold(string provider, string connectionString)
    {
        var options = Bind(("Database:Provider", provider), ("ConnectionStrings:GreenCommunity", connectionString));
        Assert.NotEqual(DatabaseProvider.Sqlite, options.Provider);
        Assert.False(options.MigrateOnStart);
        Assert.False(options.SeedSampleData);

        var told = Bind(("Database:Provider", provider), ("ConnectionStrings:GreenCommunity", connectionString), ("Database:MigrateOnStart", "true"));
        Assert.True(told.MigrateOnStart);
        Assert.False(told.SeedSampleData);
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("3")]
    [InlineData("Sqlite;PostgreSql")]
    public void RejectsAnUnknownProviderNamingTheChoices(string provider)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Bind(("Database:Provider", provider)));
        Assert.Contains($"Database:Provider '{provider}' is not supported", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite, PostgreSql, SqlServer", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PostgreSql")]
    [InlineData("SqlServer")]
    public void RequiresAConnectionStringForAServerDatabase(string provider)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Bind(("Database:Provider", provider)));
        Assert.Contains("ConnectionStrings:GreenCommunity is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__GreenCommunity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAMalformedConnectionStringWithoutEchoingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Bind(("Database:Provider", "PostgreSql"), ("ConnectionStrings:GreenCommunity", "Host=db;Password=hunter2;Colour=green")));
        Assert.Contains("not a valid PostgreSql connection string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAFlagThatIsNotABoolean()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Bind(("Database:MigrateOnStart", "yes")));
        Assert.Contains("Database:MigrateOnStart must be true or false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheApiDoesNotStartWithAWrongProvider()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Database:Provider", "Oracle"));
        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
        Assert.Contains("Database:Provider 'Oracle' is not supported", error.Message, StringComparison.Ordinal);
    }

    private static DatabaseOptions Bind(params (string Key, string Value)[] settings) =>
        DatabaseSetup.Bind(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());
}
