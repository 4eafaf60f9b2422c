using GraphQL;
using GraphQL.Execution;

namespace GreenCommunity.Api.GraphQL.Errors;

/// <summary>
/// Writes errors for a public audience: the message and <c>extensions</c> (our own, such as <c>cost</c>), never
/// exception details or data, and always an <c>extensions.code</c>: an error without one is reported as
/// <c>INTERNAL_SERVER_ERROR</c>. Exceptions thrown by resolvers never reach here as they are: the unexpected-error
/// handler (<see cref="GraphQLSetup"/>) logs them under the correlation ID and replaces them.
/// </summary>
public sealed class CodedErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
})
{
    /// <inheritdoc />
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        if (string.IsNullOrEmpty(executionError.Code))
        {
            extensions["code"] = ErrorCodes.InternalServerError;
        }

        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }
}
