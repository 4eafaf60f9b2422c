using GraphQL.Types;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Criteria;

/// <summary>The city's criteria versions: draft the next version, edit the draft, publish it.</summary>
public static class CriteriaMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<DraftCriteriaSchemePayloadType, DraftCriteriaSchemeInputType, DraftCriteriaSchemeInput>("draftCriteriaScheme", Role.CityAdmin, "Drafts the next version of a criteria scheme as a copy of its latest published version. One draft per scheme may be open (DuplicateError). Drafts are visible to city administrators only.", "The scheme's code.", DraftAsync);
        mutation.AddMutation<EditCriteriaDraftPayloadType, EditCriteriaDraftInputType, EditCriteriaDraftInput>("editCriteriaDraft", Role.CityAdmin, "Edits a draft criteria version: indicators' points, indicators and sections added or removed, gates and their thresholds, pass marks. The edits apply in order, all or none; a published version never changes (WrongStateError).", "The draft, its revision and the edits.", EditAsync);
        mutation.AddMutation<PublishCriteriaSchemePayloadType, PublishCriteriaSchemeInputType, PublishCriteriaSchemeInput>("publishCriteriaScheme", Role.CityAdmin, "Publishes a draft criteria version after checking it is whole (sections with indicators, pass marks within the maximum score). From then on it is public, campaigns may bind to it, and it never changes.", "The draft and its revision.", PublishAsync);
        mutation.AddMutation<DiscardCriteriaDraftPayloadType, DiscardCriteriaDraftInputType, DiscardCriteriaDraftInput>("discardCriteriaDraft", Role.CityAdmin, "Deletes an abandoned draft criteria version, so a new draft can be started from the latest published version. Nothing refers to a draft (campaigns bind to published versions only); a published version is never deleted (WrongStateError).", "The draft and its revision.", DiscardAsync);
    }

    private static async Task<Payload<CriteriaScheme>> DraftAsync(MutationContext m, DraftCriteriaSchemeInput input, CancellationToken ct)
    {
        var code = input.Code.Trim();
        var versions = await m.Db.CriteriaSchemes.Where(s => s.Code == code).Select(s => new { s.Id, s.Version, s.PublishedOn }).ToListAsync(ct);
        var latest = versions.Where(v => v.PublishedOn != null).MaxBy(v => v.Version);
        if (latest is null)
        {
            return Payload.Failed<CriteriaScheme>(new DomainError(DomainErrorCodes.NotFound, $"No published criteria scheme {code}.", "code"));
        }

        var source = await CriteriaQueries.Complete(m.Db).FirstAsync(s => s.Id == latest.Id, ct);
        var duplicate = new DomainError(DomainErrorCodes.Duplicate, $"Scheme {code} already has an open draft; edit or publish it first.", "code");
        var (draft, error) = CriteriaScheme.DraftNext(source, versions.Max(v => v.Version), versions.Exists(v => v.PublishedOn == null));
        if (draft is null)
        {
            return Payload.Failed<CriteriaScheme>(error!);
        }

        // A draft saved meanwhile by another administrator takes the same (code, version): that is the open draft.
        m.Db.CriteriaSchemes.Add(draft);
        return await m.SaveAsync(duplicate, ct) is { } saveError ? Payload.Failed<CriteriaScheme>(saveError) : Payload.Ok(draft);
    }

    private static async Task<Payload<CriteriaScheme>> EditAsync(MutationContext m, EditCriteriaDraftInput input, CancellationToken ct)
    {
        var (scheme, error) = await LoadAsync(m, input.Scheme, input.Revision, ct);
        if (scheme is null || error is not null)
        {
            return Payload.Failed(error!, scheme);
        }

        var edits = new List<CriteriaEdit>(input.Edits.Count);
        for (var n = 0; n < input.Edits.Count; n++)
        {
            if (ToEdit(input.Edits[n]) is not { } edit)
            {
                return Payload.Failed(new DomainError(DomainErrorCodes.InvalidInput, "Give codes, bilingual titles and finite numbers.", $"edits.{n}"), scheme);
            }

            edits.Add(edit);
        }

        return Result(await m.CommitAsync(scheme.Apply(edits), ct), scheme);
    }

    private static async Task<Payload<CriteriaScheme>> PublishAsync(MutationContext m, PublishCriteriaSchemeInput input, CancellationToken ct)
    {
        var (scheme, error) = await LoadAsync(m, input.Scheme, input.Revision, ct);
        if (scheme is null || error is not null)
        {
            return Payload.Failed(error!, scheme);
        }

        return Result(await m.CommitAsync(scheme.Publish(input.PublishedOn ?? m.Today), ct), scheme);
    }

    private static async Task<Payload<CriteriaScheme>> DiscardAsync(MutationContext m, DiscardCriteriaDraftInput input, CancellationToken ct)
    {
        var (draft, error) = await LoadAsync(m, input.Scheme, input.Revision, ct);
        if (draft is null || error is not null)
        {
            return Payload.Failed(error!, draft);
        }

        // The revision is the delete's concurrency token: an edit saved meanwhile makes this a CONFLICT, and nothing is deleted.
        var basedOn = await CriteriaQueries.Complete(m.Db).FirstAsync(s => s.Code == draft.Code && s.Version == draft.BasedOnVersion, ct);
        m.Db.CriteriaSchemes.Remove(draft);
        return await m.SaveAsync(ct) is { } saveError ? Payload.Failed(saveError, draft) : Payload.Ok(basedOn);
    }

    private static Payload<CriteriaScheme> Result(DomainError? error, CriteriaScheme scheme) =>
        error is null ? Payload.Ok(scheme) : Payload.Failed(error, scheme);

    private static async Task<(CriteriaScheme? Scheme, DomainError? Error)> LoadAsync(MutationContext m, string globalId, int revision, CancellationToken ct)
    {
        var id = GlobalId.DecodeOf(CriteriaSchemeType.TypeName, globalId);
        var scheme = await CriteriaQueries.Complete(m.Db).AsTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return scheme is null
            ? (null, MutationErrors.NotFound("criteria scheme", "scheme"))
            : (scheme, scheme.PublishedOn is not null
                ? new DomainError(DomainErrorCodes.WrongState, $"Version {scheme.Version} of {scheme.Code} is published and never changes; draft a new version instead.", "scheme")
                : scheme.CheckRevision(revision));
    }

    private static CriteriaEdit? ToEdit(CriteriaEditInput e) => e switch
    {
        { SetIndicatorPoints: { } x } => Points(x.MaximumPoints) is { } p ? new CriteriaEdit.SetIndicatorPoints(x.Indicator.Trim(), p) : null,
        { AddIndicator: { } x } => Text(x.Title) is { } title && Points(x.MaximumPoints) is { } p
            ? new CriteriaEdit.AddIndicator(x.Section.Trim(), x.Code.Trim(), title, p, x.Guidance.Trim(), x.EvidenceExpected.Trim())
            : null,
        { RemoveIndicator: { } code } => new CriteriaEdit.RemoveIndicator(code.Trim()),
        { AddSection: { } x } => Text(x.Title) is { } title ? new CriteriaEdit.AddSection(x.Code.Trim(), title) : null,
        { RemoveSection: { } code } => new CriteriaEdit.RemoveSection(code.Trim()),
        { SetGateThreshold: { } x } => x.Threshold is not { } t ? new CriteriaEdit.SetGateThreshold(x.Kind, null)
            : Points(t) is { } threshold ? new CriteriaEdit.SetGateThreshold(x.Kind, threshold) : null,
        { AddGate: { } x } => Text(x.Description) is not { } description ? null
            : x.Threshold is not { } t ? new CriteriaEdit.AddGate(x.Kind, description, null)
            : Points(t) is { } threshold ? new CriteriaEdit.AddGate(x.Kind, description, threshold) : null,
        { RemoveGate: { } kind } => new CriteriaEdit.RemoveGate(kind),
        { SetPassMark: { } x } => Points(x.MinimumScore) is { } p ? new CriteriaEdit.SetPassMark(x.Level, p) : null,
        _ => null,
    };

    // A finite number within what a decimal holds; the domain checks the range that matters (above 0, within (0, 1]).
    private static decimal? Points(double value) => double.IsFinite(value) && Math.Abs(value) < 1e9 ? (decimal)value : null;

    private static LocalizedText? Text(LocalizedTextInput text) =>
        string.IsNullOrWhiteSpace(text.Zh) || string.IsNullOrWhiteSpace(text.En) || text.Zh.Length > 200 || text.En.Length > 200
            ? null
            : new LocalizedText(text.Zh.Trim(), text.En.Trim());
}
