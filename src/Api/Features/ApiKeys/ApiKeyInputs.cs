using GraphQL.Types;

namespace GreenCommunity.Api.Features.ApiKeys;

/// <summary>Input of <c>issueApiKey</c>.</summary>
public sealed class IssueApiKeyInput
{
    public string Name { get; set; } = string.Empty;

    public string? Contact { get; set; }
}

/// <summary>Input of <c>revokeApiKey</c>.</summary>
public sealed class RevokeApiKeyInput
{
    public string ApiKey { get; set; } = string.Empty;
}

public sealed class IssueApiKeyInputType : InputObjectGraphType<IssueApiKeyInput>
{
    public IssueApiKeyInputType()
    {
        Name = "IssueApiKeyInput";
        Description = "The application a key is for.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The application's name (1 to 200 characters).");
        Field<StringGraphType>("contact").Description("Who to contact about it (kept for the city, at most 320 characters).");
    }
}

public sealed class RevokeApiKeyInputType : InputObjectGraphType<RevokeApiKeyInput>
{
    public RevokeApiKeyInputType()
    {
        Name = "RevokeApiKeyInput";
        Description = "The key to revoke.";
        Field<NonNullGraphType<IdGraphType>>("apiKey").Description("The key record's global ID.");
    }
}
