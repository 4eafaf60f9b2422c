using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Events;
using GreenCommunity.Api.Features.Outreach;
using GreenCommunity.Api.Features.Practices;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Common;
using GreenCommunity.Infrastructure.Editions;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.ProgrammeRecords;

/// <summary>Publishing programme records: drafts become public together, in one new edition of the published data.</summary>
public static class ProgrammeRecordMutations
{
    /// <summary>The most records one publication takes.</summary>
    public const int MaxBatchSize = 500;

    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<PublishProgrammeRecordsPayloadType, PublishProgrammeRecordsInputType, PublishProgrammeRecordsInput>("publishProgrammeRecords", Role.DistrictReviewer, "Publishes draft events, outreach items and community practices in one new edition of the published data, all or nothing: city administrators any, district reviewers their districts' only. Records published already are left as they are (so re-sending changes nothing); a published record is never changed again.", "The records.", PublishAsync)
            .AuthorizeWithRoles(nameof(Role.CityAdmin));
    }

    private static async Task<Payload<ProgrammeRecordBatch>> PublishAsync(MutationContext m, PublishProgrammeRecordsInput input, CancellationToken ct)
    {
        if (input.Ids.Count is 0 or > MaxBatchSize)
        {
            return Payload.Failed<ProgrammeRecordBatch>(new DomainError(DomainErrorCodes.InvalidInput, $"Send 1 to {MaxBatchSize} IDs.", "ids"));
        }

        if (input.Reason?.Length > 500)
        {
            return Payload.Failed<ProgrammeRecordBatch>(new DomainError(DomainErrorCodes.InvalidInput, "The reason takes at most 500 characters.", "reason"));
        }

        var wanted = input.Ids.Select(Decode).ToList();
        var events = await LoadAsync(m.Db.ProgrammeEvents.AsTracking(), wanted, ProgrammeEventType.TypeName, ct);
        var items = await LoadAsync(m.Db.OutreachItems.AsTracking(), wanted, OutreachItemType.TypeName, ct);
        var practices = await LoadAsync(m.Db.CommunityPractices.AsTracking(), wanted, CommunityPracticeType.TypeName, ct);
        var records = new List<ProgrammeRecord>(wanted.Count);
        for (var n = 0; n < wanted.Count; n++)
        {
            var (type, id) = wanted[n];
            var field = string.Create(CultureInfo.InvariantCulture, $"ids[{n}]");
            ProgrammeRecord? record = type switch
            {
                ProgrammeEventType.TypeName => events.GetValueOrDefault(id),
                OutreachItemType.TypeName => items.GetValueOrDefault(id),
                _ => practices.GetValueOrDefault(id),
            };

            // A draft out of the caller's scope is one they may not see: not found, like a record that does not exist.
            if (record is null || (!record.IsPublished && await ProgrammeRecordAccess.CheckMayChangeAsync(m, record.DistrictId, field, ct) is not null))
            {
                m.Db.ChangeTracker.Clear();
                return Payload.Failed<ProgrammeRecordBatch>(MutationErrors.NotFound("programme record", field));
            }

            records.Add(record);
        }

        var drafts = records.Where(r => !r.IsPublished).Distinct().ToList();
        var already = records.Distinct().Count() - drafts.Count;
        var batch = (Edition: (Domain.Editions.Edition?)null, Published: drafts.Count, Already: already);
        if (drafts.Count > 0)
        {
            var edition = await EditionLedger.OpenAsync(m.Db, m.Now, input.Reason is { Length: > 0 } reason ? reason.Trim() : "Programme events, outreach and community practices recorded", ct);
            foreach (var draft in drafts)
            {
                edition.PublishProgrammeRecord(draft);
            }

            if (await m.SaveEditionAsync(edition, ct) is { } error)
            {
                return Payload.Failed<ProgrammeRecordBatch>(error);
            }

            batch.Edition = edition;
        }

        return Payload.Ok(new ProgrammeRecordBatch(
            batch.Edition,
            batch.Published,
            batch.Already,
            [.. records.OfType<ProgrammeEvent>()],
            [.. records.OfType<OutreachItem>()],
            [.. records.OfType<CommunityPractice>()]));
    }

    private static (string Type, int Id) Decode(string globalId) =>
        GlobalId.TryDecode(globalId) is { } decoded && decoded.TypeName is ProgrammeEventType.TypeName or OutreachItemType.TypeName or CommunityPracticeType.TypeName
            ? decoded
            : throw GraphQLErrors.WithCode(ErrorCodes.InvalidId, $"'{globalId}' is not the ID of a programme event, outreach item or community practice.");

    private static async Task<Dictionary<int, T>> LoadAsync<T>(IQueryable<T> records, List<(string Type, int Id)> wanted, string typeName, CancellationToken ct)
        where T : ProgrammeRecord
    {
        var ids = wanted.Where(w => w.Type == typeName).Select(w => w.Id).Distinct().ToList();
        return ids.Count == 0 ? [] : await records.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
    }
}
