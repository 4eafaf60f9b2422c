using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Geography;

/// <summary>Root fields for districts.</summary>
public static class GeographyQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DistrictType>>>>("districts")
            .Description("Current districts by code; includeFormer adds merged-away ones (Dongshan, Fangcun).")
            .Argument<BooleanGraphType>("includeFormer", "Also list districts that have merged away.", a => a.DefaultValue = false)
            .ResolveAsync(async ctx =>
            {
                var includeFormer = ctx.GetArgument("includeFormer", false);
                return await ctx.Db().Districts
                    .Where(d => includeFormer || d.EffectiveTo == null)
                    .OrderBy(d => d.Code)
                    .ToListAsync(ctx.CancellationToken);
            });
        query.Field<DistrictType>("district")
            .Description("A district, current or former, by its administrative code (e.g. 440104 for Yuexiu).")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The GB/T 2260 code.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                return await ctx.Db().Districts.FirstOrDefaultAsync(d => d.Code == code, ctx.CancellationToken);
            });
    }
}
