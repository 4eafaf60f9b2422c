using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL;
using GraphQLParser.AST;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Geography;

namespace GreenCommunity.Api.Features.Awards;

/// <summary>How a page of awards reads a place it shows: not at all, narrowly (ID, code, name), or whole.</summary>
internal enum PlaceRead
{
    None,
    Narrow,
    Whole,
}

/// <summary>
/// An award with the places its page read with it. Whole places are primed into the shared loaders; narrow ones
/// are only reachable from this award, through <see cref="JoinedRows"/> and the narrow copies' navigations.
/// </summary>
internal sealed record AwardWithPlaces(Award Award, Community? Community, Street? Street, District? District, District? DistrictAtAward);

/// <summary>
/// Reads each award of a page with the places its selection shows, in the same statement, and only the columns
/// those places need (issue #17): the journalist's list asks for codes and names of the community, its street and
/// districts, which is 16 place columns where the whole entities are 39.
/// </summary>
internal static class AwardPlaces
{
    private static readonly string[] CommunityLinks = ["street", "district"];
    private static readonly string[] StreetLinks = ["district"];
    private static readonly ConcurrentDictionary<(PlaceRead, PlaceRead), Expression<Func<Award, AwardWithPlaces>>> Projections = new();

    /// <summary>What the selection below the awards connection field needs of the community and the district at award.</summary>
    public static (PlaceRead Community, PlaceRead DistrictAtAward) Needed(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var connection = Selections.Fields(context, context.FieldAst.SelectionSet).ToList();
        var awards = connection.Where(f => f.Name == "nodes")
            .Concat(Selections.Named(context, connection.Where(f => f.Name == "edges"), "node"))
            .ToList();
        return (Community(context, Selections.Named(context, awards, "community").ToList()), District(context, Selections.Named(context, awards, "districtAtAward").ToList()));
    }

    /// <summary>The page's projection for that need; built once per shape, so EF Core sees the same tree each time.</summary>
    public static Expression<Func<Award, AwardWithPlaces>> Projection(PlaceRead community, PlaceRead districtAtAward) =>
        Projections.GetOrAdd((community, districtAtAward), Build);

    private static PlaceRead Community(IResolveFieldContext context, List<GraphQLField> community)
    {
        if (community.Count == 0)
        {
            return PlaceRead.None;
        }

        var streets = Selections.Named(context, community, "street").ToList();
        var narrow = Selections.OnlyAmong(context, community, [.. PlaceProjections.Fields, .. CommunityLinks])
            && Selections.OnlyAmong(context, streets, [.. PlaceProjections.Fields, .. StreetLinks])
            && District(context, Selections.Named(context, community, "district").ToList()) != PlaceRead.Whole
            && District(context, Selections.Named(context, streets, "district").ToList()) != PlaceRead.Whole;
        return narrow ? PlaceRead.Narrow : PlaceRead.Whole;
    }

    private static PlaceRead District(IResolveFieldContext context, List<GraphQLField> district) =>
        district.Count == 0 ? PlaceRead.None
        : Selections.OnlyAmong(context, district, PlaceProjections.Fields) ? PlaceRead.Narrow
        : PlaceRead.Whole;

    private static Expression<Func<Award, AwardWithPlaces>> Build((PlaceRead Community, PlaceRead DistrictAtAward) need)
    {
        var award = Expression.Parameter(typeof(Award), "a");
        var read = WholeAward(award);
        var community = Expression.Property(award, nameof(Award.Community));
        var street = Expression.Property(community, nameof(Domain.Geography.Community.Street));
        var district = Expression.Property(street, nameof(Street.District));
        var districtAtAward = Expression.Property(award, nameof(Award.DistrictAtAward));
        var whole = need.Community == PlaceRead.Whole;
        var row = Expression.New(
            typeof(AwardWithPlaces).GetConstructors().Single(),
            read,
            need.Community switch
            {
                PlaceRead.Whole => community,
                PlaceRead.Narrow => PlaceProjections.Community(community),
                _ => Expression.Constant(null, typeof(Community)),
            },
            whole ? street : Expression.Constant(null, typeof(Street)),
            whole ? district : Expression.Constant(null, typeof(District)),
            need.DistrictAtAward switch
            {
                PlaceRead.Whole => districtAtAward,
                PlaceRead.Narrow => PlaceProjections.District(districtAtAward),
                _ => Expression.Constant(null, typeof(District)),
            });
        return Expression.Lambda<Func<Award, AwardWithPlaces>>(row, award);
    }

    /// <summary>
    /// The award's own columns, every one of them, built by the projection rather than materialised as a tracked-shape
    /// entity: EF Core's entity materialiser marks the owned revocation loaded on each row (a walk of the model per
    /// award), which a plain projection does not need. <see cref="StoredProperties"/> is every settable scalar of
    /// <see cref="Award"/>; a test holds it equal to the columns the model maps.
    /// </summary>
    private static MemberInitExpression WholeAward(Expression award)
    {
        var revocation = Expression.Property(award, nameof(Award.Revocation));
        var revocationRead = Expression.Condition(
            Expression.Equal(revocation, Expression.Constant(null, typeof(Revocation))),
            Expression.Constant(null, typeof(Revocation)),
            Expression.New(
                typeof(Revocation).GetConstructor([typeof(DateOnly), typeof(string)])!,
                Expression.Property(revocation, nameof(Revocation.RevokedOn)),
                Expression.Property(revocation, nameof(Revocation.Reason))));
        var constructor = typeof(Award).GetConstructor(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic, Type.EmptyTypes)!;
        return Expression.MemberInit(
            Expression.New(constructor),
            [.. StoredProperties.Select(p => Expression.Bind(p, Expression.Property(award, p))), Expression.Bind(revocation.Member, revocationRead)]);
    }

    /// <summary>The award's stored scalar properties: settable, of a value type or text, not the in-memory edition mark.</summary>
    internal static readonly System.Reflection.PropertyInfo[] StoredProperties =
    [
        .. typeof(Award).GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public)
            .Where(p => p.CanWrite && (p.PropertyType.IsValueType || p.PropertyType == typeof(string)) && p.Name != nameof(Award.ReadFromEdition)),
    ];
}
