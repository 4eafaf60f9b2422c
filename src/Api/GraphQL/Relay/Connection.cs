namespace GreenCommunity.Api.GraphQL.Relay;

/// <summary>One page of a list, with the Relay cursor fields.</summary>
/// <typeparam name="T">The node type.</typeparam>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    /// <summary>The nodes of the page, without cursors.</summary>
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>The same page with each node replaced by <paramref name="map"/>'s result (cursors unchanged).</summary>
    public Connection<T> Map(Func<T, T> map) => this with { Edges = [.. Edges.Select(e => e with { Node = map(e.Node) })] };
}

/// <summary>A node with its cursor.</summary>
/// <typeparam name="T">The node type.</typeparam>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>Where a page sits in the whole list.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
