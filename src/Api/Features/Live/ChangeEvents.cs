using System.Text.Json;
using System.Text.Json.Serialization;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Domain.Publicity;
using GreenCommunity.Infrastructure.Outbox;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Live;

/// <summary>
/// Turns what a mutation changed into live events: read from the change tracker before saving (new history
/// entries, evaluation steps and completions, notices, an edition), and written as outbox messages in the same
/// transaction as the change, after it is saved (so new rows have their IDs). Mutations need not raise events
/// themselves, and no subscriber ever hears of a change that was not committed.
/// </summary>
public static class ChangeEvents
{
    /// <summary>How events are written in the outbox and on the wire.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Notes the changes that will become events once saved.</summary>
    public static PendingEvents Capture(GreenCommunityDbContext db, Edition? edition = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.DetectChanges();
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToHashSet();
        var evaluations = db.ChangeTracker.Entries<Evaluation>()
            .Where(e => e.State == EntityState.Modified || e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var history = db.ChangeTracker.Entries<Application>()
            .SelectMany(a => a.Entity.History.Where(added.Contains).Select(h => (a.Entity, h)))
            .ToList();
        return new PendingEvents(history, evaluations, [.. added.OfType<PublicityNotice>()], edition is { IsEmpty: false } ? edition : null);
    }

    /// <summary>
    /// Adds the outbox messages of <paramref name="pending"/>, once its changes are saved in the current
    /// transaction; the caller saves them in that same transaction. Returns how many.
    /// </summary>
    public static async Task<int> AddToOutboxAsync(GreenCommunityDbContext db, PendingEvents pending, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pending);
        var messages = new List<OutboxMessage>();
        var applicationIds = pending.History.Select(h => h.Application.Id).Concat(pending.Evaluations.Select(e => e.ApplicationId)).Distinct().ToList();
        if (applicationIds.Count > 0)
        {
            // Who may see each application, as it stands in this transaction: subscribers are filtered by it.
            var scopes = await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id))
                .Select(a => new
                {
                    a.Id,
                    Community = a.Community!.Code,
                    District = a.Community.Street!.District!.Code,
                    Panel = db.Evaluations.Where(e => e.ApplicationId == a.Id)
                        .SelectMany(e => db.PanelMembers.Where(m => m.PanelId == e.PanelId).Select(m => m.Subject)).ToList(),
                })
                .ToDictionaryAsync(a => a.Id, cancellationToken);
            foreach (var (application, change) in pending.History)
            {
                var scope = scopes[application.Id];
                messages.Add(Message(new ApplicationStatusChange(application.Id, scope.Community, scope.District, scope.Panel, change.From, change.To, change.By, change.At), change.At));
            }

            foreach (var evaluation in pending.Evaluations)
            {
                var scope = scopes[evaluation.ApplicationId];
                messages.Add(Message(new EvaluationProgress(evaluation.ApplicationId, scope.Community, scope.District, scope.Panel, evaluation.LastStep, evaluation.PanelScore, evaluation.CompletedAt ?? now), now));
            }
        }

        messages.AddRange(pending.Notices.Select(n => Message(new PublicityNoticeOpened(n.Id), now)));
        if (pending.Edition is { } edition)
        {
            messages.Add(Message(new ResultsPublished(edition.Number), edition.PublishedAt));
        }

        db.OutboxMessages.AddRange(messages);
        return messages.Count;
    }

    /// <summary>The outbox message of <paramref name="value"/>.</summary>
    public static OutboxMessage Message<T>(T value, DateTime occurredAt)
        where T : notnull => new(ProgrammeEventKinds.Of<T>(), JsonSerializer.Serialize(value, Json), occurredAt);
}

/// <summary>Changes captured before a save.</summary>
/// <param name="History">New history entries, with their application.</param>
/// <param name="Evaluations">Evaluations changed.</param>
/// <param name="Notices">Publicity notices opened.</param>
/// <param name="Edition">The edition published, if the change published one.</param>
public sealed record PendingEvents(IReadOnlyList<(Application Application, ApplicationEvent Change)> History, IReadOnlyList<Evaluation> Evaluations, IReadOnlyList<PublicityNotice> Notices, Edition? Edition)
{
    /// <summary>True when the change raises no event.</summary>
    public bool IsEmpty => History.Count == 0 && Evaluations.Count == 0 && Notices.Count == 0 && Edition is null;
}
