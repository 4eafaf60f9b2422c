using GraphQL.Builders;
using GraphQL.Types;

namespace GreenCommunity.Api.GraphQL.Relay;

/// <summary>A Relay connection type named after its node type, e.g. <c>AwardConnection</c>.</summary>
/// <typeparam name="TNodeGraphType">The node's graph type.</typeparam>
/// <typeparam name="TNode">The node's CLR type.</typeparam>
public class ConnectionGraphType<TNodeGraphType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeGraphType : IGraphType
{
    /// <summary>Defines the connection's fields.</summary>
    public ConnectionGraphType()
    {
        var nodeName = GraphTypeNames.Of<TNodeGraphType>();
        Name = nodeName + "Connection";
        Description = $"A page of {nodeName} items, with cursors for the next and previous pages.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType, TNode>>>>>("edges")
            .Description("The items of the page with their cursors.")
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The items of the page, without cursors.")
            .Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Where the page sits in the whole list.")
            .Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("The number of items in the whole list, across all pages.")
            .Resolve(ctx => ctx.Source.TotalCount);
    }
}

/// <summary>An edge type named after its node type, e.g. <c>AwardEdge</c>.</summary>
/// <typeparam name="TNodeGraphType">The node's graph type.</typeparam>
/// <typeparam name="TNode">The node's CLR type.</typeparam>
public class EdgeGraphType<TNodeGraphType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeGraphType : IGraphType
{
    /// <summary>Defines the edge's fields.</summary>
    public EdgeGraphType()
    {
        var nodeName = GraphTypeNames.Of<TNodeGraphType>();
        Name = nodeName + "Edge";
        Description = $"{("AEIOU".Contains(nodeName[0], StringComparison.Ordinal) ? "An" : "A")} {nodeName} with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("An opaque cursor for this position; pass it as 'after' or 'before'.")
            .Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node")
            .Description("The item.")
            .Resolve(ctx => ctx.Source.Node);
    }
}

/// <summary>The Relay <c>PageInfo</c> type.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in the whole list.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when items follow this page.").Resolve(ctx => ctx.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("True when items precede this page.").Resolve(ctx => ctx.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("The cursor of the first item of the page.").Resolve(ctx => ctx.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("The cursor of the last item of the page.").Resolve(ctx => ctx.Source.EndCursor);
    }
}

/// <summary>Adds the Relay paging arguments to connection fields.</summary>
public static class PagingArguments
{
    /// <summary>Adds <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c>.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<IntGraphType>("first", $"Return the first n items (0..{PageRequest.MaxPageSize}; {PageRequest.DefaultPageSize} when neither first nor last is given).")
            .Argument<StringGraphType>("after", "Return items after this cursor.")
            .Argument<IntGraphType>("last", $"Return the last n items (0..{PageRequest.MaxPageSize}).")
            .Argument<StringGraphType>("before", "Return items before this cursor.");
    }
}

/// <summary>Reads the GraphQL name a graph type class declares.</summary>
internal static class GraphTypeNames
{
    public static string Of<TGraphType>()
        where TGraphType : IGraphType
    {
        var name = typeof(TGraphType).Name;
        return name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4] : name;
    }
}
