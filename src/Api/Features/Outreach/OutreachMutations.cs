using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Outreach;

/// <summary>Recording outreach: drafts the city records anywhere and a district's reviewers for their district.</summary>
public static class OutreachMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<RecordOutreachItemPayloadType, RecordOutreachItemInputType, RecordOutreachItemInput>("recordOutreachItem", Role.DistrictReviewer, "Records a publicity material, a media coverage item or a publicity-notice announcement (or a reported total of them) as a draft: city administrators for any district or city-wide, district reviewers for their districts. Nothing is public until publishProgrammeRecords lists it in an edition.", "The item.", RecordAsync)
            .AuthorizeWithRoles(nameof(Role.CityAdmin));
        mutation.AddMutation<UpdateOutreachItemPayloadType, UpdateOutreachItemInputType, UpdateOutreachItemInput>("updateOutreachItem", Role.DistrictReviewer, "Replaces the details of a draft outreach item, from the version you read. Published items are not changed (WRONG_STATE).", "The draft, its version and its new details.", UpdateAsync)
            .AuthorizeWithRoles(nameof(Role.CityAdmin));
    }

    private static async Task<Payload<OutreachItem>> RecordAsync(MutationContext m, RecordOutreachItemInput input, CancellationToken ct)
    {
        var (details, districtId, error) = await DetailsAsync(m, input, ct);
        if (error is not null)
        {
            return Payload.Failed<OutreachItem>(error);
        }

        var recorded = new OutreachItem(details!, districtId, m.Actor.Subject, m.Now);
        m.Db.OutreachItems.Add(recorded);
        return await m.SaveAsync(ct) is { } saveError ? Payload.Failed<OutreachItem>(saveError) : Payload.Ok(recorded);
    }

    private static async Task<Payload<OutreachItem>> UpdateAsync(MutationContext m, UpdateOutreachItemInput input, CancellationToken ct)
    {
        var id = GlobalId.DecodeOf(OutreachItemType.TypeName, input.Id);
        var existing = await m.Db.OutreachItems.AsTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (existing is null)
        {
            return Payload.Failed<OutreachItem>(MutationErrors.NotFound("outreach item", "id"));
        }

        if (await ProgrammeRecordAccess.CheckMayChangeAsync(m, existing.DistrictId, "id", ct) is { } scope)
        {
            return Payload.Failed<OutreachItem>(existing.IsPublished ? scope : MutationErrors.NotFound("outreach item", "id"));
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
        return await m.SaveAsync(ct) is { } saveError ? Payload.Failed<OutreachItem>(saveError) : Payload.Ok(existing);
    }

    // Resolves codes and IDs to records, checks the caller's scope, then the domain's rules.
    private static async Task<(OutreachDetails? Details, int? DistrictId, DomainError? Error)> DetailsAsync(MutationContext m, RecordOutreachItemInput input, CancellationToken ct)
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

        var (communities, communityError) = await ProgrammeRecordAccess.CommunitiesAsync(m, [(input.Community, "community")], ct);
        if (communityError is not null)
        {
            return (null, null, communityError);
        }

        int? communityId = null;
        if (input.Community is { } code)
        {
            var community = communities[code];
            if (districtId is not null && community.DistrictId != districtId)
            {
                return (null, null, new DomainError(DomainErrorCodes.InvalidInput, $"{code} is not in district {input.District}.", "community"));
            }

            communityId = community.Id;
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

        int? noticeId = null;
        if (input.PublicityNotice is { } notice)
        {
            noticeId = GlobalId.DecodeOf(PublicityNoticeType.TypeName, notice);
            if (!await m.Db.PublicityNotices.AnyAsync(n => n.Id == noticeId, ct))
            {
                return (null, null, MutationErrors.NotFound("publicity notice", "publicityNotice"));
            }
        }

        var details = new OutreachDetails(
            input.Kind,
            input.Basis,
            input.Channel,
            input.Year,
            input.IssuedOn,
            string.IsNullOrWhiteSpace(input.Title.Zh) || string.IsNullOrWhiteSpace(input.Title.En) ? null : new LocalizedText(input.Title.Zh, input.Title.En),
            input.Description?.Trim() ?? string.Empty,
            input.Outlet,
            input.Quantity,
            input.QuantityIsMinimum,
            input.PrintRun,
            input.OrganiserCode?.Trim(),
            campaignId,
            noticeId,
            communityId,
            string.IsNullOrWhiteSpace(input.SourceDocument) ? null : input.SourceDocument.Trim());
        return (details, districtId, OutreachItem.Check(details));
    }
}
