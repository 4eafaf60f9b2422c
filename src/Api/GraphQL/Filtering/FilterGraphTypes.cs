using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Relay;

namespace GreenCommunity.Api.GraphQL.Filtering;

/// <summary>GraphQL input for <see cref="IntFilter"/>.</summary>
public sealed class IntFilterType : InputObjectGraphType<IntFilter>
{
    public IntFilterType()
    {
        Name = "IntFilter";
        Description = "Conditions on a whole number; every condition given must hold.";
        Field(f => f.Eq, nullable: true).Description("Equal to.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("in").Description("One of these values (at most 100).");
        Field(f => f.Gt, nullable: true).Description("Greater than.");
        Field(f => f.Gte, nullable: true).Description("Greater than or equal to.");
        Field(f => f.Lt, nullable: true).Description("Less than.");
        Field(f => f.Lte, nullable: true).Description("Less than or equal to.");
    }
}

/// <summary>GraphQL input for <see cref="StringFilter"/>.</summary>
public sealed class StringFilterType : InputObjectGraphType<StringFilter>
{
    public StringFilterType()
    {
        Name = "StringFilter";
        Description = "Conditions on a text; every condition given must hold.";
        Field(f => f.Eq, nullable: true).Description("Exactly equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Exactly one of these values (at most 100).");
        Field(f => f.Contains, nullable: true).Description("Contains this text, ignoring case (1 to 100 characters).");
    }
}

/// <summary>GraphQL input for <see cref="EnumFilter{TEnum}"/>, named after the enumeration, e.g. <c>TitleLevelFilter</c>.</summary>
/// <typeparam name="TEnumGraphType">The enumeration's graph type.</typeparam>
/// <typeparam name="TEnum">The enumeration.</typeparam>
public class EnumFilterType<TEnumGraphType, TEnum> : InputObjectGraphType<EnumFilter<TEnum>>
    where TEnumGraphType : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    public EnumFilterType()
    {
        var enumName = GraphTypeNames.Of<TEnumGraphType>();
        Name = enumName + "Filter";
        Description = $"Conditions on a {enumName} value.";
        Field<TEnumGraphType>("eq").Description("Equal to.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("in").Description("One of these values.");
    }
}

/// <summary>The <c>OrderDirection</c> enumeration.</summary>
public sealed class OrderDirectionType : EnumerationGraphType<OrderDirection>
{
    public OrderDirectionType()
    {
        Name = "OrderDirection";
        Description = "Sort direction.";
    }
}
