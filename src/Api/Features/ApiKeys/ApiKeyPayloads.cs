using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.ApiKeys;

namespace GreenCommunity.Api.Features.ApiKeys;

public sealed class IssueApiKeyErrorType() : ErrorUnionType("IssueApiKeyError");

public sealed class RevokeApiKeyErrorType() : ErrorUnionType("RevokeApiKeyError");

public sealed class IssueApiKeyPayloadType : ObjectGraphType<Payload<IssuedApiKey>>
{
    public IssueApiKeyPayloadType()
    {
        Name = "IssueApiKeyPayload";
        Description = "The result of issueApiKey: the key record, the key itself (shown this once) and any business-rule errors.";
        Field<ApiKeyType>("apiKey").Description("The key record.").Resolve(ctx => ctx.Source.Value?.Record);
        Field<StringGraphType>("key").Description("The key to hand to the application: send it as X-Api-Key. It is not stored and cannot be shown again.").Resolve(ctx => ctx.Source.Value?.Key);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IssueApiKeyErrorType>>>>("errors").Description("Business-rule errors; empty on success.").Resolve(ctx => ErrorUnionType.Resolve(ctx, ctx.Source.Errors));
    }
}

public sealed class RevokeApiKeyPayloadType() : PayloadType<ApiKeyType, RevokeApiKeyErrorType, ApiKey>("RevokeApiKeyPayload", "apiKey", "The key record with its revocation.");
