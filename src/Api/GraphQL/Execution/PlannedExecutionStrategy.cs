using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GreenCommunity.Api.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's serial execution, planned once per request and with objects held as values (issue #17, ADR-034).
/// <list type="bullet">
/// <item>Each selection set's fields are collected once per request instead of once per object: the engine collects
/// the fields of a selection set (following fragments, checking @skip and @include, looking up each field's definition)
/// for every object it completes, some 900 times for a page of 100 awards with places, with the same result.</item>
/// <item>An object is an <see cref="InlineObjectNode"/>: its scalar fields, and the objects under it made only of
/// scalars and such objects, are resolved at once into one array of values instead of one engine node each. The
/// resolvers are the same, called with the same source and arguments in the same order; a value is serialised and
/// checked (non-null, <c>IsTypeOf</c>) as the engine would. Lists, interfaces and unions stay engine nodes.</item>
/// <item>When an object cannot be held as values (a resolver throws, returns a data loader result, or returns null
/// for a non-null field), it is demoted: everything resolved for it is dropped and its fields are executed as
/// ordinary nodes, so the error, its path and null propagation are exactly the engine's. The plan is then demoted for
/// the rest of the request, so a field that always needs a loader costs one extra call per request, not per object.
/// Resolvers here only read, so calling one again on demotion is safe.</item>
/// </list>
/// </summary>
public sealed class PlannedExecutionStrategy : SerialExecutionStrategy
{
    private const string PlansKey = "GreenCommunity.ExecutionPlans";
    private readonly Func<ExecutionNode, InlineField, ExecutionNode> _childOf;

    /// <summary>Creates the strategy (one per application: all state is per request).</summary>
    public PlannedExecutionStrategy()
    {
        _childOf = (parent, field) => BuildExecutionNode(parent, field.Definition.ResolvedType!, field.Field, field.Definition);
    }

