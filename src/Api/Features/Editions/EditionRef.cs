using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Editions;

/// <summary>An edition named by its number or by a date (the last edition published on or before that day, UTC).</summary>
public sealed class EditionRef
{
    /// <summary>The edition's number.</summary>
    public int? Number { get; set; }

    /// <summary>A day: the last edition published on or before it.</summary>
    public DateOnly? Date { get; set; }
}

/// <summary>GraphQL <c>EditionRef</c>.</summary>
public sealed class EditionRefType : InputObjectGraphType<EditionRef>
{
    public EditionRefType()
    {
        Name = "EditionRef";
        Description = "An edition of the published data, by number ({ number: 3 }) or by date ({ date: \"2003-01-31\" }: the last edition published on or before that day, UTC). Give exactly one.";
        Field<IntGraphType>("number").Description("The edition's number.");
        Field<CalendarDateGraphType>("date").Description("A day: the last edition published on or before it (UTC).");
    }
}

/// <summary>Which edition a list of published data is read from: asOf, else the cursor's edition, else the latest.</summary>
public static class EditionScope
{
    /// <summary>The argument's name on list fields.</summary>
    public const string ArgumentName = "asOf";

    /// <summary>The description of the argument.</summary>
    public const string ArgumentDescription = "Read the list exactly as an edition published it (by number or date). Without it: the latest edition, or the edition of the cursor given.";

    /// <summary>Resolves the edition for a list field, and returns the page request bound to it (its cursors carry it).</summary>
    public static async Task<(int Edition, PageRequest Page)> ResolveAsync(IResolveFieldContext context, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(page);
        var asOf = context.GetArgument<EditionRef?>(ArgumentName);
        var db = context.Db();
        int edition;
        if (asOf is not null)
        {
            edition = await FindAsync(db, asOf, context.CancellationToken);
            if (page.CursorEdition is { } cursorEdition && cursorEdition != edition)
            {
                throw GraphQLErrors.WithCode(ErrorCodes.InvalidCursor, $"The cursor pages through edition {cursorEdition}, not edition {edition} that asOf names.");
            }
        }
        else if (page.CursorEdition is { } cursorEdition)
        {
            edition = await db.PublishedEditions().AnyAsync(e => e.Number == cursorEdition, context.CancellationToken)
                ? cursorEdition
                : throw GraphQLErrors.WithCode(ErrorCodes.InvalidCursor, "The cursor names an edition that does not exist.");
        }
        else
        {
            edition = await LatestAsync(db, context.CancellationToken);
        }

        return (edition, page with { Edition = edition });
    }

    /// <summary>The latest edition's number, or 0 when nothing was ever published.</summary>
    public static async Task<int> LatestAsync(GreenCommunityDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.PublishedEditions().MaxAsync(e => (int?)e.Number, cancellationToken) ?? 0;
    }

    /// <summary>The number of the edition <paramref name="reference"/> names; BAD_USER_INPUT when there is none.</summary>
    public static async Task<int> FindAsync(GreenCommunityDbContext db, EditionRef reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(reference);
        if ((reference.Number is null) == (reference.Date is null))
        {
            throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, "Name an edition by 'number' or by 'date', not both or neither.");
        }

        if (reference.Number is { } number)
        {
            return await db.PublishedEditions().AnyAsync(e => e.Number == number, cancellationToken)
                ? number
                : throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, $"There is no edition {number}; the latest is {await LatestAsync(db, cancellationToken)}.");
        }

        var end = reference.Date!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return await db.PublishedEditions().Where(e => e.PublishedAt < end).MaxAsync(e => (int?)e.Number, cancellationToken)
            ?? throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, $"No edition was published on or before {reference.Date:yyyy-MM-dd}.");
    }
}
