namespace GreenCommunity.Api.GraphQL.Errors;

/// <summary>
/// Stable values of <c>extensions.code</c> that this API sets itself. Parse and validation failures carry the
/// engine's own stable codes (e.g. <c>SYNTAX_ERROR</c>, <c>FIELDS_ON_CORRECT_TYPE</c>, <c>INVALID_VALUE</c>).
/// </summary>
public static class ErrorCodes
{
    /// <summary>The HTTP request itself is malformed (bad JSON, wrong parameter types, no query).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>An argument value breaks a documented rule.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>A page size outside 0..100.</summary>
    public const string PageSizeOutOfRange = "PAGE_SIZE_OUT_OF_RANGE";

    /// <summary>A cursor that this API did not issue.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>A global ID that this API did not issue, or of the wrong type.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>A mutation sent with GET, or another operation the transport forbids.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>A subscription sent over HTTP: subscriptions run over the WebSocket (graphql-transport-ws) at the same path.</summary>
    public const string SubscriptionRequiresWebSocket = "SUBSCRIPTION_REQUIRES_WEBSOCKET";

    /// <summary>The Authorization header holds a token that was refused (HTTP 401).</summary>
    public const string InvalidToken = "INVALID_TOKEN";

    /// <summary>The caller may not select a field: not signed in (HTTP 401) or without the role (HTTP 403).</summary>
    public const string AccessDenied = "ACCESS_DENIED";

    /// <summary>The caller's budget of cost points is spent (HTTP 429 with Retry-After), or too many requests of a kind.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The operation's computed cost is above the limit; refused before execution, the cost is in <c>extensions.cost</c>.</summary>
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";

    /// <summary>The selections nest deeper than the limit.</summary>
    public const string DepthLimitExceeded = "DEPTH_LIMIT_EXCEEDED";

    /// <summary>The document selects more fields than the limit.</summary>
    public const string TooManyFields = "TOO_MANY_FIELDS";

    /// <summary>The document uses more aliases than the limit.</summary>
    public const string TooManyAliases = "TOO_MANY_ALIASES";

    /// <summary>A list in an argument or variable is longer than the limit.</summary>
    public const string ListInputTooLong = "LIST_INPUT_TOO_LONG";

    /// <summary>The request body is larger than the limit (HTTP 413).</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The GraphQL document is longer than the limit (HTTP 413).</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>A JSON array of operations was sent: batching is not supported.</summary>
    public const string BatchNotSupported = "BATCH_NOT_SUPPORTED";

    /// <summary>The operation ran longer than the execution timeout and was cancelled (HTTP 504).</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The <c>X-Api-Key</c> header holds no valid, unrevoked key (HTTP 401).</summary>
    public const string InvalidApiKey = "INVALID_API_KEY";

    /// <summary>A credentialed call (bearer token or API key) from a browser origin that is not configured (HTTP 403).</summary>
    public const string OriginNotAllowed = "ORIGIN_NOT_ALLOWED";

    /// <summary>Signed-in callers must send a persisted operation's <c>documentId</c> (when so configured).</summary>
    public const string PersistedOperationRequired = "PERSISTED_OPERATION_REQUIRED";

    /// <summary>An automatic persisted query's hash this replica does not hold: send the query with it (message <c>PersistedQueryNotFound</c>, as Apollo's clients expect).</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>An automatic persisted query of a protocol version other than 1.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>An automatic persisted query whose hash is not the SHA-256 of the query sent with it.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>The database cannot be reached for now (HTTP 503 with Retry-After); retry later.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    /// <summary>
    /// The database has no space left to save changes (HTTP 503 with Retry-After): nothing was saved, reading still
    /// works; retry later. Operators see it in the log (once per episode) and in <c>/health/ready</c>.
    /// </summary>
    public const string StorageFull = "STORAGE_FULL";

    /// <summary>An unexpected failure; details are logged under the correlation ID, never returned.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A WebSocket upgrade beyond the connection caps (HTTP 429 per client, 503 per replica).</summary>
    public const string TooManyConnections = "TOO_MANY_CONNECTIONS";

    /// <summary>A WebSocket operation beyond the operations one connection may run at once.</summary>
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";

    /// <summary>A subscription asked to resume after an event older than the history the server keeps (or too far behind to replay): refetch, then subscribe afresh.</summary>
    public const string EventHistoryExpired = "EVENT_HISTORY_EXPIRED";

    /// <summary>A subscription asked to resume after an event ID that is malformed or that this server never gave.</summary>
    public const string InvalidEventId = "INVALID_EVENT_ID";
}
