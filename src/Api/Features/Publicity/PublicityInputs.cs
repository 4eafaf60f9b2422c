using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Publicity;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Publicity;

/// <summary>What the objector gets back: a reference, never anyone's personal data.</summary>
/// <param name="Objection">The objection filed.</param>
public sealed record ObjectionReceipt(Objection Objection);

/// <summary>GraphQL <c>ObjectionReceipt</c>.</summary>
public sealed class ObjectionReceiptType : ObjectGraphType<ObjectionReceipt>
{
    /// <summary>Defines the fields.</summary>
    public ObjectionReceiptType()
    {
        Name = "ObjectionReceipt";
        Description = "Confirmation that an objection was filed: its reference and time. Quote the reference to the city.";
        Field<NonNullGraphType<IdGraphType>>("reference").Description("The objection's global ID.").Resolve(ctx => GlobalId.Encode(ObjectionType.TypeName, ctx.Source.Objection.Id));
        Field<NonNullGraphType<DateTimeGraphType>>("filedAt").Description("When it was filed (UTC).").Resolve(ctx => ctx.Source.Objection.FiledAt);
    }
}

/// <summary>GraphQL <c>Objection</c>: the city's view, with contact details.</summary>
public sealed class ObjectionType : ObjectGraphType<Objection>
{
    /// <summary>The type name used in global IDs.</summary>
    public const string TypeName = "Objection";

    /// <summary>Defines the fields.</summary>
    public ObjectionType()
    {
        Name = TypeName;
        Description = "An objection raised during a publicity period, as the city sees it (city administrators only).";
        this.AuthorizeWithRoles(nameof(Role.CityAdmin));
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Objection;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The objection's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field<NonNullGraphType<ApplicationType>>("application").Description("The candidate objected to.").Resolve(ctx => ctx.Service<ApplicationByIdDataLoader>().Load(ctx.Source.ApplicationId));
        Field(o => o.Reasons).Description("The objector's reasons.");
        Field(o => o.Evidence, nullable: true).Description("Evidence offered.");
        Field(o => o.ObjectorContact, nullable: true).Description("How to reach the objector; personal data, never published.");
        Field<NonNullGraphType<DateTimeGraphType>>("filedAt").Description("When it was filed (UTC).").Resolve(ctx => ctx.Source.FiledAt);
        Field<NonNullGraphType<ObjectionResolutionType>>("resolution").Description("The city's resolution.").Resolve(ctx => ctx.Source.Resolution);
        Field(o => o.ResolutionNote, nullable: true).Description("The city's reasons.");
        Field<DateTimeGraphType>("resolvedAt").Description("When it was resolved (UTC).").Resolve(ctx => ctx.Source.ResolvedAt);
    }
}

/// <summary>GraphQL <c>ObjectionResolution</c>.</summary>
public sealed class ObjectionResolutionType() : DescribedEnumType<ObjectionResolution>(
    "ObjectionResolution",
    "How the city resolved an objection.",
    (ObjectionResolution.Pending, "Not yet resolved."),
    (ObjectionResolution.Upheld, "Upheld: the candidate is removed."),
    (ObjectionResolution.Dismissed, "Dismissed: the candidate stays."));

/// <summary>Input of <c>openPublicity</c>.</summary>
public sealed class OpenPublicityInput
{
    /// <summary>The campaign's global ID.</summary>
    public string Campaign { get; set; } = string.Empty;

    /// <summary>The notice's title.</summary>
    public LocalizedTextInput Title { get; set; } = new();
}

/// <summary>A bilingual text as input.</summary>
public sealed class LocalizedTextInput
{
    /// <summary>Chinese.</summary>
    public string Zh { get; set; } = string.Empty;

    /// <summary>English.</summary>
    public string En { get; set; } = string.Empty;
}

/// <summary>Input of <c>fileObjection</c>.</summary>
public sealed class FileObjectionInput
{
    /// <summary>The notice's global ID.</summary>
    public string Notice { get; set; } = string.Empty;

    /// <summary>The candidate community's global ID.</summary>
    public string Community { get; set; } = string.Empty;

    /// <summary>The reasons.</summary>
    public string Reasons { get; set; } = string.Empty;

    /// <summary>Evidence offered.</summary>
    public string? Evidence { get; set; }

    /// <summary>How to reach the objector.</summary>
    public string? Contact { get; set; }
}

/// <summary>Input of <c>resolveObjection</c>.</summary>
public sealed class ResolveObjectionInput
{
    /// <summary>The objection's global ID.</summary>
    public string Objection { get; set; } = string.Empty;

