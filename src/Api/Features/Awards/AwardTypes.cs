using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Evaluations;

namespace GreenCommunity.Api.Features.Awards;

public sealed class AwardType : ObjectGraphType<Award>
{
    public const string TypeName = "Award";

    public AwardType()
    {
        Name = TypeName;
        Description = "A Green Community title granted and published: community, level and year, with the district it was made in, the score, validity and any revocation.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Award;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The award's opaque global ID. Read with asOf, the award as that edition listed it has an ID of its own, so a client cache keeps a citable past list apart from the current one; node(id:) answers either.")
            .Resolve(ctx => ctx.Source.ReadFromEdition is { } edition ? GlobalId.Encode(TypeName, ctx.Source.Id, edition) : GlobalId.Encode(TypeName, ctx.Source.Id));
        Field<NonNullGraphType<CommunityType>>("community")
            .Description("The community holding the title; under an asOf read, as that edition stood (its awards and values).")
            .Resolve(ctx => ctx.Service<JoinedRows>().Of<AwardWithPlaces>(ctx.Source)?.Community is { } joined
                ? EditionScope.Mark(joined, ctx.Source)
                : LoadCommunity(ctx.Source, ctx.Service<CommunityByIdDataLoader>()));
        Field<NonNullGraphType<TitleLevelType>>("level").Description("District or city level.").Resolve(ctx => ctx.Source.Level);
        Field(a => a.Year);
        Field<NonNullGraphType<CampaignType>>("campaign")
            .Description("The campaign that granted the title; under an asOf read, as that edition stood (its results).")
            .Resolve(ctx => ctx.Service<CampaignByIdDataLoader>().Load(ctx.Source.CampaignId).Then(c => EditionScope.Mark(c, ctx.Source)));
        Field<NonNullGraphType<DistrictType>>("districtAtAward")
            .Description("The district the award was made in, even if it merged away later (e.g. Dongshan, now part of Yuexiu).")
            .Resolve(ctx => ctx.Service<JoinedRows>().Of<AwardWithPlaces>(ctx.Source)?.DistrictAtAward
                ?? ctx.Service<DistrictByIdDataLoader>().LoadOrHeld(ctx.Source.DistrictAtAwardId));
        Field<FloatGraphType>("score")
            .Description("The panel score (mean of the evaluators' totals, one decimal), when the title was scored.")
            .Resolve(ctx => ctx.Source.Score is { } score ? (double)score : null);
        Field<NonNullGraphType<CalendarDateGraphType>>("awardedOn").Description("The day the title was granted.").Resolve(ctx => ctx.Source.AwardedOn);
        Field<NonNullGraphType<CalendarDateGraphType>>("validUntil").Description("Last day the title is valid (the scheme's validity years from the award).").Resolve(ctx => ctx.Source.ValidUntil);
        Field<NonNullGraphType<BooleanGraphType>>("validToday")
            .Description("True when the title is valid today: within its validity and not revoked.")
            .Resolve(ctx => ctx.Source.IsValidOn(DateOnly.FromDateTime(ctx.UtcNow())));
        Field<RevocationType>("revocation").Description("The revocation, if the city revoked the title; revoked awards stay on record.").Resolve(ctx => ctx.Source.Revocation);
        Field<NonNullGraphType<CriteriaSchemeType>>("scheme")
            .Description("The criteria-scheme version the title was scored against.")
            .Resolve(ctx => ctx.Service<CriteriaSchemeByIdDataLoader>().Load(ctx.Source.SchemeId));
        Field<PanelType>("panel")
            .Description("The evaluation panel that visited the community (city level).")
            .Resolve(ctx => ctx.Source.PanelId is { } id ? ctx.Service<PanelByIdDataLoader>().Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GateVerdictType>>>>("gateVerdicts")
            .Description("The gate verdicts behind the title, with the facts they rest on; empty when none were recorded.")
            .Resolve(ctx => ctx.Source.ApplicationId is { } id
                ? ctx.Service<GateVerdictsByApplicationIdDataLoader>().Load(id)
                : (object)Array.Empty<GateVerdict>());
        Field<OrganisationType>("organisation")
            .Description("The organisation responsible for the title (the district's leading group, the city EPB), when known and published.")
            .Resolve(ctx => ctx.Source.ResponsibleOrganisationId is { } id ? ctx.Service<OrganisationByIdDataLoader>().Load(id) : null);
        Field("sample", a => a.IsSample).Description("True when the record was invented for the sample dataset.");
    }

    // Apart from the resolver, so the closure over the award is only made when the community is loaded, not per award.
    private static object? LoadCommunity(Award award, CommunityByIdDataLoader communities) =>
        award.ReadFromEdition is null
            ? communities.LoadOrHeld(award.CommunityId)
            : communities.Load(award.CommunityId).Then(c => EditionScope.Mark(c, award));
}

public sealed class AwardConnectionType : ConnectionGraphType<AwardType, Award>;

public sealed class RevocationType : ObjectGraphType<Revocation>
{
    public RevocationType()
    {
        Name = "Revocation";
        Description = "The city's revocation of a title: published, never a silent delete.";
        Field<NonNullGraphType<CalendarDateGraphType>>("revokedOn").Description("The day the title stopped being valid.").Resolve(ctx => ctx.Source.RevokedOn);
        Field(r => r.Reason).Description("Why the title was revoked.");
    }
}

public sealed class GateVerdictType : ObjectGraphType<GateVerdict>
{
    public GateVerdictType()
    {
        Name = "GateVerdict";
        Description = "The outcome of one eligibility gate, kept with the facts it was judged on.";
        Field<NonNullGraphType<GateKindType>>("gate").Description("Which gate.").Resolve(ctx => ctx.Source.Gate);
        Field<NonNullGraphType<GateStageType>>("stage").Description("When in the workflow it was judged.").Resolve(ctx => ctx.Source.Stage);
        Field(v => v.Passed);
        Field(v => v.Evidence).Description("The facts the verdict rests on.");
        Field<NonNullGraphType<DateTimeGraphType>>("evaluatedAt").Description("When the verdict was given (UTC).").Resolve(ctx => ctx.Source.EvaluatedAt);
    }
}

public sealed class PanelType : ObjectGraphType<Panel>
{
    public const string TypeName = "Panel";

    public PanelType()
    {
        Name = TypeName;
        Description = "An on-site evaluation panel (评审组). Its members are visible to the city only; their contacts never.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Panel;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The panel's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field(p => p.Name).Description("The panel's name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PanelMemberType>>>>("members")
            .Description("The evaluators on the panel (city administrators only).")
            .AuthorizeWithRoles(nameof(Role.CityAdmin))
            .Resolve(ctx => ctx.Service<PanelMembersByPanelIdDataLoader>().Load(ctx.Source.Id));
    }
}

public sealed class PanelMemberType : ObjectGraphType<PanelMember>
{
    public PanelMemberType()
    {
        Name = "PanelMember";
        Description = "An evaluator on a panel. Contact details are never exposed.";
        this.AuthorizeWithRoles(nameof(Role.CityAdmin));
        Field(m => m.Subject);
        Field(m => m.DisplayName);
    }
}
