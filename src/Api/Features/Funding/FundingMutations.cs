using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Programme;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Funding;

/// <summary>Recording money (publishProgrammeRecords publishes it).</summary>
public static class FundingMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<RecordFundingAllocationPayloadType, RecordFundingAllocationInputType, RecordFundingAllocationInput>("recordFundingAllocation", Role.CityAdmin, "Records money a payer allocated in a year, as a draft: public once publishProgrammeRecords releases it. Money to a community must keep the funding-by-category rule (FUNDING_RULE_BROKEN otherwise). City administrators record any allocation; a district reviewer only money their district or its streets paid to recipients in their district.", "The allocation.", RecordAsync)
            .AuthorizeWithRoles(nameof(Role.DistrictReviewer));
        mutation.AddMutation<UpdateFundingAllocationPayloadType, UpdateFundingAllocationInputType, UpdateFundingAllocationInput>("updateFundingAllocation", Role.CityAdmin, "Changes a draft allocation's purpose, amount or note, given the version you read (CONFLICT if it moved on). A published allocation stays as published (WRONG_STATE). The same scope and funding rule as recordFundingAllocation.", "The change.", UpdateAsync)
            .AuthorizeWithRoles(nameof(Role.DistrictReviewer));
    }

    private static async Task<Payload<FundingAllocation>> RecordAsync(MutationContext m, RecordFundingAllocationInput input, CancellationToken ct)
    {
        var db = m.Db;
        int? payerDistrictId = null;
        int? payerStreetId = null;
        string? payerDistrictCode = null;
        if (input.PayerStreet is { } payerStreetCode)
        {
            var street = await db.Streets.Where(s => s.Code == payerStreetCode).Select(s => new { s.Id, s.DistrictId, s.District!.Code }).FirstOrDefaultAsync(ct);
            if (street is null)
            {
                return Payload.Failed<FundingAllocation>(MutationErrors.NotFound("street", "payerStreet"));
            }

            (payerStreetId, payerDistrictId, payerDistrictCode) = (street.Id, street.DistrictId, street.Code);
        }
        else if (input.PayerDistrict is { } payerDistrict)
        {
            payerDistrictId = await db.Districts.Where(d => d.Code == payerDistrict).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
            payerDistrictCode = payerDistrict;
            if (payerDistrictId is null)
            {
                return Payload.Failed<FundingAllocation>(MutationErrors.NotFound("district", "payerDistrict"));
            }
        }

        int? payerOrganisationId = null;
        if (input.Payer is { } payer)
        {
            var id = GlobalId.DecodeOf(OrganisationType.TypeName, payer);
            payerOrganisationId = await db.Organisations.Where(o => o.Id == id && o.PublishedInEdition != null).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            if (payerOrganisationId is null)
            {
                return Payload.Failed<FundingAllocation>(MutationErrors.NotFound("published organisation", "payer"));
            }
        }

        int? communityId = null;
        int? streetId = null;
        int? currentDistrictId = null;
        if (input.RecipientCommunity is { } communityCode)
        {
            var community = await db.Communities.Where(c => c.Code == communityCode).Select(c => new { c.Id, c.StreetId, c.Street!.DistrictId }).FirstOrDefaultAsync(ct);
            if (community is null)
            {
                return Payload.Failed<FundingAllocation>(MutationErrors.NotFound("community", "recipientCommunity"));
            }

            (communityId, streetId, currentDistrictId) = (community.Id, community.StreetId, community.DistrictId);
        }
        else if (input.RecipientStreet is { } streetCode)
        {
            var street = await db.Streets.Where(s => s.Code == streetCode).Select(s => new { s.Id, s.DistrictId }).FirstOrDefaultAsync(ct);
            if (street is null)
            {
                return Payload.Failed<FundingAllocation>(MutationErrors.NotFound("street", "recipientStreet"));
            }

            (streetId, currentDistrictId) = (street.Id, street.DistrictId);
        }

        // The recipient's district: as named (the district at the time, which may have merged into the current one), or
        // the street's current district.
        var recipient = input.RecipientDistrict is { } recipientCode
            ? await db.Districts.Where(d => d.Code == recipientCode).Select(d => new { d.Id, d.Code, d.SucceededById }).FirstOrDefaultAsync(ct)
            : currentDistrictId is { } current ? await db.Districts.Where(d => d.Id == current).Select(d => new { d.Id, d.Code, d.SucceededById }).FirstOrDefaultAsync(ct) : null;
        if (recipient is null)
        {
            return Payload.Failed<FundingAllocation>(input.RecipientDistrict is null
                ? new DomainError(DomainErrorCodes.InvalidInput, "Name the recipient: a community, a street or a district.", "recipientDistrict")
                : MutationErrors.NotFound("district", "recipientDistrict"));
        }

        if (currentDistrictId is { } now && now != recipient.Id && now != recipient.SucceededById)
        {
            return Payload.Failed<FundingAllocation>(new DomainError(DomainErrorCodes.InvalidInput, $"The recipient is not in district {recipient.Code}.", "recipientDistrict"));
        }

        if (OrganisationMutations.CheckDistrictScope(m.Actor, input.PayerLevel == PayerLevel.City ? null : payerDistrictCode, "payerDistrict") is { } payerScope)
        {
            return Payload.Failed<FundingAllocation>(payerScope);
        }

        if (OrganisationMutations.CheckDistrictScope(m.Actor, recipient.Code, "recipientDistrict") is { } recipientScope)
        {
            return Payload.Failed<FundingAllocation>(recipientScope);
        }

        var terms = new FundingAllocationTerms(input.Year, input.PayerLevel, payerOrganisationId, payerDistrictId, payerStreetId, recipient.Id, streetId, communityId, input.Purpose,
            Amount(input.AmountYuan), input.Note?.Trim() ?? string.Empty);
        if (!double.IsFinite(input.AmountYuan))
        {
            return Payload.Failed<FundingAllocation>(new DomainError(DomainErrorCodes.InvalidInput, "The amount must be a finite number.", "amountYuan"));
        }

        if ((FundingAllocation.Check(terms) ?? await JudgeAsync(m, terms, exceptId: null, ct)) is { } refused)
        {
            return Payload.Failed<FundingAllocation>(refused);
        }

        var allocation = new FundingAllocation(terms);
        db.FundingAllocations.Add(allocation);
        return await m.SaveAsync(ct) is { } error ? Payload.Failed<FundingAllocation>(error) : Payload.Ok(allocation);
    }

    private static async Task<Payload<FundingAllocation>> UpdateAsync(MutationContext m, UpdateFundingAllocationInput input, CancellationToken ct)
    {
        var id = GlobalId.DecodeOf(FundingAllocationType.TypeName, input.Allocation);
        var allocation = await m.Db.FundingAllocations.AsTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (allocation is null)
        {
            return Payload.Failed<FundingAllocation>(MutationErrors.NotFound("funding allocation", "allocation"));
        }

        var districtCodes = await m.Db.Districts.Where(d => d.Id == allocation.RecipientDistrictId || d.Id == allocation.PayerDistrictId).ToDictionaryAsync(d => d.Id, d => d.Code, ct);
        var payerCode = allocation.PayerLevel == PayerLevel.City || allocation.PayerDistrictId is null ? null : districtCodes[allocation.PayerDistrictId.Value];
        if ((OrganisationMutations.CheckDistrictScope(m.Actor, payerCode, "allocation") ?? OrganisationMutations.CheckDistrictScope(m.Actor, districtCodes[allocation.RecipientDistrictId], "allocation")) is { } scope)
        {
            return Payload.Failed<FundingAllocation>(scope);
        }

        if (input.AmountYuan is { } amount && !double.IsFinite(amount))
        {
            return Payload.Failed<FundingAllocation>(new DomainError(DomainErrorCodes.InvalidInput, "The amount must be a finite number.", "amountYuan"));
        }

        var terms = allocation.Terms() with
        {
            Purpose = input.Purpose ?? allocation.Purpose,
            AmountYuan = input.AmountYuan is { } yuan ? Amount(yuan) : allocation.AmountYuan,
            Note = input.Note?.Trim() ?? allocation.Note,
        };
        var refused = allocation.PublishedInEdition is null ? FundingAllocation.Check(terms) ?? await JudgeAsync(m, terms, allocation.Id, ct) : null;
        refused ??= allocation.Revise(input.Version, terms);
        if (refused is not null)
        {
            m.Db.ChangeTracker.Clear();
            return Payload.Failed(refused, refused.Code == DomainErrorCodes.WrongState ? allocation : null);
        }

        return await m.SaveAsync(ct) is { } error ? Payload.Failed<FundingAllocation>(error) : Payload.Ok(allocation);
    }

    // The funding-by-category rule, for money to one community: its category's rules and what it already has that year.
    private static async Task<DomainError?> JudgeAsync(MutationContext m, FundingAllocationTerms terms, int? exceptId, CancellationToken ct)
    {
        if (terms.RecipientCommunityId is not { } communityId)
        {
            return null;
        }

        var category = await m.Db.Communities.Where(c => c.Id == communityId).Select(c => c.FundingCategory).FirstAsync(ct);
        var rules = await m.Db.FundingRules.Where(r => r.Category == category).ToListAsync(ct);
        var already = await m.Db.FundingAllocations.Where(f => f.RecipientCommunityId == communityId && f.Year == terms.Year && f.Id != exceptId).SumAsync(f => (double)f.AmountYuan, ct);
        return FundingRule.Judge(category, terms.Purpose, terms.AmountYuan, (decimal)already, rules);
    }

    private static decimal Amount(double yuan) => double.IsFinite(yuan) && Math.Abs(yuan) < 1e11 ? (decimal)yuan : -1m;
}