    /// <summary>True to uphold (the candidate is removed), false to dismiss.</summary>
    public bool Upheld { get; set; }

    /// <summary>The city's reasons.</summary>
    public string Note { get; set; } = string.Empty;
}

/// <summary>GraphQL <c>LocalizedTextInput</c>.</summary>
public sealed class LocalizedTextInputType : InputObjectGraphType<LocalizedTextInput>
{
    /// <summary>Defines the fields.</summary>
    public LocalizedTextInputType()
    {
        Name = "LocalizedTextInput";
        Description = "A text in Chinese and English.";
        Field<NonNullGraphType<StringGraphType>>("zh").Description("Chinese.");
        Field<NonNullGraphType<StringGraphType>>("en").Description("English.");
    }
}

/// <summary>GraphQL <c>OpenPublicityInput</c>.</summary>
public sealed class OpenPublicityInputType : InputObjectGraphType<OpenPublicityInput>
{
    /// <summary>Defines the fields.</summary>
    public OpenPublicityInputType()
    {
        Name = "OpenPublicityInput";
        Description = "The campaign whose candidates to announce.";
        Field<NonNullGraphType<IdGraphType>>("campaign").Description("The city-level campaign's global ID.");
        Field<NonNullGraphType<LocalizedTextInputType>>("title").Description("The notice's title.");
    }
}

/// <summary>GraphQL <c>FileObjectionInput</c>.</summary>
public sealed class FileObjectionInputType : InputObjectGraphType<FileObjectionInput>
{
    /// <summary>Defines the fields.</summary>
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

/// <summary>GraphQL <c>ResolveObjectionInput</c>.</summary>
public sealed class ResolveObjectionInputType : InputObjectGraphType<ResolveObjectionInput>
{
    /// <summary>Defines the fields.</summary>
    public ResolveObjectionInputType()
    {
        Name = "ResolveObjectionInput";
        Description = "The city's resolution of an objection.";
        Field<NonNullGraphType<IdGraphType>>("objection").Description("The objection's global ID.");
        Field<NonNullGraphType<BooleanGraphType>>("upheld").Description("True to uphold (the candidate is removed), false to dismiss.");
        Field<NonNullGraphType<StringGraphType>>("note").Description("The city's reasons.");
    }
}

/// <summary>GraphQL <c>OpenPublicityError</c>.</summary>
public sealed class OpenPublicityErrorType() : ErrorUnionType("OpenPublicityError", typeof(DuplicateErrorType));

/// <summary>GraphQL <c>OpenPublicityPayload</c>.</summary>
public sealed class OpenPublicityPayloadType() : PayloadType<PublicityNoticeType, OpenPublicityErrorType, PublicityNotice>("OpenPublicityPayload", "publicityNotice", "The notice, public from now on.");

/// <summary>GraphQL <c>FileObjectionError</c>.</summary>
public sealed class FileObjectionErrorType() : ErrorUnionType("FileObjectionError", typeof(DeadlinePassedErrorType), typeof(RateLimitedErrorType));

/// <summary>GraphQL <c>FileObjectionPayload</c>.</summary>
public sealed class FileObjectionPayloadType() : PayloadType<ObjectionReceiptType, FileObjectionErrorType, ObjectionReceipt>("FileObjectionPayload", "receipt", "The objection's reference.");

/// <summary>GraphQL <c>ResolveObjectionError</c>.</summary>
public sealed class ResolveObjectionErrorType() : ErrorUnionType("ResolveObjectionError");

/// <summary>GraphQL <c>ResolveObjectionPayload</c>.</summary>
public sealed class ResolveObjectionPayloadType() : PayloadType<ObjectionType, ResolveObjectionErrorType, Objection>("ResolveObjectionPayload", "objection", "The objection with its resolution.");

/// <summary>Root fields for the city's view of objections.</summary>
public static class ObjectionQueries
{
    /// <summary>Adds the fields to the root query.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObjectionType>>>>("objections")
            .Description("The objections to a publicity notice, oldest first (city administrators only).")
            .AuthorizeWithRoles(nameof(Role.CityAdmin))
            .Argument<NonNullGraphType<IdGraphType>>("notice", "The publicity notice's global ID.")
            .ResolveAsync(async ctx =>
            {
                var noticeId = GlobalId.DecodeOf(PublicityNoticeType.TypeName, ctx.GetArgument<string>("notice"));
                return await ctx.Db().Objections.Where(o => o.PublicityNoticeId == noticeId).OrderBy(o => o.Id).ToListAsync(ctx.CancellationToken);
            });
    }
}
