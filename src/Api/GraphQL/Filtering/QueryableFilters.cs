using System.Linq.Expressions;
using GreenCommunity.Api.GraphQL.Errors;

namespace GreenCommunity.Api.GraphQL.Filtering;

/// <summary>Translates filter inputs into LINQ predicates that EF Core turns into SQL.</summary>
public static class QueryableFilters
{
    /// <summary>The most values an <c>in</c> list may hold.</summary>
    public const int MaxInListLength = 100;

    /// <summary>Applies <paramref name="filter"/> to the integer selected by <paramref name="selector"/>.</summary>
    public static IQueryable<T> Where<T>(this IQueryable<T> query, IntFilter? filter, Expression<Func<T, int>> selector)
    {
        if (filter is null)
        {
            return query;
        }

        if (filter.Eq is { } eq)
        {
            query = query.Where(Compose(selector, v => v == eq));
        }

        if (filter.In is { } values)
        {
            var list = CheckList(values);
            query = query.Where(Compose(selector, v => list.Contains(v)));
        }

        if (filter.Gt is { } gt)
        {
            query = query.Where(Compose(selector, v => v > gt));
        }

        if (filter.Gte is { } gte)
        {
            query = query.Where(Compose(selector, v => v >= gte));
        }

        if (filter.Lt is { } lt)
        {
            query = query.Where(Compose(selector, v => v < lt));
        }

        if (filter.Lte is { } lte)
        {
            query = query.Where(Compose(selector, v => v <= lte));
        }

        return query;
    }

    /// <summary>Applies <paramref name="filter"/> to the text selected by <paramref name="selector"/>.</summary>
    public static IQueryable<T> Where<T>(this IQueryable<T> query, StringFilter? filter, Expression<Func<T, string>> selector)
    {
        if (filter is null)
        {
            return query;
        }

        if (filter.Eq is { } eq)
        {
            query = query.Where(Compose(selector, v => v == eq));
        }

        if (filter.In is { } values)
        {
            var list = CheckList(values);
            query = query.Where(Compose(selector, v => list.Contains(v)));
        }

        if (filter.Contains is { } fragment)
        {
            var lowered = CheckFragment(fragment).ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() is translated to SQL LOWER(); culture overloads are not translatable.
            query = query.Where(Compose(selector, v => v.ToLower().Contains(lowered)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return query;
    }

    /// <summary>Applies a <c>contains</c>/<c>eq</c> name filter to either of two texts (Chinese or English).</summary>
    public static IQueryable<T> WhereEither<T>(this IQueryable<T> query, StringFilter? filter, Expression<Func<T, string>> zh, Expression<Func<T, string>> en)
    {
        if (filter is null)
        {
            return query;
        }

        if (filter.In is not null)
        {
            throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, "Name filters take 'eq' or 'contains', not 'in'.");
        }

        if (filter.Eq is { } eq)
        {
            query = query.Where(Or(Compose(zh, v => v == eq), Compose(en, v => v == eq)));
        }

        if (filter.Contains is { } fragment)
        {
            var lowered = CheckFragment(fragment).ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() is translated to SQL LOWER(); culture overloads are not translatable.
            query = query.Where(Or(Compose(zh, v => v.Contains(lowered)), Compose(en, v => v.ToLower().Contains(lowered))));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return query;
    }

    /// <summary>Applies <paramref name="filter"/> to the enumeration selected by <paramref name="selector"/>.</summary>
    public static IQueryable<T> Where<T, TEnum>(this IQueryable<T> query, EnumFilter<TEnum>? filter, Expression<Func<T, TEnum>> selector)
        where TEnum : struct, Enum
    {
        if (filter is null)
        {
            return query;
        }

        if (filter.Eq is { } eq)
        {
            var equal = Expression.Equal(selector.Body, Expression.Constant(eq, typeof(TEnum)));
            query = query.Where(Expression.Lambda<Func<T, bool>>(equal, selector.Parameters));
        }

        if (filter.In is { } values)
        {
            var list = CheckList(values);
            query = query.Where(Compose(selector, v => list.Contains(v)));
        }

        return query;
    }

    private static List<TValue> CheckList<TValue>(IReadOnlyList<TValue> values) =>
        values.Count > MaxInListLength
            ? throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, $"An 'in' list holds at most {MaxInListLength} values; it had {values.Count}.")
            : [.. values];

    private static string CheckFragment(string fragment) =>
        fragment.Length is 0 or > 100
            ? throw GraphQLErrors.WithCode(ErrorCodes.BadUserInput, "A 'contains' text must be 1 to 100 characters long.")
            : fragment;

    private static Expression<Func<T, bool>> Compose<T, TValue>(Expression<Func<T, TValue>> selector, Expression<Func<TValue, bool>> predicate)
    {
        var body = new ReplaceParameter(predicate.Parameters[0], selector.Body).Visit(predicate.Body);
        return Expression.Lambda<Func<T, bool>>(body, selector.Parameters);
    }

    private static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        var body = new ReplaceParameter(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, body), left.Parameters);
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
