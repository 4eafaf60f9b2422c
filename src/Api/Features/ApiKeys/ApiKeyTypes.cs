using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.ApiKeys;

namespace GreenCommunity.Api.Features.ApiKeys;

/// <summary>A key just issued: the record and, this once, the key itself.</summary>
public sealed record IssuedApiKey(ApiKey Record, string Key);

/// <summary>GraphQL <c>ApiKey</c>: a registered application's key, without the key.</summary>
public sealed class ApiKeyType : ObjectGraphType<ApiKey>
{
    /// <summary>The type's name, also used in global IDs.</summary>
    public const string TypeName = "ApiKey";

    public ApiKeyType()
    {
        Name = TypeName;
        Description = "An API key of a registered application. Only the city sees these records; the key itself is shown once, when issued.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The key record's global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("prefix").Description("The key's public part (gck_<prefix>_...), to tell keys apart in logs and support.").Resolve(ctx => ctx.Source.Prefix);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The application.").Resolve(ctx => ctx.Source.Name);
        Field<StringGraphType>("contact").Description("Who to contact about the application.").Resolve(ctx => ctx.Source.Contact);
        Field<NonNullGraphType<DateTimeGraphType>>("issuedAt").Description("When it was issued.").Resolve(ctx => ctx.Source.IssuedAt);
        Field<NonNullGraphType<StringGraphType>>("issuedBy").Description("The subject of the administrator who issued it.").Resolve(ctx => ctx.Source.IssuedBy);
        Field<DateTimeGraphType>("revokedAt").Description("When it was revoked; null while valid.").Resolve(ctx => ctx.Source.RevokedAt);
    }
}
