using GraphQL;
using GraphQLParser.AST;

namespace GreenCommunity.Api.GraphQL.DataLoading;

/// <summary>
/// What a document selects below a field, read before resolving it so a query reads only the columns the selection
/// needs. Fragments are followed; <c>@skip</c> and <c>@include</c> are not evaluated, so a field they might drop
/// counts as selected, which can only widen what is read, never narrow it.
/// </summary>
public static class Selections
{
    /// <summary>The fields selected in <paramref name="selectionSet"/>, through fragments, whatever their aliases.</summary>
    public static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? selectionSet)
    {
        ArgumentNullException.ThrowIfNull(context);
        return selectionSet is null ? [] : Walk(context.Document, selectionSet, depth: 0);
    }

    /// <summary>The fields named <paramref name="name"/> selected below any of <paramref name="parents"/>.</summary>
    public static IEnumerable<GraphQLField> Named(IResolveFieldContext context, IEnumerable<GraphQLField> parents, string name) =>
        parents.SelectMany(parent => Fields(context, parent.SelectionSet)).Where(field => field.Name == name);

    /// <summary>True when every field selected below <paramref name="parents"/> is one of <paramref name="allowed"/>.</summary>
    public static bool OnlyAmong(IResolveFieldContext context, IEnumerable<GraphQLField> parents, IReadOnlyCollection<string> allowed) =>
        parents.SelectMany(parent => Fields(context, parent.SelectionSet)).All(field => allowed.Any(name => field.Name == name));

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, GraphQLFragmentSpread spread)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment && fragment.FragmentName.Name.Value.Span.SequenceEqual(spread.FragmentName.Name.Value.Span))
            {
                return fragment;
            }
        }

        return null;
    }

    private static IEnumerable<GraphQLField> Walk(GraphQLDocument document, GraphQLSelectionSet selectionSet, int depth)
    {
        // Validation has already refused fragment cycles; the depth bound keeps this walk finite regardless.
        if (depth > 32)
        {
            yield break;
        }

        foreach (var selection in selectionSet.Selections)
        {
            var nested = selection switch
            {
                GraphQLField field => null,
                GraphQLInlineFragment inline => inline.SelectionSet,
                GraphQLFragmentSpread spread => Fragment(document, spread)?.SelectionSet,
                _ => null,
            };
            if (selection is GraphQLField selected)
            {
                yield return selected;
            }
            else if (nested is not null)
            {
                foreach (var field in Walk(document, nested, depth + 1))
                {
                    yield return field;
                }
            }
        }
    }
}
