namespace GreenCommunity.Api.GraphQL.Limits;

/// <summary>
/// The limits every GraphQL request is held to (configuration section <c>Limits</c>). Each has a code it is refused
/// with, listed in docs/configuration.md; defaults suit the public endpoint.
/// </summary>
public sealed class RequestLimits
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Limits";

    /// <summary>Largest POST body in bytes (<c>REQUEST_TOO_LARGE</c>, HTTP 413).</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Longest GraphQL document in characters (<c>DOCUMENT_TOO_LARGE</c>, HTTP 413).</summary>
    public int MaxDocumentLength { get; set; } = 16 * 1024;

    /// <summary>Most field selections in one document, counted as written (<c>TOO_MANY_FIELDS</c>).</summary>
    public int MaxFields { get; set; } = 300;

    /// <summary>Most aliased field selections in one document (<c>TOO_MANY_ALIASES</c>).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Deepest selection nesting of the operation, fragments expanded (<c>DEPTH_LIMIT_EXCEEDED</c>).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest cost of one operation (<c>COST_LIMIT_EXCEEDED</c>); see <see cref="CostAnalysis"/>.</summary>
    public int MaxCost { get; set; } = 5000;

    /// <summary>Longest list in an argument or variable, at any nesting (<c>LIST_INPUT_TOO_LONG</c>).</summary>
    public int MaxListInputLength { get; set; } = 100;

    /// <summary>Longest time one operation may run before it is cancelled, database work included (<c>TIMEOUT</c>, HTTP 504).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The multiplier of a list field that takes no <c>first</c>/<c>last</c> (cost estimate of its length).</summary>
    public int UnpagedListSize { get; set; } = 10;

    /// <summary>The page size a connection field is costed at when neither <c>first</c> nor <c>last</c> is given (the paging default).</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Cost of each mutation field (writes are dearer than reads).</summary>
    public int MutationCost { get; set; } = 10;

    /// <summary>Checks the values make sense; the start fails with the setting's name otherwise.</summary>
    public void Validate()
    {
        void Positive(string name, double value)
        {
            if (value <= 0)
            {
                throw new InvalidOperationException($"{Section}:{name} must be positive.");
            }
        }

        Positive(nameof(MaxBodyBytes), MaxBodyBytes);
        Positive(nameof(MaxDocumentLength), MaxDocumentLength);
        Positive(nameof(MaxFields), MaxFields);
        Positive(nameof(MaxAliases), MaxAliases + 1);
        Positive(nameof(MaxDepth), MaxDepth);
        Positive(nameof(MaxCost), MaxCost);
        Positive(nameof(MaxListInputLength), MaxListInputLength);
        Positive(nameof(ExecutionTimeout), ExecutionTimeout.TotalMilliseconds);
        Positive(nameof(UnpagedListSize), UnpagedListSize);
        Positive(nameof(MutationCost), MutationCost + 1);
        Positive(nameof(DefaultPageSize), DefaultPageSize);
    }
}
