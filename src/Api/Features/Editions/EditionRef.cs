using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Caching;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Campaigns;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.Features.Editions;

/// <summary>An edition named by its number or by a date (the last edition published on or before that day, UTC).</summary>
public sealed class EditionRef
{
    /// <summary>The edition's number.</summary>
    public int? Number { get; set; }

    /// <summary>A day: the last edition published on or before it.</summary>
    public DateOnly? Date { get; set; }
}

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
            edition = await context.RequestServices!.GetRequiredService<LatestEdition>().GetAsync(db, context.CancellationToken);
        }

        return (edition, page with { Edition = edition });
    }

    /// <summary>
    /// True when <paramref name="edition"/> is the latest edition as of the current publication generation, so a
    /// list read from it needs no edition predicate.
    /// </summary>
    public static bool IsLatest(IResolveFieldContext context, int edition)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices!.GetRequiredService<LatestEdition>().IsCurrent(edition);
    }

    /// <summary>
    /// The edition the nearest published object at or above the field (an award, community, campaign or value) was
    /// read from (ADR-028): nested lists and fields under an <c>asOf</c> read answer as that edition stood. Null under a
    /// current read. Reference objects between (a district, a street) are the current state and pass the question up.
    /// </summary>
    public static int? Of(IResolveFieldContext context)
    {
        for (var current = context; current is not null; current = current.Parent)
        {
            if (current.Source is IReadFromEdition read)
            {
                return read.ReadFromEdition;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="value"/> as the edition <paramref name="parent"/> was read from stood: a marked copy under an
    /// asOf read, the value itself otherwise (or when it is null).
    /// </summary>
    public static Community? Mark(Community? value, IReadFromEdition parent) =>
        value is not null && parent?.ReadFromEdition is { } edition ? value.AsReadFrom(edition) : value;

    /// <inheritdoc cref="Mark(Community?, IReadFromEdition)"/>
    public static Campaign? Mark(Campaign? value, IReadFromEdition parent) =>
        value is not null && parent?.ReadFromEdition is { } edition ? value.AsReadFrom(edition) : value;

    /// <summary>The global ID of <paramref name="source"/>: edition-qualified when it was read from an edition (ADR-025).</summary>
    public static string IdOf(string typeName, int id, IReadFromEdition source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.ReadFromEdition is { } edition ? GlobalId.Encode(typeName, id, edition) : GlobalId.Encode(typeName, id);
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

/// <summary>
/// The latest edition's number, kept in memory and read again from the database only when the publication
/// generation (<see cref="ICacheGeneration"/>: every committed write advances it, on every replica when Redis is
/// configured) has moved, or after <c>Caching:PublicResultsSeconds</c> for editions sealed outside the API, as the
/// public result cache does (ADR-030). Spares every list of published data a <c>max(number)</c> query.
/// </summary>
public sealed class LatestEdition(ICacheGeneration generation, TimeProvider clock, IOptions<PublicResultCacheOptions> options)
{
    private Entry? _entry;

    /// <summary>True when the number held is <paramref name="edition"/> and still valid (same generation, within its lifetime).</summary>
    public bool IsCurrent(int edition) => Valid(Volatile.Read(ref _entry), generation.Current, clock.GetTimestamp()) is { } entry && entry.Edition == edition;

    /// <summary>The latest edition's number (0 when nothing was ever published).</summary>
    public async ValueTask<int> GetAsync(GreenCommunityDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // The generation is read before the database: a write committed in between leaves an entry under the older
        // generation, which the next request reads again.
        var current = generation.Current;
        var now = clock.GetTimestamp();
        if (Valid(Volatile.Read(ref _entry), current, now) is { } entry)
        {
            return entry.Edition;
        }

        var edition = await EditionScope.LatestAsync(db, cancellationToken);
        Volatile.Write(ref _entry, current is { } read ? new Entry(read, edition, now) : null);
        return edition;
    }

    private Entry? Valid(Entry? entry, long? current, long now) =>
        current is { } held && entry is not null && entry.Generation == held && clock.GetElapsedTime(entry.ReadAt, now) < options.Value.Lifetime ? entry : null;

    private sealed record Entry(long Generation, int Edition, long ReadAt);
}

/// <summary>A key of a loader that reads from an edition: the record's key and the edition's number.</summary>
/// <param name="Id">The key (e.g. a community's ID).</param>
/// <param name="Edition">The edition's number.</param>
public readonly record struct EditionKey(int Id, int Edition);
