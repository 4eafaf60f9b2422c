namespace GreenCommunity.Api.GraphQL.Relay;

/// <summary>One page of a list, with the Relay cursor fields.</summary>
/// <typeparam name="T">The node type.</typeparam>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    /// <summary>The nodes of the page, without cursors.</summary>
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>The same page with each node replaced by <paramref name="map"/>'s result (cursors unchanged).</summary>
    public Connection<T> Map(Func<T, T> map) => this with { Edges = [.. Edges.Select(e => e with { Node = map(e.Node) })] };

    /// <summary>The same page with each node (a row read for the page) turned into <paramref name="map"/>'s result.</summary>
    public Connection<TNode> Map<TNode>(Func<T, TNode> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var edges = new Edge<TNode>[Edges.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new Edge<TNode>(Edges[i].Position, map(Edges[i].Node));
        }

        return new Connection<TNode>(edges, PageInfo, TotalCount);
    }
}

/// <summary>A node with its place in the list; the cursor is encoded only when a client selects it.</summary>
/// <typeparam name="T">The node type.</typeparam>
public sealed record Edge<T>(ListPosition Position, T Node)
{
    /// <summary>The opaque cursor of the node's position.</summary>
    public string Cursor => Position.Cursor;
}

/// <summary>A position in a list (0-based), in the list as edition <see cref="Edition"/> published it when one is named.</summary>
public readonly record struct ListPosition(int? Edition, int Index)
{
    /// <summary>The opaque cursor of the position.</summary>
    public string Cursor => Edition is { } edition ? PageRequest.EncodeCursor(edition, Index) : PageRequest.EncodeCursor(Index);
}

/// <summary>Where a page sits in the whole list.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
