using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace GreenCommunity.Api.GraphQL.Authorization;

/// <summary>A field the caller may not select: 401 when not signed in, 403 when signed in without the role.</summary>
public sealed class AccessDeniedError : ValidationError
{
    /// <summary>The error code of every access denial.</summary>
    public const string ErrorCode = "ACCESS_DENIED";

    /// <summary>Creates the error for <paramref name="node"/>.</summary>
    public AccessDeniedError(ROM source, ASTNode node, string message, bool authenticated)
        : base(source, null, message, node)
    {
        Code = ErrorCode;
        Status = authenticated ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
    }

    /// <summary>The HTTP status the denial calls for.</summary>
    public int Status { get; }
}
