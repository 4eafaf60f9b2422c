using System.Buffers.Text;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using GraphQL;
using GreenCommunity.Api.GraphQL.Errors;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.GraphQL.Relay;

/// <summary>
/// The paging arguments of a connection field (<c>first/after/last/before</c>), checked, and the slicing
/// they imply. Cursors are opaque; they encode the position in the ordered list and, for lists of published data,
/// the edition the list was read from (ADR-014): the next page is read from the same edition, so publications
/// between two pages cannot shift, repeat or skip items, whatever the ordering.
/// </summary>
public sealed record PageRequest(int? First, int? After, int? Last, int? Before)
{
    /// <summary>The edition the cursors given were issued for, when they were issued for one.</summary>
    public int? CursorEdition { get; init; }

    /// <summary>The edition the page is read from; its cursors carry it.</summary>
    public int? Edition { get; init; }

    /// <summary>Page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxPageSize = 100;

    private const string CursorPrefix = "pos:";

    private const string EditionPrefix = "ed:";

    /// <summary>Reads and checks the paging arguments of <paramref name="context"/>.</summary>
    public static PageRequest From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        CheckSize("first", first);
        CheckSize("last", last);
        if (first is not null && last is not null)
        {
            throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, "Pass either 'first' or 'last', not both.");
        }

        (int? Edition, int? Position) afterCursor = after is null ? (null, null) : DecodeCursor(after);
        (int? Edition, int? Position) beforeCursor = before is null ? (null, null) : DecodeCursor(before);
        var (afterEdition, afterPosition) = afterCursor;
        var (beforeEdition, beforePosition) = beforeCursor;
        if (after is not null && before is not null && afterEdition != beforeEdition)
        {
            throw GraphQLErrors.WithCode(ErrorCodes.InvalidCursor, "'after' and 'before' come from different editions of the list.");
        }

        return new PageRequest(first, afterPosition, last, beforePosition)
        {
            CursorEdition = afterEdition ?? beforeEdition,
            TotalSelected = context.SubFields is not { } fields || fields.Values.Any(f => f.FieldType.Name == TotalCountField),
        };
    }

    /// <summary>False when the selection does not ask for <c>totalCount</c>: then no count is run for a forward page.</summary>
    public bool TotalSelected { get; init; } = true;

    private const string TotalCountField = "totalCount";

    /// <summary>The cursor of the item at <paramref name="position"/> (0-based) in the ordered list.</summary>
    public static string EncodeCursor(int position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(CursorPrefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The cursor of the item at <paramref name="position"/> in the list as edition <paramref name="edition"/> published it.</summary>
    public static string EncodeCursor(int edition, int position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{EditionPrefix}{edition}:{CursorPrefix}{position}")));

    /// <summary>The window [start, start+count) of a list of <paramref name="total"/> items that this request selects.</summary>
    public (int Start, int Count) Window(int total)
    {
        var lower = After is { } a ? Math.Min(a + 1, total) : 0;
        var upper = Before is { } b ? Math.Clamp(b, lower, total) : total;
        if (Last is { } last)
        {
            var start = Math.Max(lower, upper - last);
            return (start, upper - start);
        }

        var count = Math.Min(First ?? DefaultPageSize, upper - lower);
        return (lower, count);
    }

    /// <summary>
    /// Runs the request on an ordered query in one SQL statement where one will do: a forward page (<c>first</c>,
    /// <c>after</c>) carries its total as a scalar subquery of the same statement when <c>totalCount</c> is selected,
    /// and reads one row more than the page otherwise (to know whether there is a next page). A backward page
    /// (<c>last</c>) needs the total first: a COUNT, then the page.
    /// </summary>
    public Task<Connection<T>> ExecuteAsync<T>(IQueryable<T> orderedQuery, CancellationToken cancellationToken) =>
        ExecuteAsync(orderedQuery, item => item, cancellationToken);

    /// <summary>
    /// As <see cref="ExecuteAsync{T}(IQueryable{T}, CancellationToken)"/>, reading each item of the page through
    /// <paramref name="projection"/> (the columns and joined rows the selection needs); the total counts
    /// <paramref name="orderedQuery"/> itself, without the projection's joins.
    /// </summary>
    public Task<Connection<TRow>> ExecuteAsync<T, TRow>(IQueryable<T> orderedQuery, Expression<Func<T, TRow>> projection, CancellationToken cancellationToken) =>
        ExecuteAsync(orderedQuery, projection, countQuery: null, cancellationToken);

    /// <summary>
    /// As the overload without <paramref name="countQuery"/>, but the total counts <paramref name="countQuery"/> when
    /// given: the same rows before they were ordered (an order by a related row's column joins that row, and such a
    /// join does not change the count).
    /// </summary>
    public Task<Connection<TRow>> ExecuteAsync<T, TRow>(IQueryable<T> orderedQuery, Expression<Func<T, TRow>> projection, IQueryable<T>? countQuery, CancellationToken cancellationToken) =>
        ExecuteAsync(orderedQuery, projection, countQuery, static row => row, cancellationToken);

    /// <summary>
    /// As the overload without <paramref name="node"/>, each row read turned into its edge's node by
    /// <paramref name="node"/> as the page is built (no second page of edges to map into).
    /// </summary>
    public async Task<Connection<TNode>> ExecuteAsync<T, TRow, TNode>(IQueryable<T> orderedQuery, Expression<Func<T, TRow>> projection, IQueryable<T>? countQuery, Func<TRow, TNode> node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orderedQuery);
        ArgumentNullException.ThrowIfNull(node);
        var counted = countQuery ?? orderedQuery;
        if (Last is not null)
        {
            var total = await counted.CountAsync(cancellationToken);
            var (start, count) = Window(total);
            var items = count == 0 ? [] : await orderedQuery.Skip(start).Take(count).Select(projection).ToListAsync(cancellationToken);
            return Build(items, items.Count, node, start, total);
        }

        var lower = After is { } a ? a + 1 : 0;
        var size = Math.Max(0, Math.Min(First ?? DefaultPageSize, Before is { } b ? b - lower : int.MaxValue));
        if (TotalSelected)
        {
            var rows = size == 0 ? [] : await orderedQuery.Skip(lower).Take(size).Select(projection)
                .Select(item => new PageRow<TRow>(item, counted.Count())).ToListAsync(cancellationToken);

            // An empty page says nothing about the total: count it (page size 0, or a position past the end).
            var total = rows.Count > 0 ? rows[0].Total : lower == 0 && size > 0 ? 0 : await counted.CountAsync(cancellationToken);
            return Build(rows, rows.Count, r => node(r.Item), Math.Min(lower, total), total);
        }

        var read = await orderedQuery.Skip(lower).Take(size + 1).Select(projection).ToListAsync(cancellationToken);
        var more = read.Count > size;
        var shown = more ? size : read.Count;

        // Without a count, the total is only known to lie beyond the page when there are more rows; it is not shown.
        return Build(read, shown, node, lower, more ? int.MaxValue : lower + shown);
    }

    private sealed record PageRow<T>(T Item, int Total);

    /// <summary>Slices an in-memory list already in order (used for lists loaded in batches).</summary>
    public Connection<T> Slice<T>(IReadOnlyList<T> ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var (start, count) = Window(ordered.Count);
        var items = ordered.Skip(start).Take(count).ToList();
        return Build(items, items.Count, static item => item, start, ordered.Count);
    }

    // The first count items, each turned into its node by node, as edges from position start.
    private Connection<TNode> Build<TItem, TNode>(IReadOnlyList<TItem> items, int count, Func<TItem, TNode> node, int start, int total)
    {
        var edges = new Edge<TNode>[count];
        for (var i = 0; i < count; i++)
        {
            edges[i] = new Edge<TNode>(new ListPosition(Edition, start + i), node(items[i]));
        }

        var upper = Before is { } b ? Math.Min(b, total) : total;
        var lower = After is { } a ? a + 1 : 0;
        var pageInfo = new PageInfo(
            HasNextPage: start + edges.Length < upper,
            HasPreviousPage: start > lower,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection<TNode>(edges, pageInfo, total);
    }

    private static void CheckSize(string name, int? size)
    {
        if (size is < 0 or > MaxPageSize)
        {
            throw GraphQLErrors.WithCode(
                ErrorCodes.PageSizeOutOfRange,
                $"'{name}' must be between 0 and {MaxPageSize}; it was {size}. Page through larger lists with cursors, or use the bulk downloads.");
        }
    }

    private static (int? Edition, int Position) DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            int? edition = null;
            if (text.StartsWith(EditionPrefix, StringComparison.Ordinal) && text.IndexOf(':', EditionPrefix.Length) is var colon and > 0
                && int.TryParse(text.AsSpan(EditionPrefix.Length, colon - EditionPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                edition = number;
                text = text[(colon + 1)..];
            }

            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                return (edition, position);
            }
        }
        catch (FormatException)
        {
        }

        throw GraphQLErrors.WithCode(ErrorCodes.InvalidCursor, $"'{cursor}' is not a cursor issued by this API.");
    }
}
