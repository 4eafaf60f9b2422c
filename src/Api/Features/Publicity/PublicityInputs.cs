using GraphQL.Types;

namespace GreenCommunity.Api.Features.Publicity;

/// <summary>Input of <c>openPublicity</c>.</summary>
public sealed class OpenPublicityInput
{
    public string Campaign { get; set; } = string.Empty;

    public LocalizedTextInput Title { get; set; } = new();
}

/// <summary>A bilingual text as input.</summary>
public sealed class LocalizedTextInput
{
    public string Zh { get; set; } = string.Empty;

    public string En { get; set; } = string.Empty;
}

/// <summary>Input of <c>fileObjection</c>.</summary>
public sealed class FileObjectionInput
{
    public string Notice { get; set; } = string.Empty;

    public string Community { get; set; } = string.Empty;

    public string Reasons { get; set; } = string.Empty;

    public string? Evidence { get; set; }

    public string? Contact { get; set; }
}

/// <summary>Input of <c>resolveObjection</c>.</summary>
public sealed class ResolveObjectionInput
{
    public string Objection { get; set; } = string.Empty;

    public bool Upheld { get; set; }

    public string Note { get; set; } = string.Empty;
}

public sealed class LocalizedTextInputType : InputObjectGraphType<LocalizedTextInput>
{
    public LocalizedTextInputType()
    {
        Name = "LocalizedTextInput";
        Description = "A text in Chinese and English.";
        Field<NonNullGraphType<StringGraphType>>("zh").Description("Chinese.");
        Field<NonNullGraphType<StringGraphType>>("en").Description("English.");
    }
}

public sealed class OpenPublicityInputType : InputObjectGraphType<OpenPublicityInput>
{
    public OpenPublicityInputType()
    {
        Name = "OpenPublicityInput";
        Description = "The campaign whose candidates to announce.";
        Field<NonNullGraphType<IdGraphType>>("campaign").Description("The city-level campaign's global ID.");
        Field<NonNullGraphType<LocalizedTextInputType>>("title").Description("The notice's title.");
    }
}

public sealed class FileObjectionInputType : InputObjectGraphType<FileObjectionInput>
{
    public FileObjectionInputType()
    {
        Name = "FileObjectionInput";
        Description = "An objection to a candidate on a publicity notice.";
        Field<NonNullGraphType<IdGraphType>>("notice").Description("The publicity notice's global ID.");
        Field<NonNullGraphType<IdGraphType>>("community").Description("The candidate community's global ID.");
        Field<NonNullGraphType<StringGraphType>>("reasons").Description("Your reasons (at most 4,000 characters).");
        Field<StringGraphType>("evidence").Description("Evidence you offer (at most 4,000 characters).");
        Field<StringGraphType>("contact").Description("How the city can reach you (optional; never published).");
    }
}

public sealed class ResolveObjectionInputType : InputObjectGraphType<ResolveObjectionInput>
{
    public ResolveObjectionInputType()
    {
        Name = "ResolveObjectionInput";
        Description = "The city's resolution of an objection.";
        Field<NonNullGraphType<IdGraphType>>("objection").Description("The objection's global ID.");
        Field<NonNullGraphType<BooleanGraphType>>("upheld").Description("True to uphold (the candidate is removed), false to dismiss.");
        Field<NonNullGraphType<StringGraphType>>("note").Description("The city's reasons.");
    }
}
