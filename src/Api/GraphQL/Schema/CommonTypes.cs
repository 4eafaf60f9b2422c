using GraphQL.Types;
using GreenCommunity.Domain.Common;

namespace GreenCommunity.Api.GraphQL.Schema;

/// <summary>A bilingual text.</summary>
public sealed class LocalizedTextType : ObjectGraphType<LocalizedText>
{
    public LocalizedTextType()
    {
        Name = "LocalizedText";
        Description = "A name or text in Chinese and in English (official English where one exists, otherwise pinyin).";
        Field(t => t.Zh);
        Field(t => t.En).Description("The English form.");
    }
}

/// <summary>A WGS 84 position.</summary>
public sealed class GeoPointType : ObjectGraphType<GeoPoint>
{
    public GeoPointType()
    {
        Name = "GeoPoint";
        Description = "A position in WGS 84 degrees.";
        Field(p => p.Latitude);
        Field(p => p.Longitude);
    }
}

/// <summary>An enumeration whose values carry descriptions given here rather than in the domain.</summary>
/// <typeparam name="TEnum">The domain enumeration.</typeparam>
public abstract class DescribedEnumType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    /// <summary>Names the enumeration and describes it and each of its values.</summary>
    protected DescribedEnumType(string name, string description, params (TEnum Value, string Description)[] values)
    {
        Name = name;
        Description = description;
        foreach (var (value, text) in values)
        {
            Values.FindByValue(value)!.Description = text;
        }
    }
}

/// <summary>The <c>Date</c> scalar: a calendar day, <c>yyyy-MM-dd</c>.</summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    /// <summary>Names the scalar <c>Date</c>, as the public contract does.</summary>
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar day in ISO 8601 form, yyyy-MM-dd.";
    }
}
