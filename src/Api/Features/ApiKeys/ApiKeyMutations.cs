using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.RateLimiting;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.ApiKeys;
using GreenCommunity.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.ApiKeys;

/// <summary>API keys for registered applications: the city issues and revokes them.</summary>
public static class ApiKeyMutations
{
    /// <summary>Adds the fields to the root mutation.</summary>
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<IssueApiKeyPayloadType>>("issueApiKey")
            .Description("Issues an API key to a registered application, which then sends it in the X-Api-Key header and gets the larger rate-limit budget. The key is in the payload once and never again: only its hash is stored.")
            .AuthorizeWithRoles(nameof(Role.CityAdmin))
            .Argument<NonNullGraphType<IssueApiKeyInputType>>("input", "The application.")
            .ResolveAsync(async ctx => await IssueAsync(ctx.Service<MutationContext>(), ctx.GetArgument<IssueApiKeyInput>("input"), ctx.CancellationToken));
        mutation.Field<NonNullGraphType<RevokeApiKeyPayloadType>>("revokeApiKey")
            .Description("Revokes an API key: from the next request on, calls with it are refused (INVALID_API_KEY).")
            .AuthorizeWithRoles(nameof(Role.CityAdmin))
            .Argument<NonNullGraphType<RevokeApiKeyInputType>>("input", "The key.")
            .ResolveAsync(async ctx => await RevokeAsync(ctx.Service<MutationContext>(), ctx.GetArgument<RevokeApiKeyInput>("input"), ctx.CancellationToken));
    }

    private static async Task<Payload<IssuedApiKey>> IssueAsync(MutationContext m, IssueApiKeyInput input, CancellationToken ct)
    {
        var name = input.Name.Trim();
        if (name.Length is 0 or > ApiKey.MaxNameLength || input.Contact?.Length > 320)
        {
            return Payload.Failed<IssuedApiKey>(new DomainError(DomainErrorCodes.InvalidInput, $"Name the application (1 to {ApiKey.MaxNameLength} characters); a contact has at most 320.", "name"));
        }

        var (key, prefix, hash) = ApiKeyCredentials.Generate();
        var apiKey = new ApiKey(prefix, hash, name, string.IsNullOrWhiteSpace(input.Contact) ? null : input.Contact.Trim(), m.Actor.Subject, m.Now);
        m.Db.ApiKeys.Add(apiKey);
        return await m.SaveAsync(ct) is { } error ? Payload.Failed<IssuedApiKey>(error) : Payload.Ok(new IssuedApiKey(apiKey, key));
    }

    private static async Task<Payload<ApiKey>> RevokeAsync(MutationContext m, RevokeApiKeyInput input, CancellationToken ct)
    {
        var id = GlobalId.DecodeOf(ApiKeyType.TypeName, input.ApiKey);
        var apiKey = await m.Db.ApiKeys.AsTracking().FirstOrDefaultAsync(k => k.Id == id, ct);
        if (apiKey is null)
        {
            return Payload.Failed<ApiKey>(MutationErrors.NotFound("API key", "apiKey"));
        }

        return await m.CommitAsync(apiKey.Revoke(m.Actor.Subject, m.Now), ct) is { } error ? Payload.Failed(error, apiKey) : Payload.Ok(apiKey);
    }
}

/// <summary>A key just issued: the record and, this once, the key itself.</summary>
public sealed record IssuedApiKey(ApiKey Record, string Key);

/// <summary>Input of <c>issueApiKey</c>.</summary>
public sealed class IssueApiKeyInput
{
    /// <summary>The application's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Who to contact about it.</summary>
    public string? Contact { get; set; }
}

/// <summary>Input of <c>revokeApiKey</c>.</summary>
public sealed class RevokeApiKeyInput
{
    /// <summary>The key's global ID.</summary>
    public string ApiKey { get; set; } = string.Empty;
}

/// <summary>GraphQL <c>ApiKey</c>: a registered application's key, without the key.</summary>
public sealed class ApiKeyType : ObjectGraphType<ApiKey>
{
    /// <summary>The type's name, also used in global IDs.</summary>
    public const string TypeName = "ApiKey";

    /// <summary>Defines the fields.</summary>
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

/// <summary>GraphQL <c>IssueApiKeyInput</c>.</summary>
public sealed class IssueApiKeyInputType : InputObjectGraphType<IssueApiKeyInput>
{
    /// <summary>Defines the fields.</summary>
    public IssueApiKeyInputType()
    {
        Name = "IssueApiKeyInput";
        Description = "The application a key is for.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The application's name (1 to 200 characters).");
        Field<StringGraphType>("contact").Description("Who to contact about it (kept for the city, at most 320 characters).");
    }
}

/// <summary>GraphQL <c>RevokeApiKeyInput</c>.</summary>
public sealed class RevokeApiKeyInputType : InputObjectGraphType<RevokeApiKeyInput>
{
    /// <summary>Defines the fields.</summary>
    public RevokeApiKeyInputType()
    {
        Name = "RevokeApiKeyInput";
        Description = "The key to revoke.";
        Field<NonNullGraphType<IdGraphType>>("apiKey").Description("The key record's global ID.");
    }
}

/// <summary>GraphQL <c>IssueApiKeyError</c>.</summary>
public sealed class IssueApiKeyErrorType() : ErrorUnionType("IssueApiKeyError");

/// <summary>GraphQL <c>RevokeApiKeyError</c>.</summary>
public sealed class RevokeApiKeyErrorType() : ErrorUnionType("RevokeApiKeyError");

/// <summary>GraphQL <c>IssueApiKeyPayload</c>.</summary>
public sealed class IssueApiKeyPayloadType : ObjectGraphType<Payload<IssuedApiKey>>
{
    /// <summary>Defines the fields.</summary>
    public IssueApiKeyPayloadType()
    {
        Name = "IssueApiKeyPayload";
        Description = "The result of issueApiKey: the key record, the key itself (shown this once) and any business-rule errors.";
        Field<ApiKeyType>("apiKey").Description("The key record.").Resolve(ctx => ctx.Source.Value?.Record);
        Field<StringGraphType>("key").Description("The key to hand to the application: send it as X-Api-Key. It is not stored and cannot be shown again.").Resolve(ctx => ctx.Source.Value?.Key);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IssueApiKeyErrorType>>>>("errors").Description("Business-rule errors; empty on success.").Resolve(ctx => ErrorUnionType.Resolve(ctx, ctx.Source.Errors));
    }
}

/// <summary>GraphQL <c>RevokeApiKeyPayload</c>.</summary>
public sealed class RevokeApiKeyPayloadType() : PayloadType<ApiKeyType, RevokeApiKeyErrorType, ApiKey>("RevokeApiKeyPayload", "apiKey", "The key record with its revocation.");
