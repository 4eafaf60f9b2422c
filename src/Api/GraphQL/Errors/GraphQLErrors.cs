using GraphQL;

namespace GreenCommunity.Api.GraphQL.Errors;

/// <summary>Builds execution errors that carry a stable code.</summary>
public static class GraphQLErrors
{
    /// <summary>An error with <paramref name="code"/> as its <c>extensions.code</c>.</summary>
    public static ExecutionError WithCode(string code, string message) => new(message) { Code = code };
}
