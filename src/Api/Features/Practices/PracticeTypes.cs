using GraphQL.Types;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Activities;

namespace GreenCommunity.Api.Features.Practices;

public sealed class PracticeKindType() : DescribedEnumType<PracticeKind>(
    "PracticeKind",
    "Kinds of community practice worth recording.",
    (PracticeKind.GreenFamilyAward, "\"Green family\" awards for households that live green (绿色家庭)."),
    (PracticeKind.WildlifeShopAgreement, "Agreements with shops not to sell protected wildlife."),
    (PracticeKind.WasteSorting, "A waste-sorting scheme with sorted bins."),
    (PracticeKind.NoiseMonitoringDisplay, "A noise-monitoring display put up in the community."),
    (PracticeKind.VolunteerGroup, "An environmental volunteer group."),
    (PracticeKind.ResidentForum, "Regular residents' environmental forums."));

public sealed class CommunityPracticeType : ObjectGraphType<CommunityPractice>
{
    public const string TypeName = "CommunityPractice";

    public CommunityPracticeType()
    {
        Name = TypeName;
        Description = "A dated practice of one community (green-family awards, shop agreements not to sell protected wildlife, waste sorting, a noise-monitoring display, a volunteer group, residents' forums), with the evidence for it.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is CommunityPractice;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The practice's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field<NonNullGraphType<CommunityType>>("community").Description("The community.").Resolve(ctx => ctx.Service<CommunityByIdDataLoader>().Load(ctx.Source.CommunityId));
        Field<NonNullGraphType<PracticeKindType>>("kind").Description("The kind of practice.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<CalendarDateGraphType>>("startedOn").Description("When it started.").Resolve(ctx => ctx.Source.StartedOn);
        Field<CalendarDateGraphType>("endedOn").Description("When it ended; null while it runs.").Resolve(ctx => ctx.Source.EndedOn);
        Field<NonNullGraphType<LocalizedTextType>>("title").Description("The practice's title.").Resolve(ctx => ctx.Source.Title);
        Field(p => p.Description);
        Field(p => p.Evidence).Description("What shows it: the document, photo record or inspection.");
        Field(p => p.Count, nullable: true).Description("How many (families awarded, shops signed, volunteers, bins...), when counted.");
        ProgrammeRecordFields.Add(this);
    }
}

public sealed class CommunityPracticeConnectionType : ConnectionGraphType<CommunityPracticeType, CommunityPractice>;