    /// <inheritdoc />
    protected override ExecutionNode BuildExecutionNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode = null)
    {
        var named = graphType is NonNullGraphType nonNull ? nonNull.ResolvedType! : graphType;
        return named is IObjectGraphType objectType && Holdable(objectType) && field.SelectionSet != null
            ? new InlineObjectNode(parent, named, field, fieldDefinition, indexInParentNode)
            : base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode);
    }

    /// <inheritdoc />
    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parent);
        var type = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var fields = PlansOf(context).FieldsOf(this, context, type, parent.SelectionSet!);
        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            nodes[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }

        parent.SubFields = nodes;
    }

    /// <inheritdoc />
    protected override async Task CompleteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        ArgumentNullException.ThrowIfNull(context);
        await base.CompleteNodeAsync(context, node).ConfigureAwait(false);
        if (node is not InlineObjectNode { Result: { } source } inline)
        {
            return;
        }

        var plan = PlansOf(context).InlineOf(this, context, inline);
        if (!plan.Demoted)
        {
            var values = new object?[plan.Size];
            if (await TryResolveAsync(context, plan, source, values).ConfigureAwait(false))
            {
                inline.Hold(plan, values, _childOf);
                return;
            }

            plan.Demoted = true;
        }

        inline.Demote(plan, _childOf);
    }

    private static async ValueTask<bool> TryResolveAsync(ExecutionContext context, InlinePlan plan, object source, object?[] values)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await ResolveAsync(plan, source, values).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure demotes the object: the engine then runs the field again and reports it.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static async ValueTask<bool> ResolveAsync(InlinePlan plan, object source, object?[] values)
    {
        plan.Scratch.Result = source;
        foreach (var field in plan.Fields)
        {
            if (field.Kind == InlineFieldKind.Node)
            {
                continue;
            }

            var pending = field.Resolver!.ResolveAsync(field.Context!);
            var result = pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false);
            if (result is IDataLoaderResult)
            {
                return false;
            }

            if (field.Kind == InlineFieldKind.Scalar)
            {
                var serialized = field.Scalar!.Serialize(result);
                if (serialized == null && field.NonNull)
                {
                    return false;
                }

                values[field.Offset] = serialized;
                continue;
            }

            if (result == null)
            {
                if (field.NonNull)
                {
                    return false;
                }

                values[field.Offset] = null;
                continue;
            }

            var nested = field.Nested!;
            if (nested.Type.IsTypeOf != null && !nested.Type.SkipTypeCheck && !nested.Type.IsTypeOf(result))
            {
                return false;
            }

            values[field.Offset] = InlineObjectNode.Present;
            if (!await ResolveAsync(nested, result, values).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    // The schema's own types (__Type, __Field...) keep the engine's nodes: introspection is rare and in memory.
    private static bool Holdable(IObjectGraphType type) => !type.Name.StartsWith("__", StringComparison.Ordinal);

    // Kept in the request's user context: created with the request, dropped with it.
    private static RequestPlans PlansOf(ExecutionContext context)
    {
        if (context.UserContext.TryGetValue(PlansKey, out var held) && held is RequestPlans plans)
        {
            return plans;
        }

        plans = new RequestPlans(context);
        context.UserContext[PlansKey] = plans;
        return plans;
    }

    private sealed class RequestPlans(ExecutionContext context)
    {
        private readonly Dictionary<(IGraphType, GraphQLSelectionSet), (GraphQLField Field, FieldType FieldType)[]> _fields = [];
        private readonly Dictionary<(IGraphType, GraphQLSelectionSet), InlinePlan> _inline = [];

        // What the resolve contexts of a plan's top level see as their parent: paths end here.
        private readonly RootExecutionNode _anchor = new(context.Schema.Query, null);

        public (GraphQLField Field, FieldType FieldType)[] FieldsOf(PlannedExecutionStrategy strategy, ExecutionContext context, IGraphType type, GraphQLSelectionSet selectionSet)
        {
            if (!_fields.TryGetValue((type, selectionSet), out var fields))
            {
                fields = [.. strategy.CollectFieldsFrom(context, type, selectionSet, null).Values];
                _fields[(type, selectionSet)] = fields;
            }

            return fields;
        }

        public InlinePlan InlineOf(PlannedExecutionStrategy strategy, ExecutionContext context, InlineObjectNode node)
        {
            var type = (IObjectGraphType)node.GraphType;
            var selectionSet = node.Field.SelectionSet!;
            if (!_inline.TryGetValue((type, selectionSet), out var plan))
            {
                var slots = 0;
                plan = Build(strategy, context, type, selectionSet, node.Field, node.FieldDefinition, _anchor, ref slots, nested: false)!;
                _inline[(type, selectionSet)] = plan;
            }

            return plan;
        }

        // A nested plan (one held in its parent's values) must be made only of scalars and nested plans: null otherwise.
        private InlinePlan? Build(PlannedExecutionStrategy strategy, ExecutionContext context, IObjectGraphType type, GraphQLSelectionSet selectionSet,
            GraphQLField field, FieldType definition, ExecutionNode parentScratch, ref int slots, bool nested)
        {
            var scratch = new ScratchNode(parentScratch, type, field, definition);
            var collected = FieldsOf(strategy, context, type, selectionSet);
            var fields = new InlineField[collected.Length];
            var start = slots;
            for (var i = 0; i < collected.Length; i++)
            {
                var (ast, fieldType) = collected[i];
                var resolvedType = fieldType.ResolvedType!;
                var nonNull = resolvedType is NonNullGraphType;
                var named = resolvedType is NonNullGraphType wrapped ? wrapped.ResolvedType! : resolvedType;
                var offset = slots++;
                InlinePlan? inner = null;
                var kind = InlineFieldKind.Node;
                if (named is ScalarGraphType)
                {
                    kind = InlineFieldKind.Scalar;
                }
                else if (named is IObjectGraphType objectType && Holdable(objectType) && ast.SelectionSet != null)
                {
                    var mark = slots;
                    inner = Build(strategy, context, objectType, ast.SelectionSet, ast, fieldType, scratch, ref slots, nested: true);
                    if (inner == null)
                    {
                        slots = mark;
                    }
                    else
                    {
                        kind = InlineFieldKind.Object;
                    }
                }

                if (nested && kind == InlineFieldKind.Node)
                {
                    return null;
                }

                var fieldScratch = new ScratchNode(scratch, resolvedType, ast, fieldType);
                fields[i] = new InlineField
                {
                    ResponseName = ast.Alias?.Name.StringValue ?? fieldType.Name,
                    Field = ast,
                    Definition = fieldType,
                    Kind = kind,
                    Offset = offset,
                    NonNull = nonNull,
                    Scalar = named as ScalarGraphType,
                    Nested = inner,
                    Resolver = kind == InlineFieldKind.Node ? null : strategy.SelectResolver(fieldScratch, context),
                    Context = kind == InlineFieldKind.Node ? null : new ReadonlyResolveFieldContext(fieldScratch, context),
                };
            }

            return new InlinePlan(type, fields, slots - start, scratch);
        }
    }

    // Stands in the engine's place for an object or field being resolved as values: a resolve context reads its source
    // (the parent's result), its field and its parent type from it.
    private sealed class ScratchNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType definition)
        : ExecutionNode(parent, graphType, field, definition, null)
    {
        public override object? ToValue() => Result;
    }
}
