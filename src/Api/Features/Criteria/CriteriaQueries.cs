using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Criteria;

/// <summary>Root fields for criteria schemes.</summary>
public static class CriteriaQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriteriaSchemeType>>>>("criteriaSchemes")
            .Description("Every published version of the scoring standard, by code and version.")
            .ResolveAsync(async ctx => await Complete(ctx.Db()).OrderBy(s => s.Code).ThenBy(s => s.Version).ToListAsync(ctx.CancellationToken));
        query.Field<CriteriaSchemeType>("criteriaScheme")
            .Description("One scheme version by code; the latest version when no version is given.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The scheme's code, e.g. GC-CRITERIA.")
            .Argument<IntGraphType>("version", "The version; the latest when omitted.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                var version = ctx.GetArgument<int?>("version");
                return await Complete(ctx.Db())
                    .Where(s => s.Code == code && (version == null || s.Version == version))
                    .OrderByDescending(s => s.Version)
                    .FirstOrDefaultAsync(ctx.CancellationToken);
            });
    }

    /// <summary>Schemes with everything a scheme field can show, in one split query.</summary>
    internal static IQueryable<CriteriaScheme> Complete(GreenCommunityDbContext db) =>
        db.CriteriaSchemes.Include(s => s.Sections).ThenInclude(s => s.Indicators).Include(s => s.Gates).AsSplitQuery();
}
