using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Editions;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Infrastructure.Queries;

namespace GreenCommunity.Api.Features.Organisations;

/// <summary>Root field <c>organisations</c>.</summary>
public static class OrganisationQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<OrganisationConnectionType>>("organisations")
            .Description("The bodies that run the programme: city organisers, district and street leading groups, partner departments. Published ones only, city first, then by district and code.")
            .Paged()
            .Argument<OrganisationFilterType>("where", "Conditions every organisation returned meets.")
            .ResolveAsync(async ctx =>
            {
                var (edition, page) = await EditionScope.ResolveAsync(ctx, PageRequest.From(ctx));
                var filter = ctx.GetArgument<OrganisationFilter?>("where");
                var organisations = ctx.Db().OrganisationsAsOf(edition);
                if (filter is not null)
                {
                    organisations = organisations
                        .Where(filter.Code, o => o.Code)
                        .WhereEither(filter.Name, o => o.Name.Zh, o => o.Name.En)
                        .Where(filter.Level, o => o.Level)
                        .Where(filter.Role, o => o.Role);
                    if (filter.District is not null)
                    {
                        var db = ctx.Db();
                        var districtIds = db.Districts.Where(filter.District, d => d.Code).Select(d => d.Id);
                        organisations = organisations.Where(o => o.DistrictId != null && districtIds.Contains(o.DistrictId.Value));
                    }
                }

                return await page.ExecuteAsync(organisations.OrderBy(o => o.DistrictId != null).ThenBy(o => o.DistrictId).ThenBy(o => o.Code).ThenBy(o => o.Id), ctx.CancellationToken);
            });
    }
}
