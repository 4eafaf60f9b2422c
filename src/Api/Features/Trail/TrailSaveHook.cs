using System.Globalization;
using System.Text.RegularExpressions;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Domain.Publicity;
using GreenCommunity.Domain.Reviews;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GreenCommunity.Api.Features.Trail;

/// <summary>
/// Keeps every application's trail complete without any mutation asking for it: before a save, reads from the
/// change tracker what bears on an application's result (evidence attached or withdrawn, self-assessment and gate
/// facts, gate verdicts, procedure steps, each evaluator's scores and re-scores, completion, collective review
/// decisions, objections and rulings, titles granted and revoked) and writes one <see cref="TrailEntry"/> for each,
/// with the caller and the reasons, in the save's transaction. Status changes are the application's history already.
/// </summary>
public sealed partial class TrailSaveHook(CurrentCaller caller) : ISaveHook
{
    /// <summary>Who objections from the public are recorded as: the trail never names an objector.</summary>
    public const string PublicObjector = "public";

    /// <inheritdoc />
    public ISavedChange? Prepare(GreenCommunityDbContext db, Edition? edition)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.DetectChanges();
        var by = caller.Value.Actor?.Subject ?? PublicObjector;
        var pending = new List<Pending>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Application application when entry.State == EntityState.Modified:
                    Application(entry, application, by, pending);
                    break;
                case Evidence evidence when entry.State == EntityState.Added:
                    pending.Add(new(() => evidence.ApplicationId, TrailEntryKind.EvidenceAdded, by, new(evidence.Title, After: evidence.Kind)));
                    break;
                case Evidence evidence when entry.State == EntityState.Modified && entry.Property(nameof(Evidence.WithdrawnAt)).IsModified:
                    pending.Add(new(() => evidence.ApplicationId, TrailEntryKind.EvidenceWithdrawn, by, new(evidence.Title, Reason: evidence.WithdrawalReason)));
                    break;
                case GateVerdict verdict when entry.State == EntityState.Added:
                    pending.Add(new(() => verdict.ApplicationId, TrailEntryKind.GateVerdictGiven, by,
                        new(Name(verdict.Gate), After: verdict.Passed ? "passed" : "failed", Reason: $"{Name(verdict.Stage)}: {verdict.Evidence}")));
                    break;
                case Evaluation evaluation:
                    Evaluation(db, entry, evaluation, by, pending);
                    break;
                case CollectiveReviewDecision decision when entry.State == EntityState.Added:
                    pending.Add(new(() => decision.ApplicationId, TrailEntryKind.CollectiveReviewDecided, by,
                        new(After: decision.Candidate ? "candidate" : "not candidate", Reason: decision.Reasons)));
                    break;
                case Objection objection when entry.State == EntityState.Added:
                    pending.Add(new(() => objection.ApplicationId, TrailEntryKind.ObjectionFiled, PublicObjector, new(Reason: objection.Reasons)));
                    break;
                case Objection objection when entry.State == EntityState.Modified && entry.Property(nameof(Objection.Resolution)).IsModified:
                    pending.Add(new(() => objection.ApplicationId, TrailEntryKind.ObjectionRuled, by,
                        new(Before: entry.Property(nameof(Objection.Resolution)).OriginalValue is Enum before ? Name(before) : null, After: Name(objection.Resolution), Reason: objection.ResolutionNote)));
                    break;
                case Award award when award.ApplicationId is not null:
                    Award(entry, award, by, pending);
                    break;
            }
        }

        return pending.Count == 0 ? null : new Entries(pending);
    }

    private static void Application(EntityEntry entry, Application application, string by, List<Pending> pending)
    {
        var score = entry.Property(nameof(Domain.Applications.Application.SelfAssessedScore));
        if (score.IsModified && !Equals(score.OriginalValue, score.CurrentValue))
        {
            pending.Add(new(() => application.Id, TrailEntryKind.SelfAssessmentChanged, by, new(Before: Number(score.OriginalValue), After: Number(score.CurrentValue))));
        }

        if (entry.Reference(nameof(Domain.Applications.Application.GateFacts)).TargetEntry is { State: EntityState.Added or EntityState.Modified } && application.GateFacts is { } facts)
        {
            pending.Add(new(() => application.Id, TrailEntryKind.GateFactsRecorded, by, new(
                After: string.Create(CultureInfo.InvariantCulture, $"occupancy {facts.OccupancyRate.Fraction:0.####}, {facts.PenaltyCases} penalty cases, {facts.ComplaintsAnsweredInTime}/{facts.ComplaintsReceived} complaints answered in time"),
                Reason: facts.Source)));
        }
    }

    private static void Evaluation(GreenCommunityDbContext db, EntityEntry entry, Evaluation evaluation, string by, List<Pending> pending)
    {
        var completedAt = entry.Property(nameof(Domain.Evaluations.Evaluation.CompletedAt));
        if (entry.State == EntityState.Modified && completedAt.IsModified && evaluation.CompletedAt is not null)
        {
            pending.Add(new(() => evaluation.ApplicationId, TrailEntryKind.EvaluationCompleted, by, new(After: Number(evaluation.PanelScore), Reason: evaluation.Feedback)));
        }

        foreach (var step in evaluation.Steps.Where(s => db.Entry(s).State == EntityState.Added))
        {
            pending.Add(new(() => evaluation.ApplicationId, TrailEntryKind.EvaluationStepRecorded, by, new(Name(step.Step), Reason: step.Notes)));
        }

        // A re-score replaces the evaluator's earlier score: the earlier one is deleted as the new one is added.
        var replaced = db.ChangeTracker.Entries<IndicatorScore>().Where(s => s.State == EntityState.Deleted && s.Entity.EvaluationId == evaluation.Id)
            .ToDictionary(s => (s.Entity.PanelMemberId, s.Entity.IndicatorId), s => s.Entity.Points);
        foreach (var score in evaluation.Scores.Where(s => db.Entry(s).State == EntityState.Added))
        {
            var earlier = replaced.TryGetValue((score.PanelMemberId, score.IndicatorId), out var points) ? points : (decimal?)null;
            if (earlier == score.Points)
            {
                continue;
            }

            pending.Add(new(() => evaluation.ApplicationId, earlier is null ? TrailEntryKind.ScoreGiven : TrailEntryKind.ScoreChanged, by,
                new(Before: Number(earlier), After: Number(score.Points), EvaluatorsOnly: true, IndicatorId: score.IndicatorId)));
        }
    }

    private static void Award(EntityEntry entry, Award award, string by, List<Pending> pending)
    {
        if (entry.State == EntityState.Added)
        {
            pending.Add(new(() => award.ApplicationId!.Value, TrailEntryKind.TitleAwarded, by, new(Name(award.Level), After: Number(award.Score))));
        }
        else if (award.Revocation is { } revocation && entry.Reference(nameof(Domain.Awards.Award.Revocation)).TargetEntry is { State: EntityState.Added or EntityState.Modified })
        {
            pending.Add(new(() => award.ApplicationId!.Value, TrailEntryKind.TitleRevoked, by,
                new(Name(award.Level), After: revocation.RevokedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Reason: revocation.Reason)));
        }
    }

    // An enumeration value as the API spells it (SiteInspected -> SITE_INSPECTED).
    private static string Name(Enum value) => SnakeCase().Replace(value.ToString(), "$1_$2").ToUpperInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex SnakeCase();

    private static string? Number(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString("0.0###", CultureInfo.InvariantCulture),
        double d => d.ToString("0.0###", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    // The application's ID is read once the change is saved: a new application has none before.
    private sealed record Pending(Func<int> ApplicationId, TrailEntryKind Kind, string By, TrailDetail Detail);

    private sealed class Entries(List<Pending> pending) : ISavedChange
    {
        public async Task WriteAsync(GreenCommunityDbContext db, DateTime now, CancellationToken cancellationToken)
        {
            // Where each entry stands among its application's status changes, this save's included.
            var lines = pending.Select(p => (Id: p.ApplicationId(), Pending: p)).ToList();
            var ids = lines.Select(l => l.Id).Distinct().ToList();
            var steps = await db.ApplicationEvents.Where(e => ids.Contains(e.ApplicationId)).GroupBy(e => e.ApplicationId)
                .Select(g => new { ApplicationId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.ApplicationId, g => g.Count, cancellationToken);
            db.TrailEntries.AddRange(lines.Select(l => new TrailEntry(l.Id, steps.GetValueOrDefault(l.Id), l.Pending.Kind, now, l.Pending.By, l.Pending.Detail)));
        }

        public void AfterCommit()
        {
        }
    }
}
