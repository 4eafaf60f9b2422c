using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Programme;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Organisations;

/// <summary>Published organisations by ID (an unpublished one loads as null).</summary>
public sealed class OrganisationByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, Organisation>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, Organisation>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.Organisations.Where(o => keys.Contains(o.Id) && o.PublishedInEdition != null).ToDictionaryAsync(o => o.Id, cancellationToken);
}

/// <summary>Published organisations by code (an unknown or unpublished code loads as null).</summary>
public sealed class OrganisationByCodeDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<string, Organisation>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<string, Organisation>> FetchValuesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        await db.Organisations.Where(o => keys.Contains(o.Code) && o.PublishedInEdition != null).ToDictionaryAsync(o => o.Code, StringComparer.Ordinal, cancellationToken);
}
