using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GreenCommunity.Api.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's serial execution, with each object type's field set collected once per request instead of once per
/// object (issue #17). The engine collects the fields of a selection set (following fragments, checking @skip and
/// @include, looking up each field's definition) for every object it completes: for a page of 100 awards with places,
/// some 900 collections of the same few selection sets. Their result depends only on the object type, the selection
/// set and the request's variables, so within one request the first collection answers for every later object.
/// </summary>
public sealed class PlannedExecutionStrategy : SerialExecutionStrategy
{
    private const string PlansKey = "GreenCommunity.FieldPlans";

    /// <inheritdoc />
    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parent);
        var type = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var selectionSet = parent.SelectionSet!;
        var plans = PlansOf(context);
        if (!plans.TryGetValue((type, selectionSet), out var fields))
        {
            fields = [.. CollectFieldsFrom(context, type, selectionSet, null).Values];
            plans[(type, selectionSet)] = fields;
        }

        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            nodes[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }

        parent.SubFields = nodes;
    }

    // Kept in the request's user context: created with the request, dropped with it.
    private static Dictionary<(IGraphType, GraphQLSelectionSet), (GraphQLField Field, FieldType FieldType)[]> PlansOf(ExecutionContext context)
    {
        if (context.UserContext.TryGetValue(PlansKey, out var held) && held is Dictionary<(IGraphType, GraphQLSelectionSet), (GraphQLField, FieldType)[]> plans)
        {
            return plans;
        }

        plans = [];
        context.UserContext[PlansKey] = plans;
        return plans;
    }
}
