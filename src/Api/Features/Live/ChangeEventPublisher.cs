using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Domain.Publicity;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Live;

/// <summary>
/// Turns what a mutation changed into live events: read from the change tracker before saving (new history
/// entries, evaluation steps and completions, notices), published after the save committed, so no subscriber ever
/// hears of a change that did not happen. Mutations need not raise events themselves.
/// </summary>
public sealed class ChangeEventPublisher(ProgrammeEventBus bus)
{
    /// <summary>Notes the changes that will become events once saved.</summary>
    public static PendingEvents Capture(GreenCommunityDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.DetectChanges();
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var evaluations = db.ChangeTracker.Entries<Evaluation>()
            .Where(e => e.State == EntityState.Modified || e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var history = db.ChangeTracker.Entries<Application>()
            .SelectMany(a => a.Entity.History.Where(h => added.Contains(h)).Select(h => (a.Entity, h)))
            .ToList();
        return new PendingEvents(history, evaluations, [.. added.OfType<PublicityNotice>()]);
    }

    /// <summary>Publishes the events of committed changes.</summary>
    public async Task PublishAsync(GreenCommunityDbContext db, PendingEvents pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pending);
        var applicationIds = pending.History.Select(h => h.Application.Id).Concat(pending.Evaluations.Select(e => e.ApplicationId)).Distinct().ToList();
        if (applicationIds.Count > 0 && (bus.StatusChanges.SubscriberCount > 0 || bus.EvaluationProgress.SubscriberCount > 0))
        {
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
                bus.StatusChanges.Publish(new ApplicationStatusChange(application.Id, scope.Community, scope.District, scope.Panel, change.From, change.To, change.By, change.At));
            }

            foreach (var evaluation in pending.Evaluations)
            {
                var scope = scopes[evaluation.ApplicationId];
                bus.EvaluationProgress.Publish(new EvaluationProgress(evaluation.ApplicationId, scope.Community, scope.District, scope.Panel, evaluation.LastStep, evaluation.PanelScore, evaluation.CompletedAt ?? DateTime.UtcNow));
            }
        }

        foreach (var notice in pending.Notices)
        {
            bus.NoticesOpened.Publish(new PublicityNoticeOpened(notice.Id));
        }
    }
}

/// <summary>Changes captured before a save.</summary>
/// <param name="History">New history entries, with their application.</param>
/// <param name="Evaluations">Evaluations changed.</param>
/// <param name="Notices">Publicity notices opened.</param>
public sealed record PendingEvents(IReadOnlyList<(Application Application, ApplicationEvent Change)> History, IReadOnlyList<Evaluation> Evaluations, IReadOnlyList<PublicityNotice> Notices);
