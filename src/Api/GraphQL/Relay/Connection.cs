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
            edges[i] = new Edge<TNode>(Edges[i].Cursor, map(Edges[i].Node));
        }

        return new Connection<TNode>(edges, PageInfo, TotalCount);
    }
}

/// <summary>A node with its cursor.</summary>
/// <typeparam name="T">The node type.</typeparam>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>Where a page sits in the whole list.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
