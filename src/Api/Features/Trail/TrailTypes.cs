using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Trail;

/// <summary>One line of an application's trail: a status change from its history, or a kept <see cref="TrailEntry"/>.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">When (UTC).</param>
/// <param name="By">Who did it.</param>
/// <param name="From">For a status change, the state before.</param>
/// <param name="To">For a status change, the state after.</param>
/// <param name="Comment">For a status change, the comment or reasons given.</param>
/// <param name="Entry">For anything else, the entry kept.</param>
public sealed record TrailLine(TrailEntryKind Kind, DateTime At, string By, ApplicationStatus? From, ApplicationStatus? To, string? Comment, TrailEntry? Entry);

/// <summary>An application's trail, oldest first, and the subjects of its panel's evaluators (who may read their scores).</summary>
/// <param name="Lines">The lines, oldest first.</param>
/// <param name="Evaluators">The sign-in subjects of the evaluators on the application's panel.</param>
public sealed record ApplicationTrail(IReadOnlyList<TrailLine> Lines, IReadOnlySet<string> Evaluators);

/// <summary>Each application's trail: its history and its kept entries merged by time (three statements for any number of applications).</summary>
public sealed class TrailByApplicationIdDataLoader(GreenCommunityDbContext db) : ValueByKeyDataLoader<int, ApplicationTrail>
{
    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<int, ApplicationTrail>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var history = (await db.ApplicationEvents.Where(e => keys.Contains(e.ApplicationId)).OrderBy(e => e.Id).ToListAsync(cancellationToken)).ToLookup(e => e.ApplicationId);
        var entries = (await db.TrailEntries.Where(e => keys.Contains(e.ApplicationId)).OrderBy(e => e.Id).ToListAsync(cancellationToken)).ToLookup(e => e.ApplicationId);
        var evaluators = (await db.Evaluations.Where(e => keys.Contains(e.ApplicationId))
                .Join(db.PanelMembers, e => e.PanelId, m => m.PanelId, (e, m) => new { e.ApplicationId, m.Subject })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.ApplicationId, e => e.Subject);
        return keys.ToDictionary(id => id, id =>
        {
            // In the order things happened: an entry recorded when the history held k status changes comes after the
            // k-th and before the next (a submission, then its verdicts), whatever the clocks say.
            var lines = history[id].Select((e, i) => (Line: new TrailLine(TrailEntryKind.StatusChanged, e.At, e.By, e.From, e.To, e.Comment, null), Step: i + 1, Source: 0, Order: i))
                .Concat(entries[id].Select((e, i) => (Line: new TrailLine(e.Kind, e.At, e.By, null, null, null, e), Step: e.Steps, Source: 1, Order: i)))
                .OrderBy(l => l.Step).ThenBy(l => l.Source).ThenBy(l => l.Order)
                .Select(l => l.Line).ToList();
            return new ApplicationTrail(lines, evaluators[id].ToHashSet(StringComparer.Ordinal));
        });
    }
}

/// <summary>Adds <c>Application.trail</c>.</summary>
public static class TrailFields
{
    /// <summary>Adds the trail field to the application type.</summary>
    public static void AddTrail(this ObjectGraphType<Application> application)
    {
        ArgumentNullException.ThrowIfNull(application);
        application.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrailEntryType>>>>("trail")
            .Description("Everything that bears on the application's result, oldest first: status changes, evidence attached and withdrawn, self-assessment and gate facts, gate verdicts, procedure steps, each evaluator's scores and re-scores, completion, collective review decisions, objections and rulings, titles granted and revoked; each with who, when and why. Evaluators' individual scores are listed only for the city and the panel's own evaluators, as Evaluation.scores.")
            .Argument<ListGraphType<NonNullGraphType<TrailEntryKindType>>>("kinds", "Only these kinds; all when omitted.")
            .Resolve(ctx =>
            {
                var actor = ActorClaims.From(ctx.User);
                var kinds = ctx.GetArgument<List<TrailEntryKind>?>("kinds");
                return ctx.Service<TrailByApplicationIdDataLoader>().Load(ctx.Source.Id).Then(trail =>
                {
                    var scores = actor is not null && (actor.Is(Role.CityAdmin) || (actor.Is(Role.Evaluator) && trail!.Evaluators.Contains(actor.Subject)));
                    return trail!.Lines.Where(l => (scores || l.Entry is not { EvaluatorsOnly: true }) && (kinds is null || kinds.Contains(l.Kind))).ToList();
                });
            });
    }
}

public sealed class TrailEntryKindType : EnumerationGraphType<TrailEntryKind>
{
    public TrailEntryKindType()
    {
        Name = "TrailEntryKind";
        Description = "What a trail entry records.";
    }
}

public sealed class TrailEntryType : ObjectGraphType<TrailLine>
{
    public TrailEntryType()
    {
        Name = "TrailEntry";
        Description = "One change bearing on an application's result: what changed, who changed it, when and why, with the value before and after where a value changed.";
        this.Authorize();
        Field<NonNullGraphType<TrailEntryKindType>>("kind").Description("What happened.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When (UTC).").Resolve(ctx => ctx.Source.At);
        Field<NonNullGraphType<StringGraphType>>("by").Description("Who did it: the sign-in subject; 'public' for an objection (the trail never names an objector).").Resolve(ctx => ctx.Source.By);
        Field<ApplicationStatusType>("from").Description("STATUS_CHANGED: the state before; null for the first.").Resolve(ctx => ctx.Source.From);
        Field<ApplicationStatusType>("to").Description("STATUS_CHANGED: the state after.").Resolve(ctx => ctx.Source.To);
        Field<StringGraphType>("subject").Description("What it concerns: the evidence's title, the gate, the procedure step, the title's level.").Resolve(ctx => ctx.Source.Entry?.Subject);
        Field<IdGraphType>("indicator").Description("SCORE_GIVEN and SCORE_CHANGED: the criteria indicator's global ID.")
            .Resolve(ctx => ctx.Source.Entry?.IndicatorId is { } id ? GlobalId.Encode(CriteriaIndicatorType.TypeName, id) : null);
        Field<StringGraphType>("before").Description("The value before, where a value changed (a self-assessed score, an evaluator's points, an objection's resolution).").Resolve(ctx => ctx.Source.Entry?.Before);
        Field<StringGraphType>("after").Description("The value after, or the outcome (passed or failed, candidate or not, the panel score, the day a title was revoked).").Resolve(ctx => ctx.Source.Entry?.After);
        Field<StringGraphType>("reason").Description("The reasons, comment or notes given.").Resolve(ctx => ctx.Source.Entry is { } entry ? entry.Reason : ctx.Source.Comment);
    }
}
