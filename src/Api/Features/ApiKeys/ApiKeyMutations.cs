using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.RateLimiting;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.ApiKeys;
using GreenCommunity.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.ApiKeys;

/// <summary>API keys for registered applications: the city issues and revokes them.</summary>
public static class ApiKeyMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<IssueApiKeyPayloadType, IssueApiKeyInputType, IssueApiKeyInput>("issueApiKey", Role.CityAdmin, "Issues an API key to a registered application, which then sends it in the X-Api-Key header and gets the larger rate-limit budget. The key is in the payload once and never again: only its hash is stored.", "The application.", IssueAsync);
        mutation.AddMutation<RevokeApiKeyPayloadType, RevokeApiKeyInputType, RevokeApiKeyInput>("revokeApiKey", Role.CityAdmin, "Revokes an API key: from the next request on, calls with it are refused (INVALID_API_KEY).", "The key.", RevokeAsync);
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
