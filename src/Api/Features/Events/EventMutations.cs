using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Events;

/// <summary>Recording programme events: drafts the city records anywhere and a district's reviewers for their district.</summary>
public static class EventMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<RecordProgrammeEventPayloadType, RecordProgrammeEventInputType, RecordProgrammeEventInput>("recordProgrammeEvent", Role.DistrictReviewer, "Records a programme event (or a reported total of events) as a draft: city administrators for any district or city-wide, district reviewers for their districts. Nothing is public until publishProgrammeRecords lists it in an edition.", "The event.", RecordAsync)
            .AuthorizeWithRoles(nameof(Role.CityAdmin));
        mutation.AddMutation<UpdateProgrammeEventPayloadType, UpdateProgrammeEventInputType, UpdateProgrammeEventInput>("updateProgrammeEvent", Role.DistrictReviewer, "Replaces the details of a draft event, from the version you read. Published events are not changed (WRONG_STATE).", "The draft, its version and its new details.", UpdateAsync)
            .AuthorizeWithRoles(nameof(Role.CityAdmin));
    }

    private static async Task<Payload<ProgrammeEvent>> RecordAsync(MutationContext m, RecordProgrammeEventInput input, CancellationToken ct)
    {
        var (details, districtId, error) = await DetailsAsync(m, input, ct);
        if (error is not null)
        {
            return Payload.Failed<ProgrammeEvent>(error);
        }

        var recorded = new ProgrammeEvent(details!, districtId, m.Actor.Subject, m.Now);
        m.Db.ProgrammeEvents.Add(recorded);
        return await m.SaveAsync(ct) is { } saveError ? Payload.Failed<ProgrammeEvent>(saveError) : Payload.Ok(recorded);
    }

    private static async Task<Payload<ProgrammeEvent>> UpdateAsync(MutationContext m, UpdateProgrammeEventInput input, CancellationToken ct)
    {
        var id = GlobalId.DecodeOf(ProgrammeEventType.TypeName, input.Id);
        var existing = await m.Db.ProgrammeEvents.AsTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (existing is null)
        {
            return Payload.Failed<ProgrammeEvent>(MutationErrors.NotFound("programme event", "id"));
        }

        if (await ProgrammeRecordAccess.CheckMayChangeAsync(m, existing.DistrictId, "id", ct) is { } scope)
        {
            return Payload.Failed<ProgrammeEvent>(existing.IsPublished ? scope : MutationErrors.NotFound("programme event", "id"));
        }

        if (existing.CheckRevisable(input.Version) is { } stale)
        {
            return Payload.Failed(stale, existing);
        }

        var (details, districtId, error) = await DetailsAsync(m, input, ct);
        if (error is not null)
        {
            return Payload.Failed(error, existing);
        }

        existing.Revise(details!, districtId, m.Actor.Subject, m.Now);
        return await m.SaveAsync(ct) is { } saveError ? Payload.Failed<ProgrammeEvent>(saveError) : Payload.Ok(existing);
    }

    // Resolves codes and IDs to records, checks the caller's scope, then the domain's rules.
    private static async Task<(ProgrammeEventDetails? Details, int? DistrictId, DomainError? Error)> DetailsAsync(MutationContext m, RecordProgrammeEventInput input, CancellationToken ct)
    {
        if (ProgrammeRecordAccess.CheckMayRecordFor(m.Actor, input.District, "district") is { } scope)
        {
            return (null, null, scope);
        }

        var (districtId, districtError) = await ProgrammeRecordAccess.DistrictAsync(m, input.District, ct);
        if (districtError is not null)
        {
            return (null, null, districtError);
        }

        var visited = input.VisitedCommunities ?? [];
        var (communities, communityError) = await ProgrammeRecordAccess.CommunitiesAsync(
            m, [(input.HostCommunity, "hostCommunity"), .. visited.Select(v => ((string?)v, "visitedCommunities"))], ct);
        if (communityError is not null)
        {
            return (null, null, communityError);
        }

        int? campaignId = null;
        if (input.Campaign is { } campaign)
        {
            campaignId = GlobalId.DecodeOf(CampaignType.TypeName, campaign);
            if (!await m.Db.Campaigns.AnyAsync(c => c.Id == campaignId, ct))
            {
                return (null, null, MutationErrors.NotFound("campaign", "campaign"));
            }
        }

        var details = new ProgrammeEventDetails(
            input.Kind,
            input.Basis,
            input.Year,
            input.HeldOn,
            string.IsNullOrWhiteSpace(input.Title.Zh) || string.IsNullOrWhiteSpace(input.Title.En) ? null : new LocalizedText(input.Title.Zh, input.Title.En),
            input.Description?.Trim() ?? string.Empty,
            input.OrganiserCode?.Trim(),
            input.HostCommunity is { } host ? communities[host].Id : null,
            [.. visited.Select(v => communities[v].Id)],
            input.Audience,
            input.Sessions ?? 1,
            input.Attendance,
            input.AttendanceIsMinimum,
            input.CommunitiesRepresented,
            campaignId,
            string.IsNullOrWhiteSpace(input.SourceDocument) ? null : input.SourceDocument.Trim());
        return (details, districtId, details.Check());
    }
}
