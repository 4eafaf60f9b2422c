using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
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
            .Description("Every published version of the scoring standard, by code and version; city administrators also see drafts.")
            .ResolveAsync(async ctx => await Complete(Visible(ctx)).OrderBy(s => s.Code).ThenBy(s => s.Version).ToListAsync(ctx.CancellationToken));
        query.Field<CriteriaSchemeType>("criteriaScheme")
            .Description("One scheme version by code; the latest published version when no version is given. A draft only for city administrators.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The scheme's code, e.g. GC-CRITERIA.")
            .Argument<IntGraphType>("version", "The version; the latest published when omitted.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                var version = ctx.GetArgument<int?>("version");
                return await Complete(Visible(ctx))
                    .Where(s => s.Code == code && (version == null ? s.PublishedOn != null : s.Version == version))
                    .OrderByDescending(s => s.Version)
                    .FirstOrDefaultAsync(ctx.CancellationToken);
            });
        query.Field<CriteriaSchemeDiffType>("criteriaSchemeDiff")
            .Description("What changed from one version of a scheme to another: sections and indicators added or removed, indicators re-weighted, gates added, removed or changed, pass marks changed. Null when either version does not exist or you may not see it.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The scheme's code.")
            .Argument<IntGraphType>("from", "The earlier version; by default the version `to` was drafted from, else the one before it.")
            .Argument<NonNullGraphType<IntGraphType>>("to", "The later version.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                var to = await Complete(Visible(ctx)).FirstOrDefaultAsync(s => s.Code == code && s.Version == ctx.GetArgument<int>("to"), ctx.CancellationToken);
                if (to is null)
                {
                    return null;
                }

                var fromVersion = ctx.GetArgument<int?>("from") ?? to.BasedOnVersion ?? to.Version - 1;
                var from = await Complete(Visible(ctx)).FirstOrDefaultAsync(s => s.Code == code && s.Version == fromVersion, ctx.CancellationToken);
                return from is null ? null : CriteriaSchemeDiff.Between(from, to);
            });
    }

    /// <summary>The scheme versions the caller may see: published ones, and drafts for city administrators.</summary>
    internal static IQueryable<CriteriaScheme> Visible(IResolveFieldContext context) =>
        ActorClaims.From(context.User)?.Is(Role.CityAdmin) == true ? context.Db().CriteriaSchemes : context.Db().CriteriaSchemes.Where(s => s.PublishedOn != null);

    /// <summary>A section by ID, when the caller may see its scheme version.</summary>
    internal static Task<CriteriaSection?> SectionAsync(IResolveFieldContext context, int id)
    {
        var visible = Visible(context);
        return context.Db().CriteriaSections.Include(s => s.Indicators)
            .Where(s => s.Id == id && visible.Any(v => v.Id == s.SchemeId))
            .FirstOrDefaultAsync(context.CancellationToken);
    }

    /// <summary>An indicator by ID, when the caller may see its scheme version.</summary>
    internal static Task<Indicator?> IndicatorAsync(IResolveFieldContext context, int id)
    {
        var visible = Visible(context);
        var sections = context.Db().CriteriaSections.Where(s => visible.Any(v => v.Id == s.SchemeId));
        return context.Db().Indicators
            .Where(i => i.Id == id && sections.Any(s => s.Id == i.SectionId))
            .FirstOrDefaultAsync(context.CancellationToken);
    }

    /// <summary>Schemes with everything a scheme field can show, in one split query.</summary>
    internal static IQueryable<CriteriaScheme> Complete(IQueryable<CriteriaScheme> schemes) =>
        schemes.Include(s => s.Sections).ThenInclude(s => s.Indicators).Include(s => s.Gates).AsSplitQuery();

    /// <summary>Schemes with everything a scheme field can show, in one split query.</summary>
    internal static IQueryable<CriteriaScheme> Complete(GreenCommunityDbContext db) => Complete(db.CriteriaSchemes);
}
