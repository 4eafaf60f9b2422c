using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GreenCommunity.Api.GraphQL.Execution;

/// <summary>
/// The result of one object (ADR-034): its scalar fields, and the objects under it whose fields are all resolved the
/// same way, held as values in one array instead of one engine node per field. A page of 100 awards with their places
/// is 100 of these instead of some 2,400 nodes. A field the node cannot hold as a value (a list, an interface or union,
/// an object with such a field below it, or any field once the object was <see cref="Demote">demoted</see>) is an
/// ordinary child node in its slot, executed by the engine as before.
/// </summary>
/// <remarks>
/// <see cref="ToValue"/> returns the node itself: it is written to JSON by <see cref="InlineObjectNodeJsonConverter"/>,
/// which the engine's serialiser reaches for any node type it does not know.
/// </remarks>
[JsonConverter(typeof(InlineObjectNodeJsonConverter))]
public sealed class InlineObjectNode : ExecutionNode, IParentExecutionNode
{
    /// <summary>Marks a nested object that was resolved (not null) in <see cref="Values"/>.</summary>
    internal static readonly object Present = new();

    /// <summary>Creates the node for an object of <paramref name="graphType"/>.</summary>
    public InlineObjectNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode)
        : base(parent, graphType, field, fieldDefinition, indexInParentNode)
    {
    }

    /// <summary>The fields, in response order, with where each one's value is kept in <see cref="Values"/>.</summary>
    internal InlinePlan? Plan { get; private set; }

    /// <summary>
    /// One slot per field of the plan, nested objects flattened after their own slot: a scalar's serialised value,
    /// <see cref="Present"/> or null for a nested object, or the <see cref="ExecutionNode"/> of a field executed as a node.
    /// Null when the object is null.
    /// </summary>
    internal object?[]? Values { get; private set; }

    /// <summary>True when every top-level field is an ordinary child node (the object could not be held as values).</summary>
    internal bool Demoted { get; private set; }

    /// <summary>Holds the object's resolved <paramref name="values"/>; the plan's node fields are given their nodes.</summary>
    internal void Hold(InlinePlan plan, object?[] values, Func<ExecutionNode, InlineField, ExecutionNode> nodeOf)
    {
        foreach (var field in plan.NodeFields)
        {
            values[field.Offset] = nodeOf(this, field);
        }

        Plan = plan;
        Values = values;
    }

    /// <summary>Makes every top-level field an ordinary child node, as the engine's own object node would have them.</summary>
    internal void Demote(InlinePlan plan, Func<ExecutionNode, InlineField, ExecutionNode> nodeOf)
    {
        var values = new object?[plan.Size];
        foreach (var field in plan.Fields)
        {
            values[field.Offset] = nodeOf(this, field);
        }

        Plan = plan;
        Values = values;
        Demoted = true;
    }

    /// <summary>The kind a top-level field has in this node: all are nodes once demoted.</summary>
    internal InlineFieldKind KindOf(InlineField field) => Demoted ? InlineFieldKind.Node : field.Kind;

    /// <inheritdoc />
    public override object? ToValue() => Values == null ? null : this;

    /// <inheritdoc />
    public override bool PropagateNull()
    {
        if (Values == null || Plan == null)
        {
            return true;
        }

        foreach (var field in Plan.Fields)
        {
            if (IsNull(field, KindOf(field)) && field.NonNull)
            {
                Values = null;
                return true;
            }
        }

        return false;
    }

    private bool IsNull(InlineField field, InlineFieldKind kind)
    {
        var value = Values![field.Offset];
        switch (kind)
        {
            case InlineFieldKind.Node:
                return ((ExecutionNode)value!).PropagateNull();
            case InlineFieldKind.Object when value != null:
                foreach (var inner in field.Nested!.Fields)
                {
                    if (IsNull(inner, inner.Kind) && inner.NonNull)
                    {
                        Values[field.Offset] = null;
                        return true;
                    }
                }

                return false;
            default:
                return value == null;
        }
    }

    /// <summary>The child nodes, in response order: the fields this node did not hold as values.</summary>
    public IEnumerable<ExecutionNode> GetChildNodes()
    {
        if (Values == null || Plan == null)
        {
            yield break;
        }

        foreach (var field in Demoted ? Plan.Fields : Plan.NodeFields)
        {
            yield return (ExecutionNode)Values[field.Offset]!;
        }
    }

    /// <inheritdoc />
    public void ApplyToChildren<TState>(Action<ExecutionNode, TState> action, TState state, bool reverse = false)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (Values == null || Plan == null)
        {
            return;
        }

        var fields = Demoted ? Plan.Fields : Plan.NodeFields;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[reverse ? fields.Length - 1 - i : i];
            action((ExecutionNode)Values[field.Offset]!, state);
        }
    }

    /// <summary>
    /// How many object nodes the engine would have built for this object and those held in it: itself, and each nested
    /// object field under an object that was not null (a null object's node has no children).
    /// </summary>
    internal int HeldObjects()
    {
        if (Values == null || Plan == null || Demoted)
        {
            return 1;
        }

        var count = 1;
        foreach (var field in Plan.Fields)
        {
            count += HeldBelow(field);
        }

        return count;
    }

    private int HeldBelow(InlineField field)
    {
        if (field.Kind != InlineFieldKind.Object)
        {
            return 0;
        }

        var count = 1;
        if (Values![field.Offset] != null)
        {
            foreach (var inner in field.Nested!.Fields)
            {
                count += HeldBelow(inner);
            }
        }

        return count;
    }
}

