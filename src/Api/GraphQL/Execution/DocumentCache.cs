using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Limits;
using Microsoft.Extensions.Caching.Memory;

namespace GreenCommunity.Api.GraphQL.Execution;

/// <summary>
/// Parses each document once and keeps those that passed validation (bounded by total length, least recently used
/// dropped first). A new document is held to <see cref="DocumentLimits"/> right after parsing, before any validation
/// rule. A cached document skips parsing and the schema-only validation rules; the rules in
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/> still run for each request, because they depend on
/// who calls and with which variables: authorization, GET-only-queries, cost and rate limit.
/// Runs after the persisted-document handler, which turns a <c>documentId</c> into its query.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache? _cache;
    private readonly DocumentCacheOptions _options;
    private readonly RequestLimits _limits;
    private readonly IDocumentBuilder _builder;

    /// <summary>Creates the cache.</summary>
    public DocumentCache(DocumentCacheOptions options, RequestLimits limits, IDocumentBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _limits = limits;
        _builder = builder;
        _cache = options.MaxCharacters > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = options.MaxCharacters }) : null;
    }

    /// <summary>How many documents are cached now.</summary>
    public int Count => _cache?.Count ?? 0;

    /// <inheritdoc />
    public float SortOrder => 300;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (_cache is not null && _cache.TryGetValue(query, out GraphQLDocument? cached) && cached is not null)
        {
            options.Document = cached;
            // Fail closed: without per-request rules for cached documents, the full set runs again.
            options.ValidationRules = options.CachedDocumentValidationRules ?? options.ValidationRules;
            return await next(options);
        }

        GraphQLDocument document;
        try
        {
            document = _builder.Build(query);
        }
        catch (ExecutionError error)
        {
            return new ExecutionResult(error);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return new ExecutionResult(GraphQLErrors.WithCode(ErrorCodes.DepthLimitExceeded, $"The document nests too deeply to parse; selections may nest at most {_limits.MaxDepth} levels."));
        }

        if (DocumentLimits.Check(document, _limits) is { } refused)
        {
            return new ExecutionResult(refused);
        }

        options.Document = document;
        var result = await next(options);
        if (_cache is not null && result.Executed)
        {
            _cache.Set(query, document, new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length), SlidingExpiration = _options.SlidingExpiration });
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _cache?.Dispose();
}
