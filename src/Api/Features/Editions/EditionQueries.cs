using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Errors;
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
        query.Field<NonNullGraphType<EditionDiffType>>("editionDiff")
            .Description("What changed between any two editions, by comparing what each lists: awards added, revoked or withdrawn, values added, corrected or withdrawn. 'from' must not be later than 'to'; the same edition twice gives no changes.")
            .Argument<NonNullGraphType<EditionRefType>>("from", "The earlier edition.")
            .Argument<NonNullGraphType<EditionRefType>>("to", "The later edition.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.Db();
                var from = await EditionScope.FindAsync(db, ctx.GetArgument<EditionRef>("from"), ctx.CancellationToken);
                var to = await EditionScope.FindAsync(db, ctx.GetArgument<EditionRef>("to"), ctx.CancellationToken);
                if (from > to)
                {
                    throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, $"'from' (edition {from}) is later than 'to' (edition {to}); swap them.");
                }

                var editions = await db.PublishedEditions().Where(e => e.Number == from || e.Number == to).ToListAsync(ctx.CancellationToken);
                var entries = await EditionDiffs.EntriesAsync(db, from, to, ctx.CancellationToken);
                return new EditionDiff(editions.First(e => e.Number == from), editions.First(e => e.Number == to), entries);
            });
    }
}