/// <summary>How a field of an <see cref="InlineObjectNode"/> is held.</summary>
internal enum InlineFieldKind
{
    /// <summary>A scalar or enum, held as its serialised value.</summary>
    Scalar,

    /// <summary>An object whose fields are all held as values, flattened after its own slot.</summary>
    Object,

    /// <summary>Anything else: an ordinary child node in its slot.</summary>
    Node,
}

/// <summary>
/// The fields of an object type for one selection set, collected once per request, with the slot each one's value
/// takes. A nested plan (for an object held as values) shares the slots of the plan it is under.
/// </summary>
internal sealed class InlinePlan(IObjectGraphType type, InlineField[] fields, int size, ExecutionNode scratch)
{
    public IObjectGraphType Type { get; } = type;

    public InlineField[] Fields { get; } = fields;

    public InlineField[] NodeFields { get; } = [.. fields.Where(f => f.Kind == InlineFieldKind.Node)];

    /// <summary>How many slots this plan and those nested in it take.</summary>
    public int Size { get; } = size;

    /// <summary>Stands for the object being resolved: its result is the source every field's resolver sees.</summary>
    public ExecutionNode Scratch { get; } = scratch;

    /// <summary>Set once an object of this plan could not be held as values: later ones go straight to nodes.</summary>
    public bool Demoted { get; set; }
}

/// <summary>One field of an <see cref="InlinePlan"/>.</summary>
internal sealed class InlineField
{
    public required string ResponseName { get; init; }

    public required GraphQLField Field { get; init; }

    public required FieldType Definition { get; init; }

    public required InlineFieldKind Kind { get; init; }

    public required int Offset { get; init; }

    public required bool NonNull { get; init; }

    /// <summary>The scalar or enum type of a <see cref="InlineFieldKind.Scalar"/> field.</summary>
    public ScalarGraphType? Scalar { get; init; }

    /// <summary>The fields of a <see cref="InlineFieldKind.Object"/> field.</summary>
    public InlinePlan? Nested { get; init; }

    /// <summary>The resolver of a field held as a value.</summary>
    public global::GraphQL.Resolvers.IFieldResolver? Resolver { get; init; }

    /// <summary>The context the field's resolver is called with; its source is the plan's current object.</summary>
    public global::GraphQL.IResolveFieldContext? Context { get; init; }
}

/// <summary>Writes an <see cref="InlineObjectNode"/> as the engine's serialiser writes an object node.</summary>
public sealed class InlineObjectNodeJsonConverter : JsonConverter<InlineObjectNode>
{
    /// <inheritdoc />
    public override InlineObjectNode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A result node is only ever written.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, InlineObjectNode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        if (value.Values is not { } values || value.Plan is not { } plan)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var field in plan.Fields)
        {
            WriteField(writer, field, value.KindOf(field), values, options);
        }

        writer.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter writer, InlineField field, InlineFieldKind kind, object?[] values, JsonSerializerOptions options)
    {
        writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(field.ResponseName) ?? field.ResponseName);
        var value = values[field.Offset];
        switch (kind)
        {
            case InlineFieldKind.Node:
                WriteNode(writer, (ExecutionNode?)value, options);
                break;
            case InlineFieldKind.Object when value != null:
                writer.WriteStartObject();
                foreach (var inner in field.Nested!.Fields)
                {
                    WriteField(writer, inner, inner.Kind, values, options);
                }

                writer.WriteEndObject();
                break;
            default:
                WriteScalar(writer, value, options);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            default:
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }

    // The engine's own node kinds, written as its serialiser writes them.
    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            case ValueExecutionNode scalar:
                WriteScalar(writer, scalar.ToValue(), options);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case ObjectExecutionNode obj:
                writer.WriteStartObject();
                foreach (var child in obj.SubFields)
                {
                    writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(child.Name!) ?? child.Name!);
                    WriteNode(writer, child, options);
                }

                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: null } array:
                JsonSerializer.Serialize(writer, array.SerializedResult, options);
                break;
            case ArrayExecutionNode array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    WriteNode(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }
}
