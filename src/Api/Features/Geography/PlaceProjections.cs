using System.Linq.Expressions;
using System.Reflection;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Api.Features.Geography;

/// <summary>
/// Narrow reads of places for list pages (issue #17: read only what is selected): a community, street or district
/// with just the fields a list of places shows (ID, code, name, the sample flag) and the links between them, built by
/// the query's projection so the database sends those columns only. A narrow place is incomplete by design: it is
/// only handed to fields that <see cref="Fields"/> allows, and never primed into a loader that other fields share.
/// </summary>
public static class PlaceProjections
{
    /// <summary>The fields of a community, street or district a narrow read answers (the nested place links are checked by the caller).</summary>
    public static readonly IReadOnlyCollection<string> Fields = ["__typename", "id", "code", "name", "sample"];

    /// <summary>
    /// <c>community</c> read narrowly, with its street and the street's district narrowly too, as navigations of
    /// the copy (so a nested <c>street</c> or <c>district</c> is served from them).
    /// </summary>
    public static Expression Community(Expression community)
    {
        ArgumentNullException.ThrowIfNull(community);
        var street = Expression.Property(community, nameof(Domain.Geography.Community.Street));
        return Narrow<Community>(
            community,
            Bind<Community>(nameof(Domain.Geography.Community.StreetId), Expression.Property(community, nameof(Domain.Geography.Community.StreetId))),
            Bind<Community>(nameof(Domain.Geography.Community.Street), Street(street)));
    }

    /// <summary><c>street</c> read narrowly, with its district narrowly as a navigation.</summary>
    public static Expression Street(Expression street)
    {
        ArgumentNullException.ThrowIfNull(street);
        var district = Expression.Property(street, nameof(Domain.Geography.Street.District));
        return Narrow<Street>(
            street,
            Bind<Street>(nameof(Domain.Geography.Street.DistrictId), Expression.Property(street, nameof(Domain.Geography.Street.DistrictId))),
            Bind<Street>(nameof(Domain.Geography.Street.District), District(district)));
    }

    /// <summary><c>district</c> read narrowly.</summary>
    public static Expression District(Expression district)
    {
        ArgumentNullException.ThrowIfNull(district);
        return Narrow<District>(district);
    }

    // new T { Id = source.Id, IsSample = source.IsSample, Code = source.Code, Name = new LocalizedText(source.Name.Zh, source.Name.En), ... }.
    // The setters are the entities' own non-public ones: a compiled projection may call them, as EF Core's own
    // materialiser does; the domain types stay free of any persistence concern.
    private static MemberInitExpression Narrow<T>(Expression source, params MemberBinding[] links)
    {
        var name = Expression.Property(source, "Name");
        MemberBinding[] common =
        [
            Bind<T>(nameof(Entity.Id), Expression.Property(source, nameof(Entity.Id))),
            Bind<T>(nameof(Entity.IsSample), Expression.Property(source, nameof(Entity.IsSample))),
            Bind<T>("Code", Expression.Property(source, "Code")),
            Bind<T>("Name", Expression.New(LocalizedTextConstructor, Expression.Property(name, nameof(LocalizedText.Zh)), Expression.Property(name, nameof(LocalizedText.En)))),
        ];
        var constructor = typeof(T).GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no parameterless constructor to read it narrowly.");
        return Expression.MemberInit(Expression.New(constructor), [.. common, .. links]);
    }

    private static MemberAssignment Bind<T>(string property, Expression value) =>
        Expression.Bind(typeof(T).GetProperty(property, BindingFlags.Instance | BindingFlags.Public)!, value);

    private static readonly ConstructorInfo LocalizedTextConstructor = typeof(LocalizedText).GetConstructor([typeof(string), typeof(string)])!;
}
