using GreenCommunity.Api.GraphQL.Caching;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.Hosting;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Infrastructure.Editions;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Api.GraphQL.Mutations;

/// <summary>
/// What a mutation works with: the database (tracking), the signed-in actor, the clock. Every mutation saves
/// once, so each is one transaction; a concurrent change to the same record is reported as <c>CONFLICT</c>, however
/// the database noticed it (ADR-020).
/// </summary>
public sealed class MutationContext(GreenCommunityDbContext db, CurrentCaller caller, TimeProvider clock, PublicResultCache cache, IEnumerable<ISaveHook> hooks, StorageFullMonitor storage)
{
    /// <summary>The database.</summary>
    public GreenCommunityDbContext Db { get; } = db;

    /// <summary>
    /// The signed-in caller: the identity the request was authorised as, whatever the transport. Mutations that need
    /// one are refused before execution when there is none.
    /// </summary>
    public Actor Actor => caller.Value.Actor ?? throw new InvalidOperationException("No signed-in actor; the authorization rule should have refused the request.");

    /// <summary>The signed-in caller, or null for anonymous callers.</summary>
    public Actor? OptionalActor => caller.Value.Actor;

    /// <summary>The caller's network address, for per-address limits.</summary>
    public string ClientAddress => caller.Value.Address;

    /// <summary>Now (UTC).</summary>
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Today.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now);

    /// <summary>
    /// Saves all changes and the events they raise (outbox messages) in one transaction; a concurrent change gives
    /// <c>CONFLICT</c> and saves nothing. Once committed, cached public answers are dropped on every replica and the
    /// events are relayed to subscribers.
    /// </summary>
    public Task<DomainError?> SaveAsync(CancellationToken cancellationToken) => SaveAsync(duplicate: null, cancellationToken);

    /// <summary>
    /// Saves like <see cref="SaveAsync(CancellationToken)"/>; when a unique index refuses the write, answers
    /// <paramref name="duplicate"/> instead of <c>CONFLICT</c>. For mutations that create a record whose natural key
    /// the caller chose (one application per campaign and community): the record another writer saved a moment
    /// earlier is the one the caller can find and use, not a change to read again and retry. Only for mutations
    /// whose error union includes <c>DuplicateError</c>.
    /// </summary>
    /// <remarks>
    /// Every other way a concurrent writer shows up is <c>CONFLICT</c>: a stale version, a unique key of the same
    /// aggregate taken meanwhile (PostgreSQL may report it before the version check, e.g. two evaluators' scores or
    /// two awards of one application), a reference removed meanwhile, a serialization failure or deadlock. A full
    /// disk or an unreachable database is not a conflict: it propagates and is answered <c>STORAGE_FULL</c> or
    /// <c>SERVICE_UNAVAILABLE</c>; anything else is a bug (<c>INTERNAL_SERVER_ERROR</c>).
    /// </remarks>
    public async Task<DomainError?> SaveAsync(DomainError? duplicate, CancellationToken cancellationToken)
    {
        try
        {
            var changes = Prepare(edition: null);
            if (changes.Count == 0)
            {
                await Db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
                await Db.SaveChangesAsync(cancellationToken);
                await WriteAsync(changes, cancellationToken);
                await Db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            await AfterCommitAsync(changes);
            return null;
        }
        catch (Exception ex) when (DatabaseFailures.IsWriteConflict(ex))
        {
            Db.ChangeTracker.Clear();
            return duplicate is not null && DatabaseFailures.IsUniqueViolation(ex)
                ? duplicate
                : new DomainError(DomainErrorCodes.Conflict, "Someone changed this record at the same time; nothing was saved. Read it again and retry.", "version");
        }
    }

    /// <summary>
    /// Saves all changes and <paramref name="edition"/> (when it changed anything), with its content hash, in one
    /// transaction; a concurrent publication or change gives <c>CONFLICT</c> and saves nothing.
    /// </summary>
    public async Task<DomainError?> SaveEditionAsync(Edition edition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edition);
        try
        {
            var changes = Prepare(edition);
            await using (var transaction = await Db.Database.BeginTransactionAsync(cancellationToken))
            {
                await EditionLedger.SaveAsync(Db, edition, cancellationToken);
                await WriteAsync(changes, cancellationToken);
                await Db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            await AfterCommitAsync(changes);
            return null;
        }
        catch (Exception ex) when (DatabaseFailures.IsWriteConflict(ex))
        {
            // A concurrency failure, or another publication took this edition's number first.
            Db.ChangeTracker.Clear();
            return new DomainError(DomainErrorCodes.Conflict, "Someone published or changed this data at the same time; nothing was saved. Read it again and retry.", "version");
        }
    }

    // What the save hooks (the live events' outbox, ISaveHook) add to this save, noted before anything is saved.
    private List<ISavedChange> Prepare(Edition? edition) =>
        [.. hooks.Select(hook => hook.Prepare(Db, edition)).OfType<ISavedChange>()];

    private async Task WriteAsync(List<ISavedChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            await change.WriteAsync(Db, Now, cancellationToken);
        }
    }

    // The write is committed: nothing here may undo it or report it failed (the request may already be cancelled).
    private async Task AfterCommitAsync(List<ISavedChange> changes)
    {
        storage.WriteSucceeded();
        await cache.InvalidateAsync(CancellationToken.None);
        foreach (var change in changes)
        {
            change.AfterCommit();
        }
    }

    /// <summary>
    /// Saves when <paramref name="outcome"/> keeps its changes; otherwise discards them. Returns the error to
    /// report, if any.
    /// </summary>
    public async Task<DomainError?> CommitAsync(Outcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.ChangesKept)
        {
            Db.ChangeTracker.Clear();
            return outcome.Error;
        }

        return await SaveAsync(cancellationToken) ?? outcome.Error;
    }
}
