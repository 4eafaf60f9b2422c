using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Editions;

/// <summary>Root fields for editions.</summary>
public static class EditionQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<EditionConnectionType>>("editions")
            .Description("Citable, immutable editions of the published data, newest first.")
            .Paged()
            .ResolveAsync(async ctx => await PageRequest.From(ctx).ExecuteAsync(ctx.Db().PublishedEditions().OrderByDescending(e => e.Number), ctx.CancellationToken));
        query.Field<EditionType>("edition")
            .Description("One edition by number or date; the latest when neither is given.")
            .Argument<EditionRefType>("ref", "The edition; the latest when omitted.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Db();
                var reference = ctx.GetArgument<EditionRef?>("ref");
                var number = reference is null ? await EditionScope.LatestAsync(db, ctx.CancellationToken) : await EditionScope.FindAsync(db, reference, ctx.CancellationToken);
                return await db.PublishedEditions().FirstOrDefaultAsync(e => e.Number == number, ctx.CancellationToken);
            });
    }
}
