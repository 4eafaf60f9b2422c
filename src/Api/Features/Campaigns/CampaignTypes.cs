using GraphQL.Types;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Campaigns;

namespace GreenCommunity.Api.Features.Campaigns;

public sealed class CampaignType : ObjectGraphType<Campaign>
{
    public const string TypeName = "Campaign";

    public CampaignType()
    {
        Name = TypeName;
        Description = "One year's creation round at one title level, scored against one criteria-scheme version, with its timetable and, once published, its results.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is Campaign;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The campaign's opaque global ID. Under an asOf read, the campaign as that edition stood has an ID of its own; node(id:) answers either.")
            .Resolve(ctx => EditionScope.IdOf(TypeName, ctx.Source.Id, ctx.Source));
        Field(c => c.Year);
        Field<NonNullGraphType<TitleLevelType>>("level").Description("The title level the campaign grants.").Resolve(ctx => ctx.Source.Level);
        Field(c => c.BatchNumber).Description("The batch (第N批) the campaign's awards form, counted per level.");
        Field<NonNullGraphType<LocalizedTextType>>("name").Description("The campaign's name.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<CriteriaSchemeType>>("scheme")
            .Description("The criteria-scheme version applications are scored against.")
            .Resolve(ctx => ctx.Service<CriteriaSchemeByIdDataLoader>().Load(ctx.Source.SchemeId));
        Field<NonNullGraphType<CampaignTimetableType>>("timetable").Description("The campaign's dates.").Resolve(ctx => ctx.Source.Timetable);
        Field<NonNullGraphType<DateTimeGraphType>>("announcedAt").Description("When the campaign was announced (UTC).").Resolve(ctx => ctx.Source.AnnouncedAt);
        Field<DateTimeGraphType>("resultsPublishedAt").Description("When the results were published (UTC); null until then.").Resolve(ctx => ctx.Source.ResultsPublishedAt);
        Field<NonNullGraphType<AwardConnectionType>>("awards")
            .Description("The campaign's published results, by community English name; empty until published. Under an asOf read: as that edition listed them.")
            .Paged()
            .Resolve(ctx =>
            {
                var page = PageRequest.From(ctx);
                var awards = EditionScope.Of(ctx) is { } edition
                    ? ctx.Service<AwardsAsOfByCampaignIdDataLoader>().Load(new EditionKey(ctx.Source.Id, edition))
                    : ctx.Service<AwardsByCampaignIdDataLoader>().Load(ctx.Source.Id);
                return awards.Then(page.Slice);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublicityNoticeType>>>>("publicityNotices")
            .Description("The campaign's published publicity notices, oldest first.")
            .Resolve(ctx => ctx.Service<PublicityNoticesByCampaignIdDataLoader>().Load(ctx.Source.Id));
        Field<OrganisationType>("organisation")
            .Description("The organisation that runs the campaign (the city EPB), when known and published.")
            .Resolve(ctx => ctx.Source.ResponsibleOrganisationId is { } id ? ctx.Service<OrganisationByIdDataLoader>().Load(id) : null);
        Field("sample", c => c.IsSample).Description("True when the record (e.g. its timetable) was invented for the sample dataset.");
    }
}

public sealed class CampaignConnectionType : ConnectionGraphType<CampaignType, Campaign>;

public sealed class CampaignTimetableType : ObjectGraphType<CampaignTimetable>
{
    public CampaignTimetableType()
    {
        Name = "CampaignTimetable";
        Description = "A campaign's dates and its publicity period.";
        Field<NonNullGraphType<CalendarDateGraphType>>("applicationsOpen").Description("First day applications are accepted.").Resolve(ctx => ctx.Source.ApplicationsOpen);
        Field<NonNullGraphType<CalendarDateGraphType>>("applicationsClose").Description("Last day applications are accepted.").Resolve(ctx => ctx.Source.ApplicationsClose);
        Field<NonNullGraphType<CalendarDateGraphType>>("evaluationStart").Description("First day of on-site evaluation.").Resolve(ctx => ctx.Source.EvaluationStart);
        Field<NonNullGraphType<CalendarDateGraphType>>("evaluationEnd").Description("Last day of on-site evaluation.").Resolve(ctx => ctx.Source.EvaluationEnd);
        Field(t => t.PublicityDays);
    }
}
