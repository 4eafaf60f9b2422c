using System.Net;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.Tests.Infrastructure;

namespace GreenCommunity.Api.Tests.Execution;

/// <summary>An API host where signed-in callers may send persisted operations only.</summary>
public sealed class PersistedOnlyApiFactory : ApiFactory
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["PersistedOperations:RequiredForSignedIn"] = "true",
    };
}

/// <summary>Persisted operations by <c>documentId</c> on GET and POST, and the persisted-only switch for signed-in callers.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class PersistedOperationsTests(PersistedOnlyApiFactory factory) : IClassFixture<PersistedOnlyApiFactory>
{
    private static readonly PersistedOperations Manifest = new();

    private static string IdOf(string operationName) =>
        Manifest.Operations.Single(o => o.Value.Contains($" {operationName}", StringComparison.Ordinal)).Key;

    [Fact]
    public void NamesEachOperationByTheHashOfItsText()
    {
        Assert.NotEmpty(Manifest.Operations);
        foreach (var (id, document) in Manifest.Operations)
        {
            Assert.Equal(PersistedOperations.IdOf(document), id);
        }
    }

    [Fact]
    public async Task ValidatesEveryPersistedOperationAgainstTheSchema()
    {
        foreach (var (id, document) in Manifest.Operations)
        {
            var response = await factory.CreateClient().PostAsync(new { documentId = id }, new Dictionary<string, string> { ["Authorization"] = $"Bearer {TestTokens.CityAdmin()}" });
            var validationCodes = response.ErrorCodes.Where(c => c is not ("INVALID_VALUE" or "ACCESS_DENIED")).ToList();
            Assert.True(validationCodes.Count == 0, $"{document}\n{response.Text}");
        }
    }

    [Fact]
    public async Task RunsAPersistedOperationByDocumentIdOverPostAndGet()
    {
        var id = IdOf("JournalistLiwan2002");
        var post = await factory.CreateClient().PostAsync(new { documentId = id });
        Assert.Equal(HttpStatusCode.OK, post.Status);
        Assert.Equal(7, post.Json!["data"]!["awards"]!["totalCount"]!.GetValue<int>());
        var get = await factory.CreateClient().GetAsync(new Dictionary<string, string> { ["documentId"] = id });
        Assert.Equal(post.Json!["data"]!.ToJsonString(), get.Json!["data"]!.ToJsonString());
    }

    [Fact]
    public async Task RefusesUnknownDocumentIds()
    {
        var unknown = await factory.CreateClient().PostAsync(new { documentId = "sha256:" + new string('0', 64) });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal(["DOCUMENT_NOT_FOUND"], unknown.ErrorCodes);
        var malformed = await factory.CreateClient().PostAsync(new { documentId = "md5:abc" });
        Assert.Equal(["DOCUMENT_ID_INVALID"], malformed.ErrorCodes);
    }

    [Fact]
    public async Task LetsSignedInCallersSendOnlyPersistedOperationsWhenConfigured()
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {TestTokens.CityAdmin()}" };
        var freeForm = await factory.CreateClient().PostAsync(new { query = "{ viewer { subject } }" }, headers);
        Assert.Equal(HttpStatusCode.BadRequest, freeForm.Status);
        Assert.Equal(["PERSISTED_OPERATION_REQUIRED"], freeForm.ErrorCodes);

        var persisted = await factory.CreateClient().PostAsync(new { documentId = IdOf("Viewer") }, headers);
        Assert.Equal("city-admin", persisted.Json!["data"]!["viewer"]!["subject"]!.GetValue<string>());

        var anonymous = await factory.CreateClient().PostAsync(new { query = "{ districts { code } }" });
        Assert.Empty(anonymous.ErrorCodes);
    }
}
