using System.Linq.Expressions;

namespace GreenCommunity.Api.GraphQL.Filtering;

/// <summary>Builds multi-key orderings from <c>orderBy</c> lists.</summary>
public static class Ordering
{
    /// <summary>Orders by <paramref name="key"/> first, or then by it when an order already exists.</summary>
    public static IOrderedQueryable<T> ThenOrFirst<T, TKey>(this IOrderedQueryable<T>? ordered, IQueryable<T> source, Expression<Func<T, TKey>> key, bool descending)
    {
        ArgumentNullException.ThrowIfNull(source);
        return (ordered, descending) switch
        {
            (null, false) => source.OrderBy(key),
            (null, true) => source.OrderByDescending(key),
            (_, false) => ordered.ThenBy(key),
            (_, true) => ordered.ThenByDescending(key),
        };
    }
}

/// <summary>Checks <c>orderBy</c> lists.</summary>
public static class OrderKeys
{
    /// <summary>The most sort keys an <c>orderBy</c> list may hold.</summary>
    public const int MaxKeys = 5;

    /// <summary>The keys to apply: the given ones, or <paramref name="fallback"/> when none are given.</summary>
    public static IReadOnlyList<T> Check<T>(IReadOnlyList<T>? keys, T fallback) =>
        keys switch
        {
            null or { Count: 0 } => [fallback],
            { Count: > MaxKeys } => throw Errors.GraphQLErrors.WithCode(Errors.ErrorCodes.BadUserInput, $"'orderBy' takes at most {MaxKeys} keys."),
            _ => keys,
        };
}
