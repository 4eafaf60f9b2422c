using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Api.Features.Practices;

/// <summary>Root field <c>communityPractices</c> and <c>Community.practices</c>.</summary>
public static class PracticeQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<CommunityPracticeConnectionType>>("communityPractices")
            .Description("Practices of communities across the city, with their evidence: which communities have shop agreements, green-family awards, noise displays... Published records for everyone; signed-in city administrators and district reviewers also see the drafts in their scope. By community code, then newest first.")
            .Paged()
            .Argument<CommunityPracticeFilterType>("where", "Conditions every practice returned meets.")
            .ResolveAsync(async ctx =>
            {
                var practices = Filter(await ProgrammeRecordAccess.VisibleAsync(ctx, db => db.CommunityPractices), ctx.GetArgument<CommunityPracticeFilter?>("where"));
                return await PageRequest.From(ctx).ExecuteAsync(practices.OrderBy(p => p.Community!.Code).ThenByDescending(p => p.StartedOn).ThenBy(p => p.Id), ctx.CancellationToken);
            });
    }

    /// <summary>Adds <c>practices</c> to the community type.</summary>
    public static void AddToCommunity(ObjectGraphType<Community> community)
    {
        ArgumentNullException.ThrowIfNull(community);
        community.Field<NonNullGraphType<CommunityPracticeConnectionType>>("practices")
            .Description("The community's practices (green-family awards, shop agreements, waste sorting, noise display, volunteer groups, forums) with their evidence, newest first: published ones, and for the city and the district's reviewers the drafts too.")
            .Paged()
            .Argument<PracticeKindFilterType>("kind", "Only practices of these kinds.")
            .Resolve(ctx =>
            {
                var page = PageRequest.From(ctx);
                var kind = ctx.GetArgument<EnumFilter<PracticeKind>?>("kind");
                return ctx.Service<PracticesByCommunityIdDataLoader>().Load(ctx.Source.Id)
                    .Then(practices => page.Slice([.. practices.Where(p => Matches(kind, p.Kind))]));
            });
    }

    /// <summary>Applies <paramref name="filter"/> to <paramref name="practices"/>.</summary>
    public static IQueryable<CommunityPractice> Filter(IQueryable<CommunityPractice> practices, CommunityPracticeFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(practices);
        if (filter is null)
        {
            return practices;
        }

        practices = practices.Where(filter.Kind, p => p.Kind)
            .Where(filter.Community, p => p.Community!.Code)
            .Where(filter.District, p => p.District!.Code)
            .Where(filter.StartYear, p => p.StartedOn.Year);
        if (filter.Running is { } running)
        {
            practices = running ? practices.Where(p => p.EndedOn == null) : practices.Where(p => p.EndedOn != null);
        }

        if (filter.Published is { } published)
        {
            practices = published ? practices.Where(p => p.PublishedInEdition != null) : practices.Where(p => p.PublishedInEdition == null);
        }

        return practices;
    }

    private static bool Matches(EnumFilter<PracticeKind>? filter, PracticeKind kind) =>
        filter is null || ((filter.Eq is null || filter.Eq == kind) && (filter.In is null || filter.In.Contains(kind)));
}
