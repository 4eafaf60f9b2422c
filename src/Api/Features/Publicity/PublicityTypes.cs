using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Publicity;

namespace GreenCommunity.Api.Features.Publicity;

public sealed class PublicityNoticeType : ObjectGraphType<PublicityNotice>
{
    public const string TypeName = "PublicityNotice";

    public PublicityNoticeType()
    {
        Name = TypeName;
        Description = "The public announcement (公示) of a campaign's candidate list, open to objection until its deadline. Objectors' identities are never public.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is PublicityNotice;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The notice's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field<NonNullGraphType<CampaignType>>("campaign")
            .Description("The campaign whose candidates are announced.")
            .Resolve(ctx => ctx.Service<CampaignByIdDataLoader>().Load(ctx.Source.CampaignId));
        Field<NonNullGraphType<LocalizedTextType>>("title").Description("The notice's title.").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<CalendarDateGraphType>>("openedOn").Description("First day of the publicity period.").Resolve(ctx => ctx.Source.OpenedOn);
        Field<NonNullGraphType<CalendarDateGraphType>>("objectionDeadline").Description("Last day on which objections are accepted.").Resolve(ctx => ctx.Source.ObjectionDeadline);
        Field<NonNullGraphType<DateTimeGraphType>>("publishedAt").Description("When the notice was made public (UTC).").Resolve(ctx => ctx.Source.PublishedAt);
        Field<NonNullGraphType<BooleanGraphType>>("open")
            .Description("True while objections may be filed (today is within the publicity period).")
            .Resolve(ctx => ctx.Source.IsOpenOn(DateOnly.FromDateTime(ctx.UtcNow())));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityType>>>>("candidates")
            .Description("The candidate communities announced, by English name.")
            .Resolve(ctx => ctx.Service<CandidatesByPublicityNoticeIdDataLoader>().Load(ctx.Source.Id));
        Field("sample", n => n.IsSample).Description("True when the record was invented for the sample dataset.");
    }
}

public sealed class PublicityNoticeConnectionType : ConnectionGraphType<PublicityNoticeType, PublicityNotice>;

/// <summary>What the objector gets back: a reference, never anyone's personal data.</summary>
/// <param name="Objection">The objection filed.</param>
public sealed record ObjectionReceipt(Objection Objection);

public sealed class ObjectionReceiptType : ObjectGraphType<ObjectionReceipt>
{
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
    public const string TypeName = "Objection";

    public ObjectionType()
    {
        Name = TypeName;
        Description = "An objection raised during a publicity period, as the city sees it (city administrators only).";
        this.AuthorizeWithRoles(nameof(Role.CityAdmin));
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Objection;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The objection's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field<NonNullGraphType<ApplicationType>>("application").Description("The candidate objected to.").Resolve(ctx => ctx.Service<ApplicationByIdDataLoader>().Load(ctx.Source.ApplicationId));
        Field(o => o.Reasons);
        Field(o => o.Evidence, nullable: true).Description("Evidence offered.");
        Field(o => o.ObjectorContact, nullable: true).Description("How to reach the objector; personal data, never published.");
        Field<NonNullGraphType<DateTimeGraphType>>("filedAt").Description("When it was filed (UTC).").Resolve(ctx => ctx.Source.FiledAt);
        Field<NonNullGraphType<ObjectionResolutionType>>("resolution").Description("The city's resolution.").Resolve(ctx => ctx.Source.Resolution);
        Field(o => o.ResolutionNote, nullable: true).Description("The city's reasons.");
        Field<DateTimeGraphType>("resolvedAt").Description("When it was resolved (UTC).").Resolve(ctx => ctx.Source.ResolvedAt);
    }
}

public sealed class ObjectionResolutionType() : DescribedEnumType<ObjectionResolution>(
    "ObjectionResolution",
    "How the city resolved an objection.",
    (ObjectionResolution.Pending, "Not yet resolved."),
    (ObjectionResolution.Upheld, "Upheld: the candidate is removed."),
    (ObjectionResolution.Dismissed, "Dismissed: the candidate stays."));
