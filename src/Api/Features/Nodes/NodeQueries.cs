using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.Features.Events;
using GreenCommunity.Api.Features.Funding;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.Features.Indicators;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.Features.Outreach;
using GreenCommunity.Api.Features.Plans;
using GreenCommunity.Api.Features.Practices;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Nodes;

/// <summary>Root fields that fetch any object by its global ID.</summary>
public static class NodeQueries
{
    /// <summary>The most IDs one <c>nodes</c> call takes.</summary>
    public const int MaxIds = 100;

    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NodeInterfaceType>("node")
            .Description("Any object by its global ID; null when it does not exist or is not published.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global ID.")
            .ResolveAsync(async ctx => await LoadAsync(ctx, ctx.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description($"Objects by global ID, in the order asked (at most {MaxIds}); null where one does not exist or is not published, and null with an INVALID_ID error at its index where an ID is malformed.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global IDs.")
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, $"'nodes' takes at most {MaxIds} IDs; it was given {ids.Count}.");
                }

                // One malformed ID nulls its own entry, with an error whose path points at it; the others resolve.
                var results = new List<object?>(ids.Count);
                for (var i = 0; i < ids.Count; i++)
                {
                    try
                    {
                        results.Add(await LoadAsync(ctx, ids[i]));
                    }
                    catch (ExecutionError error) when (error.Code == ErrorCodes.InvalidId)
                    {
                        error.Path = [.. ctx.Path, i];
                        error.AddLocation(ctx.FieldAst, ctx.Document);
                        ctx.Errors.Add(error);
                        results.Add(null);
                    }
                }

