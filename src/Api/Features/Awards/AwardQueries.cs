using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Infrastructure.Queries;

namespace GreenCommunity.Api.Features.Awards;

/// <summary>Root fields for awards: the journalist's list.</summary>
public static class AwardQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<AwardConnectionType>>("awards")
            .Description("Titles granted and published: the journalist's list. Newest year first, then by community name, unless orderBy says otherwise. Read from the latest edition, or the one asOf names; cursors keep paging through the edition they came from.")
            .Paged()
            .Argument<AwardFilterType>("where", "Conditions every award returned meets.")
            .Argument<ListGraphType<NonNullGraphType<AwardOrderType>>>("orderBy", "Sort keys, most significant first.")
            .Argument<EditionRefType>(EditionScope.ArgumentName, EditionScope.ArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var (edition, page) = await EditionScope.ResolveAsync(ctx, PageRequest.From(ctx));
                var awards = Filter(ctx.Db().AwardsAsOf(edition, latest: EditionScope.IsLatest(ctx, edition)), ctx.GetArgument<AwardFilter?>("where"), edition);
                var ordered = Order(awards, ctx.GetArgument<List<AwardOrder>?>("orderBy"));

                // One statement: the page with each award's places joined (and the total when selected), reading
                // only the columns the selection shows of them. Whole places prime the loaders; narrow ones are held
                // for their own award only.
                var (community, districtAtAward) = AwardPlaces.Needed(ctx);
                var primed = new PrimedLoaders(ctx, districtAtAward);
                var joined = ctx.Service<JoinedRows>();
                joined.Reserve(page.First ?? page.Last ?? PageRequest.DefaultPageSize);

                // Read with asOf, each award is marked with its edition and gets an ID of its own (ADR-025).
                var named = ctx.GetArgument<EditionRef?>(EditionScope.ArgumentName) is not null;
                return await page.ExecuteAsync(ordered, AwardPlaces.Projection(community, districtAtAward), countQuery: awards, row =>
                {
                    primed.Prime(row);
                    var award = named ? row.Award.AsReadFrom(edition) : row.Award.AsPublishedIn(edition);
                    joined.Hold(award, row);
                    return award;
                }, ctx.CancellationToken);
            });
    }

    // Whole places read with a page answer the loaders of the same request; narrow ones never do.
    private sealed class PrimedLoaders(IResolveFieldContext ctx, PlaceRead districtAtAward)
    {
        private readonly CommunityByIdDataLoader _communities = ctx.Service<CommunityByIdDataLoader>();
        private readonly StreetByIdDataLoader _streets = ctx.Service<StreetByIdDataLoader>();
        private readonly DistrictByStreetIdDataLoader _districtsByStreet = ctx.Service<DistrictByStreetIdDataLoader>();
        private readonly DistrictByIdDataLoader _districts = ctx.Service<DistrictByIdDataLoader>();

        public void Prime(AwardWithPlaces row)
        {
            if (row is { Community: { } community, Street: { } street, District: { } district })
            {
                _communities.Prime(community.Id, community);
                _streets.Prime(street.Id, street);
                _districtsByStreet.Prime(street.Id, district);
                _districts.Prime(district.Id, district);
            }

            if (districtAtAward == PlaceRead.Whole && row.DistrictAtAward is { } madeIn)
            {
                _districts.Prime(madeIn.Id, madeIn);
            }
        }
    }

    // The filter's selectors, built once: a lambda written in place is a new expression tree on every request.
    private static readonly Expression<Func<Award, TitleLevel>> LevelOf = a => a.Level;
    private static readonly Expression<Func<Award, int>> YearOf = a => a.Year;
    private static readonly Expression<Func<Award, string>> DistrictAtAwardCodeOf = a => a.DistrictAtAward!.Code;
    private static readonly Expression<Func<Award, string>> DistrictCodeOf = a => a.Community!.Street!.District!.Code;
    private static readonly Expression<Func<Award, CommunityKind>> CommunityKindOf = a => a.Community!.Kind;
    private static readonly Expression<Func<Award, string>> CommunityCodeOf = a => a.Community!.Code;
    private static readonly Expression<Func<Award, string>> NameZhOf = a => a.Community!.Name.Zh;
    private static readonly Expression<Func<Award, string>> NameEnOf = a => a.Community!.Name.En;

    /// <summary>Applies an award filter to the awards of edition <paramref name="edition"/> (revocations as it showed them).</summary>
    public static IQueryable<Award> Filter(IQueryable<Award> awards, AwardFilter? filter, int edition = int.MaxValue)
    {
        if (filter is null)
        {
            return awards;
        }

        awards = awards
            .Where(filter.Level, LevelOf)
            .Where(filter.Year, YearOf)
            .Where(filter.DistrictAtAward, DistrictAtAwardCodeOf)
            .Where(filter.District, DistrictCodeOf)
            .Where(filter.CommunityKind, CommunityKindOf)
            .Where(filter.Community, CommunityCodeOf)
            .WhereEither(filter.Name, NameZhOf, NameEnOf);
        if (filter.Campaign is { } campaign)
        {
            var campaignId = GlobalId.DecodeOf(CampaignType.TypeName, campaign);
            awards = awards.Where(a => a.CampaignId == campaignId);
        }

        if (filter.Revoked is { } revoked)
        {
            awards = revoked
                ? awards.Where(a => a.Revocation != null && a.RevokedInEdition <= edition)
                : awards.Where(a => a.Revocation == null || a.RevokedInEdition > edition);
        }

        return awards;
    }

    private static IOrderedQueryable<Award> Order(IQueryable<Award> awards, List<AwardOrder>? orderBy)
    {
        var keys = orderBy is { Count: > 0 }
            ? OrderKeys.Check(orderBy, new AwardOrder())
            : [new AwardOrder { Field = AwardOrderField.Year, Direction = OrderDirection.Desc }, new AwardOrder { Field = AwardOrderField.Name }];
        IOrderedQueryable<Award>? ordered = null;
        foreach (var key in keys)
        {
            var descending = key.Direction == OrderDirection.Desc;
            ordered = key.Field switch
            {
                AwardOrderField.Name => ordered.ThenOrFirst(awards, a => a.Community!.Name.En, descending),
                AwardOrderField.NameZh => ordered.ThenOrFirst(awards, a => a.Community!.Name.Zh, descending),
                AwardOrderField.Score => ordered.ThenOrFirst(awards, a => a.Score ?? (descending ? -1m : 1000m), descending),
                AwardOrderField.AwardedOn => ordered.ThenOrFirst(awards, a => a.AwardedOn, descending),
                _ => ordered.ThenOrFirst(awards, a => a.Year, descending),
            };
        }

        // The ID breaks remaining ties, so cursors stay stable between pages.
        return ordered!.ThenBy(a => a.Id);
    }
}
