using GraphQL.Types;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Publicity;

namespace GreenCommunity.Api.Features.Publicity;

/// <summary>GraphQL <c>PublicityNotice</c>.</summary>
public sealed class PublicityNoticeType : ObjectGraphType<PublicityNotice>
{
    /// <summary>The type name used in global IDs.</summary>
    public const string TypeName = "PublicityNotice";

    /// <summary>Defines the fields.</summary>
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

/// <summary>GraphQL <c>PublicityNoticeConnection</c>.</summary>
public sealed class PublicityNoticeConnectionType : ConnectionGraphType<PublicityNoticeType, PublicityNotice>;
