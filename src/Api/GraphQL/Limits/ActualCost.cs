using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GreenCommunity.Api.GraphQL.Execution;

namespace GreenCommunity.Api.GraphQL.Limits;

/// <summary>
/// The cost an executed operation actually incurred (ADR-022), counted on the engine's result tree with the units of
/// <see cref="CostAnalysis"/>: each object field that was resolved costs 1 (a mutation field
/// <see cref="RequestLimits.MutationCost"/>), and so does each object a list returned (the list itself is its items,
/// as in the requested cost); scalars, enums and introspection (the schema is in memory) cost nothing. An operation
/// costs at least 1, except one that selects nothing but <c>__schema</c> and <c>__type</c>. So <c>awards(first: 100)</c>
/// returning 7 awards costs what 7 awards cost, not what 100 would have. The budget is debited this, never more than
/// the requested cost it reserved.
/// </summary>
public static class ActualCost
{
    /// <summary>The actual cost of the result tree under <paramref name="root"/>.</summary>
    public static int Of(ExecutionNode root, OperationType operation, RequestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(limits);
        long cost = 0;
        var pending = new Stack<ExecutionNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var isRoot = node is RootExecutionNode;
            if (!isRoot && IsIntrospection(node))
            {
                continue;
            }

            switch (node)
            {
                case InlineObjectNode inline:
                    // The object and every object it holds as values, each as the engine's object node would cost.
                    cost += inline.HeldObjects() - 1 + (operation == OperationType.Mutation && node.Parent is RootExecutionNode ? limits.MutationCost : 1);
                    inline.ApplyToChildren(static (child, stack) => stack.Push(child), pending);
                    break;
                case ObjectExecutionNode obj:
                    if (!isRoot)
                    {
                        cost += operation == OperationType.Mutation && node.Parent is RootExecutionNode ? limits.MutationCost : 1;
                    }

                    foreach (var child in obj.SubFields ?? [])
                    {
                        pending.Push(child);
                    }

                    break;
                case ArrayExecutionNode array:
                    if (operation == OperationType.Mutation && node.Parent is RootExecutionNode)
                    {
                        cost += limits.MutationCost;
                    }

                    foreach (var item in array.Items ?? [])
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        // Like the requested cost, an operation costs at least 1, unless it only reads the schema (introspection).
        var onlyIntrospection = root is ObjectExecutionNode { SubFields: { Length: > 0 } fields } && fields.All(IsIntrospection);
        return onlyIntrospection ? 0 : (int)Math.Clamp(cost, 1, int.MaxValue);
    }

    private static bool IsIntrospection(ExecutionNode node) =>
        node.GraphType?.GetNamedType()?.Name.StartsWith("__", StringComparison.Ordinal) == true;
}