                return results;
            });
    }

    // An award as a past edition listed it (ADR-025): null unless that edition exists and listed the award.
    private static async Task<GreenCommunity.Domain.Awards.Award?> AwardAsReadFromAsync(IResolveFieldContext ctx, int id, int edition, CancellationToken ct)
    {
        var award = await Load<AwardByIdDataLoader, GreenCommunity.Domain.Awards.Award?>(ctx, l => l.Load(id), ct);
        return award is { PublishedInEdition: { } first } && first <= edition && await ctx.Db().PublishedEditions().AnyAsync(e => e.Number == edition, ct)
            ? award.AsReadFrom(edition)
            : null;
    }

    private static Task<bool> ExistsAsync(IResolveFieldContext ctx, int edition, CancellationToken ct) =>
        ctx.Db().PublishedEditions().AnyAsync(e => e.Number == edition, ct);

    private static async Task<object?> LoadAsync(IResolveFieldContext ctx, string globalId)
    {
        var decoded = GlobalId.TryDecodeQualified(globalId);
        if (decoded is null || (decoded.Value.Edition is not null && decoded.Value.TypeName is not (AwardType.TypeName or CommunityType.TypeName or CampaignType.TypeName or ObservationType.TypeName)))
        {
            throw GraphQLErrors.WithCode(ErrorCodes.InvalidId, $"'{globalId}' is not a global ID issued by this API.");
        }

        var (type, id, edition) = decoded.Value;
        var ct = ctx.CancellationToken;
        return type switch
        {
            AwardType.TypeName when edition is { } number => await AwardAsReadFromAsync(ctx, id, number, ct),
            AwardType.TypeName => await Load<AwardByIdDataLoader, GreenCommunity.Domain.Awards.Award?>(ctx, l => l.Load(id), ct),
            CommunityType.TypeName when edition is { } number => await ExistsAsync(ctx, number, ct)
                ? (await Load<CommunityByIdDataLoader, GreenCommunity.Domain.Geography.Community?>(ctx, l => l.Load(id), ct))?.AsReadFrom(number)
                : null,
            CommunityType.TypeName => await Load<CommunityByIdDataLoader, GreenCommunity.Domain.Geography.Community?>(ctx, l => l.Load(id), ct),
            CampaignType.TypeName when edition is { } number => await ExistsAsync(ctx, number, ct)
                ? (await Load<CampaignByIdDataLoader, GreenCommunity.Domain.Campaigns.Campaign?>(ctx, l => l.Load(id), ct))?.AsReadFrom(number)
                : null,
            ObservationType.TypeName when edition is { } number => await ctx.Db().ObservationsAsOf(number).FirstOrDefaultAsync(o => o.Id == id, ct) is { } value
                && await ExistsAsync(ctx, number, ct)
                ? value.AsReadFrom(number)
                : null,
            DistrictType.TypeName => await Load<DistrictByIdDataLoader, GreenCommunity.Domain.Geography.District?>(ctx, l => l.Load(id), ct),
            StreetType.TypeName => await Load<StreetByIdDataLoader, GreenCommunity.Domain.Geography.Street?>(ctx, l => l.Load(id), ct),
            CampaignType.TypeName => await Load<CampaignByIdDataLoader, GreenCommunity.Domain.Campaigns.Campaign?>(ctx, l => l.Load(id), ct),
            CriteriaSchemeType.TypeName => await CriteriaQueries.Complete(CriteriaQueries.Visible(ctx)).FirstOrDefaultAsync(s => s.Id == id, ct),
            CriteriaSectionType.TypeName => await CriteriaQueries.SectionAsync(ctx, id),
            CriteriaIndicatorType.TypeName => await CriteriaQueries.IndicatorAsync(ctx, id),
            IndicatorDefinitionType.TypeName => await Load<IndicatorDefinitionByIdDataLoader, GreenCommunity.Domain.Indicators.IndicatorDefinition?>(ctx, l => l.Load(id), ct),
            ProgrammeEventType.TypeName => await (await ProgrammeRecordAccess.VisibleAsync(ctx, db => db.ProgrammeEvents)).FirstOrDefaultAsync(e => e.Id == id, ct),
            OutreachItemType.TypeName => await (await ProgrammeRecordAccess.VisibleAsync(ctx, db => db.OutreachItems)).FirstOrDefaultAsync(o => o.Id == id, ct),
            CommunityPracticeType.TypeName => await (await ProgrammeRecordAccess.VisibleAsync(ctx, db => db.CommunityPractices)).FirstOrDefaultAsync(p => p.Id == id, ct),
            ObservationType.TypeName => await Load<ObservationByIdDataLoader, GreenCommunity.Domain.Indicators.Observation?>(ctx, l => l.Load(id), ct),
            PublicityNoticeType.TypeName => await Load<PublicityNoticeByIdDataLoader, GreenCommunity.Domain.Publicity.PublicityNotice?>(ctx, l => l.Load(id), ct),
            Editions.EditionType.TypeName => await ctx.Db().PublishedEditions().FirstOrDefaultAsync(e => e.Id == id, ct),
            OrganisationType.TypeName => await Load<OrganisationByIdDataLoader, GreenCommunity.Domain.Programme.Organisation?>(ctx, l => l.Load(id), ct),
            AnnualPlanType.TypeName => await ctx.Db().AnnualPlans.Include(p => p.TaskCommunities).FirstOrDefaultAsync(p => p.Id == id && p.PublishedInEdition != null, ct),
            FundingAllocationType.TypeName => await Load<FundingAllocationByIdDataLoader, GreenCommunity.Domain.Programme.FundingAllocation?>(ctx, l => l.Load(id), ct),
            PanelType.TypeName => await Load<PanelByIdDataLoader, GreenCommunity.Domain.Evaluations.Panel?>(ctx, l => l.Load(id), ct),
            ObjectionType.TypeName => ActorClaims.From(ctx.User)?.Is(Role.CityAdmin) == true
                ? await ctx.Db().Objections.FirstOrDefaultAsync(o => o.Id == id, ct)
                : null,
            ApplicationType.TypeName => ActorClaims.From(ctx.User) is { } actor
                ? await ApplicationQueries.Visible(ctx.Db(), actor).FirstOrDefaultAsync(a => a.Id == id, ct)
                : null,
            _ => throw GraphQLErrors.WithCode(ErrorCodes.InvalidId, $"'{globalId}' is not a global ID issued by this API."),
        };
    }

    private static Task<TValue> Load<TLoader, TValue>(IResolveFieldContext ctx, Func<TLoader, global::GraphQL.DataLoader.IDataLoaderResult<TValue>> load, CancellationToken ct)
        where TLoader : BatchDataLoader<int, TValue> =>
        load(ctx.Service<TLoader>()).GetResultAsync(ct);
}
