using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Geography;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Communities;

/// <summary>Root fields for communities.</summary>
public static class CommunityQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<CommunityConnectionType>>("communities")
            .Description("Communities, filtered and sorted; by English name when no order is given.")
            .Paged()
            .Argument<CommunityFilterType>("where", "Conditions every community returned meets.")
            .Argument<ListGraphType<NonNullGraphType<CommunityOrderType>>>("orderBy", "Sort keys, most significant first.")
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var query = Filter(ctx.Db().Communities, ctx.GetArgument<CommunityFilter?>("where"));
                var ordered = Order(query, ctx.GetArgument<List<CommunityOrder>?>("orderBy"));
                return await page.ExecuteAsync(ordered, ctx.CancellationToken);
            });
        query.Field<CommunityType>("community")
            .Description("One community by global ID or by its code; give exactly one of them. With asOf (or an ID read with asOf), its awards and values answer exactly as that edition published them.")
            .Argument<IdGraphType>("id", "The community's global ID.")
            .Argument<StringGraphType>("code", "The community's code, e.g. YX-QIAOYUAN.")
            .Argument<EditionRefType>(EditionScope.ArgumentName, "Read the community's awards and values exactly as an edition published them (by number or date). Its own attributes are reference data: always the current state.")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string?>("id");
                var code = ctx.GetArgument<string?>("code");
                if ((id is null) == (code is null))
                {
                    throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, "Give exactly one of 'id' or 'code'.");
                }

                int? edition = ctx.GetArgument<EditionRef?>(EditionScope.ArgumentName) is { } asOf
                    ? await EditionScope.FindAsync(ctx.Db(), asOf, ctx.CancellationToken)
                    : null;
                Community? community;
                if (id is not null)
                {
                    var key = GlobalId.DecodeOf(CommunityType.TypeName, id);
                    if (edition is null && GlobalId.TryDecodeQualified(id)?.Edition is { } qualified)
                    {
                        edition = await EditionScope.FindAsync(ctx.Db(), new EditionRef { Number = qualified }, ctx.CancellationToken);
                    }

                    community = await ctx.Service<CommunityByIdDataLoader>().Load(key).GetResultAsync(ctx.CancellationToken);
                }
                else
                {
                    community = await ctx.Db().Communities.FirstOrDefaultAsync(c => c.Code == code, ctx.CancellationToken);
                }

                return edition is { } number ? community?.AsReadFrom(number) : community;
            });
    }

    private static IQueryable<Community> Filter(IQueryable<Community> query, CommunityFilter? filter)
    {
        if (filter is null)
        {
            return query;
        }

        query = query
            .Where(filter.District, c => c.Street!.District!.Code)
            .Where(filter.Street, c => c.Street!.Code)
            .Where(filter.Code, c => c.Code)
            .WhereEither(filter.Name, c => c.Name.Zh, c => c.Name.En)
            .Where(filter.Kind, c => c.Kind)
            .Where(filter.CoBuiltWith, c => c.CoBuiltWith);
        if (filter.Gated is { } gated)
        {
            query = query.Where(c => c.Gated == gated);
        }

        if (filter.CommercialEstate is { } commercial)
        {
            query = query.Where(c => c.CommercialEstate == commercial);
        }

        if (filter.Households is not null)
        {
            query = query.Where(c => c.Households != null).Where(filter.Households, c => c.Households!.Value);
        }

        return query;
    }

    private static IOrderedQueryable<Community> Order(IQueryable<Community> query, List<CommunityOrder>? orderBy)
    {
        IOrderedQueryable<Community>? ordered = null;
        foreach (var key in OrderKeys.Check(orderBy, new CommunityOrder { Field = CommunityOrderField.Name }))
        {
            var descending = key.Direction == OrderDirection.Desc;
            ordered = key.Field switch
            {
                CommunityOrderField.NameZh => ordered.ThenOrFirst(query, c => c.Name.Zh, descending),
                CommunityOrderField.Code => ordered.ThenOrFirst(query, c => c.Code, descending),
                CommunityOrderField.Households => ordered.ThenOrFirst(query, c => c.Households ?? (descending ? int.MinValue : int.MaxValue), descending),
                _ => ordered.ThenOrFirst(query, c => c.Name.En, descending),
            };
        }

        // The ID breaks remaining ties, so cursors stay stable between pages.
        return ordered!.ThenBy(c => c.Id);
    }
}
