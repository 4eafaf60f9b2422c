using System.Collections;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GreenCommunity.Api.GraphQL.Limits;

/// <summary>
/// The cost of an operation, computed before execution from the document, its fragments and its variables
/// (ADR-010). Each field that returns an object costs 1 (a mutation field <see cref="RequestLimits.MutationCost"/>),
/// scalars and enums cost nothing; everything below a list counts once per item it may return: a connection's
/// children are multiplied by its <c>first</c>/<c>last</c> (or the default page size), a list argument such as
/// <c>nodes(ids:)</c> by its length, another list by <see cref="RequestLimits.UnpagedListSize"/>. Introspection is
/// free: the schema is in memory, and the depth limit bounds nesting. The result is at least 1. This is the requested
/// cost, the most the operation may incur: it gates <see cref="RequestLimits.MaxCost"/> and is reserved from the
/// budget; after execution the budget keeps only the <see cref="ActualCost"/> (ADR-022).
/// </summary>
public sealed class CostAnalysis
{
    /// <summary>The most selections one analysis visits; past it the operation is refused as too costly.</summary>
    public const int MaxVisits = 50_000;

    private readonly ValidationContext _context;
    private readonly RequestLimits _limits;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments;
    private int _visits;

    private CostAnalysis(ValidationContext context, RequestLimits limits)
    {
        _context = context;
        _limits = limits;
        _fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The operation's cost.</summary>
    public double Cost { get; private set; }

    /// <summary>The deepest field nesting, fragments expanded (root fields are at depth 1).</summary>
    public int Depth { get; private set; }

    /// <summary>True when the analysis stopped at <see cref="MaxVisits"/>: the cost is then a lower bound.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Analyses the selected operation of <paramref name="context"/>.</summary>
    public static CostAnalysis Run(ValidationContext context, RequestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(limits);
        var analysis = new CostAnalysis(context, limits);
        IComplexGraphType? root = context.Operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => null,
        };
        if (root is not null)
        {
            analysis.Visit(context.Operation.SelectionSet, root, 1, 1, context.Operation.Operation == OperationType.Mutation);
        }

        analysis.Cost = Math.Max(1, analysis.Cost);
        return analysis;
    }

    private void Visit(GraphQLSelectionSet? selections, IGraphType parent, int depth, double multiplier, bool mutationRoot)
    {
        if (selections is null)
        {
            return;
        }

        foreach (var selection in selections.Selections)
        {
            if (++_visits > MaxVisits)
            {
                Truncated = true;
                return;
            }

            if (!_context.ShouldIncludeNode(selection))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field:
                    VisitField(field, parent, depth, multiplier, mutationRoot);
                    break;
                case GraphQLInlineFragment inline:
                    Visit(inline.SelectionSet, TypeOrParent(inline.TypeCondition, parent), depth, multiplier, mutationRoot);
                    break;
                case GraphQLFragmentSpread spread when _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                    Visit(fragment.SelectionSet, TypeOrParent(fragment.TypeCondition, parent), depth, multiplier, mutationRoot);
                    break;
            }
        }
    }

    private void VisitField(GraphQLField field, IGraphType parent, int depth, double multiplier, bool mutationRoot)
    {
        Depth = Math.Max(Depth, depth);
        if (Depth > _limits.MaxDepth)
        {
            return;
        }

        var definition = FieldOf(parent, field.Name.StringValue);
        if (definition?.ResolvedType is not { } type)
        {
            return;
        }

        var named = type.GetNamedType();
        if (named.Name.StartsWith("__", StringComparison.Ordinal))
        {
            // Introspection (__schema, __type and below) reads the schema in memory: free, still bounded by depth.
            Visit(field.SelectionSet, named, depth + 1, multiplier, mutationRoot: false);
            return;
        }

        var composite = named is IComplexGraphType or IAbstractGraphType;
        if (mutationRoot)
        {
            Cost += _limits.MutationCost * multiplier;
        }
        else if (composite)
        {
            Cost += multiplier;
        }

        if (composite)
        {
            Visit(field.SelectionSet, named, depth + 1, multiplier * ItemsOf(field, definition, type, parent), mutationRoot: false);
        }
    }

    // How many items the field may return: what its children are multiplied by.
    private double ItemsOf(GraphQLField field, FieldType definition, IGraphType type, IGraphType parent)
    {
        var arguments = _context.ArgumentValues is { } values && values.TryGetValue(field, out var a) ? a : null;
        if (definition.Arguments?.Find("first") is not null || definition.Arguments?.Find("last") is not null)
        {
            var first = Number(arguments, "first");
            var last = Number(arguments, "last");
            return Math.Max(0, first ?? last ?? _limits.DefaultPageSize);
        }

        if ((type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is not ListGraphType)
        {
            return 1;
        }

        if (parent.Name.EndsWith("Connection", StringComparison.Ordinal) || type.GetNamedType().Name.StartsWith("__", StringComparison.Ordinal))
        {
            // A connection's edges and nodes are its page, already counted; introspection is in memory.
            return 1;
        }

        var listArgument = arguments?.Values.Select(v => v.Value).OfType<ICollection>().Select(c => c.Count).DefaultIfEmpty(-1).Max() ?? -1;
        return listArgument >= 0 ? listArgument : _limits.UnpagedListSize;
    }

    private static int? Number(IDictionary<string, global::GraphQL.Execution.ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) && value.Value is int n ? n : null;

    private FieldType? FieldOf(IGraphType parent, string name)
    {
        if (name == "__typename")
        {
            return _context.Schema.TypeNameMetaFieldType;
        }

        if (ReferenceEquals(parent, _context.Schema.Query))
        {
            if (name == "__schema")
            {
                return _context.Schema.SchemaMetaFieldType;
            }

            if (name == "__type")
            {
                return _context.Schema.TypeMetaFieldType;
            }
        }

        return (parent as IComplexGraphType)?.GetField(name);
    }

    private IGraphType TypeOrParent(GraphQLTypeCondition? condition, IGraphType parent) =>
        condition is not null && _context.Schema.AllTypes[condition.Type.Name] is { } type ? type : parent;
}
