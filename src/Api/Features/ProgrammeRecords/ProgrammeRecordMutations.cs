using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Events;
using GreenCommunity.Api.Features.Funding;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.Features.Outreach;
using GreenCommunity.Api.Features.Plans;
using GreenCommunity.Api.Features.Practices;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Editions;
using GreenCommunity.Domain.Programme;
using GreenCommunity.Infrastructure.Editions;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.ProgrammeRecords;

/// <summary>
/// Publishing programme records (organisations, annual plans, funding allocations, events, outreach items, community
/// practices): drafts become public together, in one new edition of the published data.
/// </summary>
public static class ProgrammeRecordMutations
{
    /// <summary>The most records one publication by ID takes.</summary>
    public const int MaxBatchSize = 500;

    private static readonly string[] TypeNames =
        [OrganisationType.TypeName, AnnualPlanType.TypeName, FundingAllocationType.TypeName, ProgrammeEventType.TypeName, OutreachItemType.TypeName, CommunityPracticeType.TypeName];

    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<PublishProgrammeRecordsPayloadType, PublishProgrammeRecordsInputType, PublishProgrammeRecordsInput>("publishProgrammeRecords", Role.DistrictReviewer, "Publishes draft organisations, annual plans, funding allocations, events, outreach items and community practices in one new edition of the published data, all or nothing: the records named by 'ids', or every draft in scope (optionally one district's). City administrators publish any; district reviewers only their districts' records (an allocation only when their district paid it and a district of theirs received it); city-wide records are the city's. Records published already are left as they are (so re-sending IDs changes nothing); a published record is never changed again. Without 'ids', WRONG_STATE when there is nothing to publish.", "The records.", PublishAsync)
            .AuthorizeWithRoles(nameof(Role.CityAdmin));
    }

    private static async Task<Payload<ProgrammeRecordBatch>> PublishAsync(MutationContext m, PublishProgrammeRecordsInput input, CancellationToken ct)
    {
        if (input.Reason?.Length > 500)
        {
            return Payload.Failed<ProgrammeRecordBatch>(new DomainError(DomainErrorCodes.InvalidInput, "The reason takes at most 500 characters.", "reason"));
        }

        var reviewerDistricts = m.Actor.Is(Role.CityAdmin) ? null : await ReviewerDistrictsAsync(m, ct);
        return input.Ids is null ? await PublishInScopeAsync(m, input, reviewerDistricts, ct) : await PublishByIdAsync(m, input, input.Ids, reviewerDistricts, ct);
    }

    private static async Task<Payload<ProgrammeRecordBatch>> PublishByIdAsync(MutationContext m, PublishProgrammeRecordsInput input, List<string> ids, HashSet<int>? reviewerDistricts, CancellationToken ct)
    {
        if (ids.Count is 0 or > MaxBatchSize)
        {
            return Payload.Failed<ProgrammeRecordBatch>(new DomainError(DomainErrorCodes.InvalidInput, $"Send 1 to {MaxBatchSize} IDs.", "ids"));
        }

        if (input.District is not null)
        {
            return Payload.Failed<ProgrammeRecordBatch>(new DomainError(DomainErrorCodes.InvalidInput, "Give either the IDs to publish or a district, not both.", "district"));
        }

        var wanted = ids.Select(Decode).ToList();
        var db = m.Db;
        var organisations = await LoadAsync(db.Organisations.AsTracking(), wanted, OrganisationType.TypeName, ct);
        var plans = await LoadAsync(db.AnnualPlans.AsTracking().Include(p => p.TaskCommunities), wanted, AnnualPlanType.TypeName, ct);
        var allocations = await LoadAsync(db.FundingAllocations.AsTracking(), wanted, FundingAllocationType.TypeName, ct);
        var events = await LoadAsync(db.ProgrammeEvents.AsTracking(), wanted, ProgrammeEventType.TypeName, ct);
        var items = await LoadAsync(db.OutreachItems.AsTracking(), wanted, OutreachItemType.TypeName, ct);
        var practices = await LoadAsync(db.CommunityPractices.AsTracking(), wanted, CommunityPracticeType.TypeName, ct);
        var records = new List<object>(wanted.Count);
        for (var n = 0; n < wanted.Count; n++)
        {
            var (type, id) = wanted[n];
            object? record = type switch
            {
                OrganisationType.TypeName => organisations.GetValueOrDefault(id),
                AnnualPlanType.TypeName => plans.GetValueOrDefault(id),
                FundingAllocationType.TypeName => allocations.GetValueOrDefault(id),
                ProgrammeEventType.TypeName => events.GetValueOrDefault(id),
                OutreachItemType.TypeName => items.GetValueOrDefault(id),
                _ => practices.GetValueOrDefault(id),
            };

            // A draft out of the caller's scope is one they may not see: not found, like a record that does not exist.
            if (record is null || (!IsPublished(record) && !InScope(record, reviewerDistricts)))
            {
                db.ChangeTracker.Clear();
                return Payload.Failed<ProgrammeRecordBatch>(MutationErrors.NotFound("programme record", string.Create(CultureInfo.InvariantCulture, $"ids[{n}]")));
            }

            records.Add(record);
        }

        var distinct = records.Distinct().ToList();
        var drafts = distinct.Where(r => !IsPublished(r)).ToList();
        var edition = (Edition?)null;
        if (drafts.Count > 0)
        {
            edition = await EditionLedger.OpenAsync(db, m.Now, input.Reason is { Length: > 0 } reason ? reason.Trim() : Describe(drafts, null), ct);
            Publish(edition, drafts);
            if (await m.SaveEditionAsync(edition, ct) is { } error)
            {
                return Payload.Failed<ProgrammeRecordBatch>(error);
            }
        }

        return Payload.Ok(Batch(edition, drafts.Count, distinct.Count - drafts.Count, records));
    }

    private static async Task<Payload<ProgrammeRecordBatch>> PublishInScopeAsync(MutationContext m, PublishProgrammeRecordsInput input, HashSet<int>? reviewerDistricts, CancellationToken ct)
    {
        var db = m.Db;
        int? districtId = null;
        if (input.District is { } code)
        {
            districtId = await db.Districts.Where(d => d.Code == code).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
            if (districtId is null)
            {
                return Payload.Failed<ProgrammeRecordBatch>(MutationErrors.NotFound("district", "district"));
            }

            if (ProgrammeRecordAccess.CheckMayRecordFor(m.Actor, code, "district") is { } scope)
            {
                return Payload.Failed<ProgrammeRecordBatch>(scope);
            }
        }

        // One district, a reviewer's districts, or (the city, no district given) every draft.
        var only = districtId is { } one ? [one] : reviewerDistricts?.ToList();
        var drafts = new List<object>();
        drafts.AddRange(await db.Organisations.AsTracking().Where(o => o.PublishedInEdition == null && (only == null || (o.DistrictId != null && only.Contains(o.DistrictId.Value)))).OrderBy(o => o.Id).ToListAsync(ct));
        drafts.AddRange(await db.AnnualPlans.AsTracking().Include(p => p.TaskCommunities).Where(p => p.PublishedInEdition == null && (only == null || (p.DistrictId != null && only.Contains(p.DistrictId.Value)))).OrderBy(p => p.Id).ToListAsync(ct));
        drafts.AddRange(await db.FundingAllocations.AsTracking()
            .Where(f => f.PublishedInEdition == null && (only == null || only.Contains(f.RecipientDistrictId) || (f.PayerDistrictId != null && only.Contains(f.PayerDistrictId.Value)))).OrderBy(f => f.Id).ToListAsync(ct));
        drafts.AddRange(await Drafts(db.ProgrammeEvents.AsTracking(), only).ToListAsync(ct));
        drafts.AddRange(await Drafts(db.OutreachItems.AsTracking(), only).ToListAsync(ct));
        drafts.AddRange(await Drafts(db.CommunityPractices.AsTracking(), only).ToListAsync(ct));

        // A reviewer publishes only what they may record: not the money the city paid into their district.
        drafts = [.. drafts.Where(r => InScope(r, reviewerDistricts))];
        if (drafts.Count == 0)
        {
            db.ChangeTracker.Clear();
            return Payload.Failed<ProgrammeRecordBatch>(new DomainError(DomainErrorCodes.WrongState, "There are no draft programme records to publish.", "district"));
        }

        var edition = await EditionLedger.OpenAsync(db, m.Now, input.Reason is { Length: > 0 } reason ? reason.Trim() : Describe(drafts, input.District), ct);
        Publish(edition, drafts);
        return await m.SaveEditionAsync(edition, ct) is { } error ? Payload.Failed<ProgrammeRecordBatch>(error) : Payload.Ok(Batch(edition, drafts.Count, 0, drafts));
    }

    private static IQueryable<T> Drafts<T>(IQueryable<T> records, List<int>? only)
        where T : ProgrammeRecord =>
        records.Where(r => r.PublishedInEdition == null && (only == null || (r.DistrictId != null && only.Contains(r.DistrictId.Value)))).OrderBy(r => r.Id);

    private static void Publish(Edition edition, List<object> drafts)
    {
        foreach (var draft in drafts)
        {
            switch (draft)
            {
                case Organisation organisation:
                    edition.PublishOrganisation(organisation);
                    break;
                case AnnualPlan plan:
                    edition.PublishPlan(plan);
                    break;
                case FundingAllocation allocation:
                    edition.PublishFundingAllocation(allocation);
                    break;
                case ProgrammeRecord record:
                    edition.PublishProgrammeRecord(record);
                    break;
            }
        }
    }

    private static ProgrammeRecordBatch Batch(Edition? edition, int published, int already, List<object> records) => new(
        edition,
        published,
        already,
        [.. records.OfType<Organisation>()],
        [.. records.OfType<AnnualPlan>()],
        [.. records.OfType<FundingAllocation>()],
        [.. records.OfType<ProgrammeEvent>()],
        [.. records.OfType<OutreachItem>()],
        [.. records.OfType<CommunityPractice>()]);

    private static string Describe(List<object> drafts, string? district) => string.Create(
        CultureInfo.InvariantCulture,
        $"Programme records: {drafts.OfType<Organisation>().Count()} organisations, {drafts.OfType<AnnualPlan>().Count()} plans, {drafts.OfType<FundingAllocation>().Count()} funding allocations, {drafts.OfType<ProgrammeRecord>().Count()} events, outreach items and practices{(district is null ? string.Empty : " of district " + district)}");

    private static bool IsPublished(object record) => record switch
    {
        Organisation o => o.PublishedInEdition is not null,
        AnnualPlan p => p.PublishedInEdition is not null,
        FundingAllocation f => f.PublishedInEdition is not null,
        ProgrammeRecord r => r.IsPublished,
        _ => false,
    };

    // The districts a record belongs to, all of which a reviewer must review for; null for the city's own records
    // (city-wide records, and money the city paid).
    private static int[]? ScopeOf(object record) => record switch
    {
        Organisation o => o.DistrictId is { } id ? [id] : null,
        AnnualPlan p => p.DistrictId is { } id ? [id] : null,
        FundingAllocation f => f.PayerLevel != PayerLevel.City && f.PayerDistrictId is { } payer ? [payer, f.RecipientDistrictId] : null,
        ProgrammeRecord r => r.DistrictId is { } id ? [id] : null,
        _ => null,
    };

    // The city (reviewerDistricts null) may publish anything; a reviewer only records all of whose districts are theirs.
    private static bool InScope(object record, HashSet<int>? reviewerDistricts) =>
        reviewerDistricts is null || (ScopeOf(record) is { } districts && districts.All(reviewerDistricts.Contains));

    private static async Task<HashSet<int>> ReviewerDistrictsAsync(MutationContext m, CancellationToken ct)
    {
        if (!m.Actor.Is(Role.DistrictReviewer) || m.Actor.Districts.Count == 0)
        {
            return [];
        }

        var codes = m.Actor.Districts.ToList();
        return [.. await m.Db.Districts.Where(d => codes.Contains(d.Code)).Select(d => d.Id).ToListAsync(ct)];
    }

    private static (string Type, int Id) Decode(string globalId) =>
        GlobalId.TryDecode(globalId) is { } decoded && TypeNames.Contains(decoded.TypeName)
            ? decoded
            : throw GraphQLErrors.WithCode(ErrorCodes.InvalidId, $"'{globalId}' is not the ID of an organisation, annual plan, funding allocation, programme event, outreach item or community practice.");

    private static async Task<Dictionary<int, T>> LoadAsync<T>(IQueryable<T> records, List<(string Type, int Id)> wanted, string typeName, CancellationToken ct)
        where T : Entity
    {
        var ids = wanted.Where(w => w.Type == typeName).Select(w => w.Id).Distinct().ToList();
        return ids.Count == 0 ? [] : await records.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
    }
}
