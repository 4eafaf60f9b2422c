using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Applications;

/// <summary>Applications by ID (visibility is checked by the caller).</summary>
public sealed class ApplicationByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, Application>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, Application>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.Applications.Where(a => keys.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
}

/// <summary>Each application's history, oldest first.</summary>
public sealed class HistoryByApplicationIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, ApplicationEvent>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, ApplicationEvent>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.ApplicationEvents.Where(e => keys.Contains(e.ApplicationId)).OrderBy(e => e.Id).ToListAsync(cancellationToken)).ToLookup(e => e.ApplicationId);
}

/// <summary>Each application's evidence, oldest first.</summary>
public sealed class EvidenceByApplicationIdDataLoader(GreenCommunityDbContext db) : ListByKeyDataLoader<int, Evidence>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, Evidence>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await db.Evidence.Where(e => keys.Contains(e.ApplicationId)).OrderBy(e => e.Id).ToListAsync(cancellationToken)).ToLookup(e => e.ApplicationId);
}

/// <summary>Each application's evaluation, with its steps and scores.</summary>
public sealed class EvaluationByApplicationIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, Evaluation>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, Evaluation>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.Evaluations.Include(e => e.Steps).Include(e => e.Scores).AsSplitQuery()
            .Where(e => keys.Contains(e.ApplicationId)).ToDictionaryAsync(e => e.ApplicationId, cancellationToken);
}

/// <summary>Panels with their members, by ID (for the signed-in views).</summary>
public sealed class PanelWithMembersByIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, Panel>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, Panel>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await db.Panels.Include(p => p.Members).Where(p => keys.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
}
