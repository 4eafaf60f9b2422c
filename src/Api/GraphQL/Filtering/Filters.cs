namespace GreenCommunity.Api.GraphQL.Filtering;

/// <summary>Conditions on an integer field; all given conditions must hold.</summary>
public sealed class IntFilter
{
    /// <summary>Equal to.</summary>
    public int? Eq { get; set; }

    /// <summary>One of.</summary>
    public IReadOnlyList<int>? In { get; set; }

    /// <summary>Greater than.</summary>
    public int? Gt { get; set; }

    /// <summary>Greater than or equal to.</summary>
    public int? Gte { get; set; }

    /// <summary>Less than.</summary>
    public int? Lt { get; set; }

    /// <summary>Less than or equal to.</summary>
    public int? Lte { get; set; }
}

/// <summary>Conditions on a text field; all given conditions must hold.</summary>
public sealed class StringFilter
{
    /// <summary>Equal to (exact).</summary>
    public string? Eq { get; set; }

    /// <summary>One of (exact).</summary>
    public IReadOnlyList<string>? In { get; set; }

    /// <summary>Contains, ignoring case.</summary>
    public string? Contains { get; set; }
}

/// <summary>Conditions on an enumerated field.</summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
public sealed class EnumFilter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Equal to.</summary>
    public TEnum? Eq { get; set; }

    /// <summary>One of.</summary>
    public IReadOnlyList<TEnum>? In { get; set; }
}

/// <summary>Sort direction.</summary>
public enum OrderDirection
{
    /// <summary>Smallest first.</summary>
    Asc,

    /// <summary>Largest first.</summary>
    Desc,
}
