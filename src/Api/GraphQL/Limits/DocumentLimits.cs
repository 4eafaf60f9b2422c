using GraphQL;
using GraphQLParser.AST;
using GreenCommunity.Api.GraphQL.Errors;

namespace GreenCommunity.Api.GraphQL.Limits;

/// <summary>
/// Checks a parsed document as written, before any validation rule runs: the number of field selections, of
/// aliases, and the nesting depth of selection sets. One linear pass, so alias bombs and deeply nested documents are
/// refused before the (quadratic) overlapping-fields rule or the cost analysis sees them. Lists written in the
/// document and lists in the request's variables are held to <see cref="RequestLimits.MaxListInputLength"/>.
/// </summary>
public static class DocumentLimits
{
    /// <summary>The first limit <paramref name="document"/> breaks, or null when it keeps all of them.</summary>
    public static ExecutionError? Check(GraphQLDocument document, RequestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(limits);
        var counter = new Counter();
        foreach (var definition in document.Definitions)
        {
            var selections = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            counter.Visit(selections, 1, limits);
            foreach (var variable in (definition as GraphQLOperationDefinition)?.Variables?.Items ?? [])
            {
                counter.VisitValue(variable.DefaultValue, 0);
            }
        }

        if (counter.Depth > limits.MaxDepth)
        {
            return GraphQLErrors.WithCode(ErrorCodes.DepthLimitExceeded, $"The document nests selections more than {limits.MaxDepth} levels deep.");
        }

        if (counter.Fields > limits.MaxFields)
        {
            return GraphQLErrors.WithCode(ErrorCodes.TooManyFields, $"The document selects {counter.Fields} fields; at most {limits.MaxFields} are allowed.");
        }

        if (counter.Aliases > limits.MaxAliases)
        {
            return GraphQLErrors.WithCode(ErrorCodes.TooManyAliases, $"The document uses {counter.Aliases} aliases; at most {limits.MaxAliases} are allowed.");
        }

        return counter.LongestList > limits.MaxListInputLength ? ListTooLong(limits) : null;
    }

    /// <summary>An error when a list in <paramref name="variables"/> (at any nesting) is longer than the limit.</summary>
    public static ExecutionError? CheckVariables(Inputs? variables, RequestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return variables is not null && LongestList(variables, 0) > limits.MaxListInputLength ? ListTooLong(limits) : null;
    }

    private static ExecutionError ListTooLong(RequestLimits limits) =>
        GraphQLErrors.WithCode(ErrorCodes.ListInputTooLong, $"A list in the arguments or variables holds more than {limits.MaxListInputLength} items.");

    private static int LongestList(object? value, int depth) => depth > 64 ? 0 : value switch
    {
        string => 0,
        IEnumerable<KeyValuePair<string, object?>> map => map.Select(v => LongestList(v.Value, depth + 1)).DefaultIfEmpty(0).Max(),
        System.Collections.IList list => Math.Max(list.Count, list.Cast<object?>().Select(v => LongestList(v, depth + 1)).DefaultIfEmpty(0).Max()),
        _ => 0,
    };

    private sealed class Counter
    {
        public int Fields { get; private set; }

        public int Aliases { get; private set; }

        public int Depth { get; private set; }

        public int LongestList { get; private set; }

        public void Visit(GraphQLSelectionSet? selections, int depth, RequestLimits limits)
        {
            if (selections is null)
            {
                return;
            }

            Depth = Math.Max(Depth, depth);
            if (Depth > limits.MaxDepth)
            {
                return;
            }

            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        Fields++;
                        if (field.Alias is not null)
                        {
                            Aliases++;
                        }

                        foreach (var argument in field.Arguments?.Items ?? [])
                        {
                            VisitValue(argument.Value, 0);
                        }

                        Visit(field.SelectionSet, depth + 1, limits);
                        break;
                    case GraphQLInlineFragment inline:
                        Visit(inline.SelectionSet, depth, limits);
                        break;
                }
            }
        }

        public void VisitValue(GraphQLValue? value, int depth)
        {
            if (depth > 64)
            {
                return;
            }

            switch (value)
            {
                case GraphQLListValue list:
                    LongestList = Math.Max(LongestList, list.Values?.Count ?? 0);
                    foreach (var item in list.Values ?? [])
                    {
                        VisitValue(item, depth + 1);
                    }

                    break;
                case GraphQLObjectValue map:
                    foreach (var field in map.Fields ?? [])
                    {
                        VisitValue(field.Value, depth + 1);
                    }

                    break;
            }
        }
    }
}
