using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.DI;
using GraphQL.PersistedDocuments;
using GreenCommunity.Api.GraphQL.Errors;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace GreenCommunity.Api.GraphQL.Execution;

/// <summary>
/// The persisted operations of the city's own frontends: <c>GraphQL/Execution/persisted-operations.json</c>, a map
/// from <c>sha256:&lt;hex&gt;</c> (the SHA-256 of the document's UTF-8 text) to the document, built into the
/// assembly. Clients send <c>documentId</c> instead of <c>query</c>, on GET or POST. An ID the manifest lacks is
/// looked up, when Redis is configured, among the operations registered at deploy time
/// (<see cref="PersistedOperationRegistry"/>).
/// </summary>
/// <param name="redis">The shared Redis, or null when there is none: then only the built-in manifest is served.</param>
/// <param name="logger">Where the registry logs that Redis is unreachable or a registration is wrong.</param>
public sealed class PersistedOperations(IConnectionMultiplexer? redis = null, ILogger<PersistedOperationRegistry>? logger = null)
    : IPersistedDocumentLoader, IDisposable
{
    /// <summary>The manifest's resource name.</summary>
    public const string ManifestResource = "GreenCommunity.Api.persisted-operations.json";

    /// <summary>The operations by ID, as in the manifest.</summary>
    public IReadOnlyDictionary<string, string> Operations { get; } = Load();

    /// <summary>The operations registered in Redis, or null when Redis is not configured.</summary>
    public PersistedOperationRegistry? Registry { get; } =
        redis is null ? null : new PersistedOperationRegistry(redis, logger ?? NullLogger<PersistedOperationRegistry>.Instance);

    /// <summary>The ID of <paramref name="document"/>: <c>sha256:</c> and its hash.</summary>
    public static string IdOf(string document) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <inheritdoc />
    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken)
    {
        var id = $"{documentIdPrefix}:{documentIdPayload}";
        return Operations.TryGetValue(id, out var query) ? ValueTask.FromResult<string?>(query)
            : Registry is null ? ValueTask.FromResult<string?>(null)
            : Registry.FindAsync(id, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => Registry?.Dispose();

    private static Dictionary<string, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ManifestResource)
            ?? throw new InvalidOperationException($"The persisted-operations manifest ({ManifestResource}) is not in the assembly.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }
}

/// <summary>Whether signed-in callers may send only persisted operations (configuration section <c>PersistedOperations</c>).</summary>
public sealed class PersistedOperationsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "PersistedOperations";

    /// <summary>
    /// When true, a request with a bearer token must name a persisted operation (<c>documentId</c>); a free-form
    /// <c>query</c> is refused with <c>PERSISTED_OPERATION_REQUIRED</c>. Anonymous callers and API keys may still send
    /// any query.
    /// </summary>
    public bool RequiredForSignedIn { get; set; }
}

/// <summary>Enforces <see cref="PersistedOperationsOptions.RequiredForSignedIn"/>, before the persisted-document handler.</summary>
public sealed class PersistedOnlyForSignedIn(PersistedOperationsOptions settings) : IConfigureExecution
{
    /// <inheritdoc />
    public float SortOrder => 100;

    /// <inheritdoc />
    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (settings.RequiredForSignedIn && options.User?.Identity?.IsAuthenticated == true && options.DocumentId is null && options.Query is not null)
        {
            return Task.FromResult(new ExecutionResult(GraphQLErrors.WithCode(
                ErrorCodes.PersistedOperationRequired,
                "Signed-in callers send persisted operations only: pass 'documentId' (see the manifest of the city's frontends) instead of 'query'.")));
        }

        return next(options);
    }
}
