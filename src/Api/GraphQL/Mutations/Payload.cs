using GraphQL;
using GraphQL.Types;
using GreenCommunity.Domain.Common;

namespace GreenCommunity.Api.GraphQL.Mutations;

/// <summary>What a mutation returns: the changed object (when there is one) and the business-rule errors.</summary>
/// <typeparam name="T">The changed object's type.</typeparam>
public sealed record Payload<T>(T? Value, IReadOnlyList<DomainError> Errors)
    where T : class;

/// <summary>Builds payloads.</summary>
public static class Payload
{
    /// <summary>Success.</summary>
    public static Payload<T> Ok<T>(T value)
        where T : class => new(value, []);

    /// <summary>A failure; <paramref name="value"/> is the object as it now stands, when the caller may see it.</summary>
    public static Payload<T> Failed<T>(DomainError error, T? value = null)
        where T : class => new(value, [error]);
}

/// <summary>
/// A payload type named <c>XyzPayload</c>: one field for the changed object and <c>errors</c>. A payload is a read:
/// the object is returned only when the caller may read it (<see cref="CanReadAsync"/>, the same rule as the query
/// path), and never alongside <c>OUT_OF_SCOPE</c> (the caller may not act on it, so may not see it either) or
/// <c>CONFLICT</c> or <c>DUPLICATE</c> (what was loaded is stale or was rolled back): then the payload carries the
/// error only. Its <c>errors</c> hold only codes its union has members for (<see cref="ErrorUnionType.Resolve"/>).
/// </summary>
/// <typeparam name="TValueGraphType">The changed object's graph type.</typeparam>
/// <typeparam name="TErrorUnion">The mutation's error union.</typeparam>
/// <typeparam name="TValue">The changed object's CLR type.</typeparam>
public abstract class PayloadType<TValueGraphType, TErrorUnion, TValue> : ObjectGraphType<Payload<TValue>>
    where TValueGraphType : IGraphType
    where TErrorUnion : UnionGraphType
    where TValue : class
{
    /// <summary>Defines the payload.</summary>
    protected PayloadType(string name, string valueField, string valueDescription)
    {
        Name = name;
        Description = $"The result of {char.ToLowerInvariant(name[0])}{name[1..^7]}: the {valueField} and any business-rule errors.";
        Field<TValueGraphType>(valueField).Description(valueDescription).ResolveAsync(async ctx =>
            ctx.Source.Value is { } value && !ctx.Source.Errors.Any(e => e.Code is DomainErrorCodes.OutOfScope or DomainErrorCodes.Conflict or DomainErrorCodes.Duplicate) && await CanReadAsync(ctx, value)
                ? value
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TErrorUnion>>>>("errors")
            .Description("Business-rule errors; empty on success.")
            .Resolve(ctx => ErrorUnionType.Resolve(ctx, ctx.Source.Errors));
    }

    /// <summary>
    /// Whether the caller may read <paramref name="value"/> as a query would let them; true by default, for objects
    /// whose mutation only callers who may read them can run (the field's roles) or that are public.
    /// </summary>
    protected virtual Task<bool> CanReadAsync(IResolveFieldContext context, TValue value) => Task.FromResult(true);
}
