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

    /// <summary>The Authorization header holds a token that was refused (HTTP 401).</summary>
    public const string InvalidToken = "INVALID_TOKEN";

    /// <summary>The caller may not select a field: not signed in (HTTP 401) or without the role (HTTP 403).</summary>
    public const string AccessDenied = "ACCESS_DENIED";

    /// <summary>Too many requests of a kind from one caller.</summary>
    public const string RateLimited = "RATE_LIMITED";
    /// <summary>The database cannot be reached for now (HTTP 503 with Retry-After); retry later.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    /// <summary>An unexpected failure; details are logged under the correlation ID, never returned.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
