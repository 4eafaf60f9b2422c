using System.Globalization;
using GraphQL.Types;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.Features.Statistics;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Indicators;
using GreenCommunity.Infrastructure.Editions;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Indicators;

/// <summary>Recording indicator values: an idempotent batch that publishes new values and corrections in one edition.</summary>
public static class IndicatorMutations
{
    /// <summary>The most values one batch takes.</summary>
    public const int MaxBatchSize = 1000;

    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<RecordObservationsPayloadType, RecordObservationsInputType, RecordObservationsInput, OpenDataOptions>("recordObservations", Role.CityAdmin, "Records and publishes a batch of indicator values, idempotently: a value equal to the current one (value, provenance and document) changes nothing, so re-sending a batch changes nothing; a different value for the same indicator, community and year is a correction that supersedes the current value without erasing it. Everything that changed is published in one new edition; all or nothing.", "The values.", RecordAsync);
        mutation.AddMutation<ReviseIndicatorDefinitionPayloadType, ReviseIndicatorDefinitionInputType, ReviseIndicatorDefinitionInput>("reviseIndicatorDefinition", Role.CityAdmin, "Changes how an indicator is measured (unit, description, method or source) as a new version of its definition, public at once. Earlier versions never change, and every value keeps the version it was measured under: a new value recorded from now on is measured under the new version unless its input names an earlier one, and a correction keeps the version of the value it corrects unless its input names another.", "The indicator, its current version and the change.", ReviseAsync);
    }

    private static async Task<Payload<IndicatorDefinition>> ReviseAsync(MutationContext m, ReviseIndicatorDefinitionInput input, CancellationToken ct)
    {
        var code = input.Indicator.Trim();
        var indicator = await m.Db.IndicatorDefinitions.AsTracking().FirstOrDefaultAsync(i => i.Code == code, ct);
        if (indicator is null)
        {
            return Payload.Failed<IndicatorDefinition>(new DomainError(DomainErrorCodes.NotFound, $"No indicator '{code}'.", "indicator"));
        }

        var (_, error) = indicator.Revise(input.Version, input.Unit, input.Description, input.Methodology, input.Source, input.ChangeNote, m.Now);
        if (error is not null)
        {
            return Payload.Failed(error, indicator);
        }

        // The version is the definition's concurrency token, and (indicator, version) is unique: a revision saved
        // meanwhile makes this one a CONFLICT and nothing is written.
        var conflict = new DomainError(DomainErrorCodes.Conflict, $"{code} was revised meanwhile; read it again.", "version");
        return await m.SaveAsync(conflict, ct) is { } saveError ? Payload.Failed<IndicatorDefinition>(saveError) : Payload.Ok(indicator);
    }

    private static async Task<Payload<ObservationBatch>> RecordAsync(MutationContext m, OpenDataOptions openData, RecordObservationsInput input, CancellationToken ct)
    {
        var items = input.Observations;
        if (items.Count is 0 or > MaxBatchSize)
        {
            return Payload.Failed<ObservationBatch>(new DomainError(DomainErrorCodes.InvalidInput, $"Send 1 to {MaxBatchSize} values per batch.", "observations"));
        }

        var indicatorCodes = items.Select(i => i.Indicator).Distinct().ToList();
        var communityCodes = items.Select(i => i.Community).Distinct().ToList();
        var indicators = await m.Db.IndicatorDefinitions.Include(i => i.Versions).Where(i => indicatorCodes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, ct);
        var communities = await m.Db.Communities.Where(c => communityCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Id, ct);
        var indicatorIds = indicators.Values.Select(i => i.Id).ToList();
        var communityIds = communities.Values.ToList();
        var years = items.Select(i => i.Year).Distinct().ToList();
        var current = (await m.Db.Observations.AsTracking()
                .Where(o => o.SupersededById == null && indicatorIds.Contains(o.IndicatorId) && communityIds.Contains(o.CommunityId) && years.Contains(o.Year))
                .ToListAsync(ct))
            .ToDictionary(o => (o.IndicatorId, o.CommunityId, o.Year));

        // The version a value was measured under: the one its input names; else that of the value it would correct
        // (a re-sent batch changes nothing, and a corrected figure keeps its method); else the current one.
        IndicatorDefinitionVersion? VersionOf(IndicatorDefinition indicator, ObservationInput item)
        {
            var number = item.IndicatorVersion
                ?? (communities.TryGetValue(item.Community, out var communityId) && current.TryGetValue((indicator.Id, communityId, item.Year), out var existing)
                    ? existing.IndicatorVersion
                    : indicator.Version);
            return indicator.Versions.FirstOrDefault(v => v.Version == number);
        }

        var seen = new HashSet<(string, string, int)>();
        for (var n = 0; n < items.Count; n++)
        {
            var item = items[n];
            var field = string.Create(CultureInfo.InvariantCulture, $"observations[{n}]");
            var version = indicators.TryGetValue(item.Indicator, out var indicator) ? VersionOf(indicator, item) : null;
            string? problem = indicator is null ? $"No indicator '{item.Indicator}'."
                : version is null ? $"No version {item.IndicatorVersion} of {item.Indicator}: it has versions 1 to {indicator.Version}."
                : !communities.ContainsKey(item.Community) ? $"No community '{item.Community}'."
                : item.Year < 1990 || item.Year > m.Today.Year ? $"The year must be from 1990 to {m.Today.Year}."
                : !double.IsFinite(item.Value) || Math.Abs(item.Value) >= 1e10 ? "The value must be a finite number below 10 billion."
                : item.SourceDocument?.Length > 500 ? "The source document takes at most 500 characters."
                : !seen.Add((item.Indicator, item.Community, item.Year)) ? "The batch holds two values for the same indicator, community and year."
                : version.RejectValue(indicator.Code, Value(item));
            if (problem is not null)
            {
                return Payload.Failed<ObservationBatch>(new DomainError(DomainErrorCodes.InvalidInput, problem, field));
            }
        }

        if (await RefuseThinSatisfactionAsync(m, items, communities, openData.MinimumRespondents, ct) is { } thin)
        {
            return Payload.Failed<ObservationBatch>(thin);
        }

        var edition = await EditionLedger.OpenAsync(m.Db, m.Now, input.Reason is { Length: > 0 } reason ? reason.Trim() : "Indicator values recorded", ct);
        var results = new List<Observation>(items.Count);
        var unchanged = 0;
        foreach (var item in items)
        {
            var indicatorId = indicators[item.Indicator].Id;
            var indicatorVersion = VersionOf(indicators[item.Indicator], item)!.Version;
            var communityId = communities[item.Community];
            var value = Value(item);
            var document = string.IsNullOrWhiteSpace(item.SourceDocument) ? null : item.SourceDocument.Trim();
            if (current.TryGetValue((indicatorId, communityId, item.Year), out var existing)
                && existing.Matches(indicatorId, indicatorVersion, communityId, item.Year, value, item.Provenance, document))
            {
                if (existing.PublishedAt is null)
                {
                    edition.PublishObservation(existing);
                }
                else
                {
                    unchanged++;
                }

                results.Add(existing);
                continue;
            }

            var recorded = new Observation(indicatorId, indicatorVersion, communityId, item.Year, value, item.Provenance, document, m.Now);
            m.Db.Observations.Add(recorded);
            if (existing is null)
            {
                edition.PublishObservation(recorded);
            }
            else
            {
                edition.Correct(existing, recorded);
            }

            results.Add(recorded);
        }

        if (edition.IsEmpty)
        {
            // Nothing differs from what is recorded: nothing is written, no edition is made.
            m.Db.ChangeTracker.Clear();
            return Payload.Ok(new ObservationBatch(0, 0, unchanged, null, results));
        }

        var added = edition.Changes.Count(c => c.Kind == EditionChangeKind.ObservationAdded);
        var corrected = edition.Changes.Count(c => c.Kind == EditionChangeKind.ObservationCorrected);
        return await m.SaveEditionAsync(edition, ct) is { } error
            ? Payload.Failed<ObservationBatch>(error)
            : Payload.Ok(new ObservationBatch(added, corrected, unchanged, edition, results));
    }

    // A community's resident satisfaction in a year its panel questionnaire had fewer respondents than the minimum is
    // that small questionnaire's own result: it is not published (docs/open-data-disclosure.md).
    private static async Task<DomainError?> RefuseThinSatisfactionAsync(MutationContext m, List<ObservationInput> items, Dictionary<string, int> communities, int minimumRespondents, CancellationToken ct)
    {
        var satisfaction = items.Select((item, n) => (item, n)).Where(x => x.item.Indicator == QuestionnaireDisclosure.SatisfactionIndicator).ToList();
        if (satisfaction.Count == 0)
        {
            return null;
        }

        var thin = await QuestionnaireDisclosure.ThinQuestionnairesAsync(
            m.Db, [.. satisfaction.Select(x => communities[x.item.Community]).Distinct()], [.. satisfaction.Select(x => x.item.Year).Distinct()], minimumRespondents, ct);
        var first = satisfaction.FirstOrDefault(x => thin.Contains((communities[x.item.Community], x.item.Year)));
        return first.item is null ? null : new DomainError(
            DomainErrorCodes.InvalidInput,
            $"{first.item.Community}'s resident satisfaction in {first.item.Year} rests on a panel questionnaire of fewer than {minimumRespondents} respondents; publishing it would disclose that questionnaire's own result (OpenData:MinimumRespondents).",
            string.Create(CultureInfo.InvariantCulture, $"observations[{first.n}]"));
    }

    private static decimal Value(ObservationInput item) => Math.Round((decimal)item.Value, 4, MidpointRounding.AwayFromZero);
}
