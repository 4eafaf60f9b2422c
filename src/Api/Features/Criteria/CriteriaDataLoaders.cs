using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Criteria;

/// <summary>Criteria schemes by ID, each with its sections, indicators, gates and pass marks.</summary>
public sealed class CriteriaSchemeByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, CriteriaScheme>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, CriteriaScheme>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await CriteriaQueries.Complete(db).Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
}
