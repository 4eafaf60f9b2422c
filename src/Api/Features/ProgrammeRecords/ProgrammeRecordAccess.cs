using GraphQL;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Common;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.ProgrammeRecords;

/// <summary>
/// Who may see and change programme records (events, outreach items, community practices). Everyone sees published
/// ones; city administrators also see and change every draft; district reviewers see and change the drafts of
/// their districts and record only for them. City-wide records (no district) are the city's.
/// </summary>
public static class ProgrammeRecordAccess
{
    /// <summary>The IDs of the districts whose drafts <paramref name="actor"/> may see; null for every district (the city).</summary>
    public static async Task<IReadOnlyList<int>?> DraftDistrictsAsync(GreenCommunityDbContext db, Actor? actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (actor is null)
        {
            return [];
        }

        if (actor.Is(Role.CityAdmin))
        {
            return null;
        }

        if (!actor.Is(Role.DistrictReviewer) || actor.Districts.Count == 0)
        {
            return [];
        }

        var codes = actor.Districts.ToList();
        return await db.Districts.Where(d => codes.Contains(d.Code)).Select(d => d.Id).ToListAsync(ct);
    }

    /// <summary>The records of <paramref name="records"/> the caller may see: published ones, and drafts in scope.</summary>
    public static IQueryable<T> Visible<T>(IQueryable<T> records, IReadOnlyList<int>? draftDistricts)
        where T : ProgrammeRecord
    {
        ArgumentNullException.ThrowIfNull(records);
        if (draftDistricts is null)
        {
            return records;
        }

        if (draftDistricts.Count == 0)
        {
            return records.Where(r => r.PublishedInEdition != null);
        }

        var ids = draftDistricts.ToList();
        return records.Where(r => r.PublishedInEdition != null || (r.DistrictId != null && ids.Contains(r.DistrictId.Value)));
    }

    /// <summary>The records of <paramref name="records"/> the caller of <paramref name="ctx"/> may see.</summary>
    public static async Task<IQueryable<T>> VisibleAsync<T>(IResolveFieldContext ctx, Func<GreenCommunityDbContext, IQueryable<T>> records)
        where T : ProgrammeRecord
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(records);
        var db = ctx.Db();
        return Visible(records(db), await DraftDistrictsAsync(db, ActorClaims.From(ctx.User), ctx.CancellationToken));
    }

    /// <summary>True when the caller of <paramref name="ctx"/> may read <paramref name="record"/>: the rule of <see cref="Visible{T}"/>.</summary>
    public static async Task<bool> CanReadAsync(IResolveFieldContext ctx, ProgrammeRecord record)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(record);
        if (record.IsPublished)
        {
            return true;
        }

        var districts = await DraftDistrictsAsync(ctx.Db(), ActorClaims.From(ctx.User), ctx.CancellationToken);
        return districts is null || (record.DistrictId is { } id && districts.Contains(id));
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may record for the district with <paramref name="districtCode"/> (null: city-wide):
    /// the city anywhere, a reviewer only in a district of theirs.
    /// </summary>
    public static DomainError? CheckMayRecordFor(Actor actor, string? districtCode, string field)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Is(Role.CityAdmin))
        {
            return null;
        }

        return districtCode is null
            ? new DomainError(DomainErrorCodes.OutOfScope, "City-wide records are the city's: as a district reviewer, give one of your districts.", field)
            : AccessRules.AsReviewer(actor, districtCode) is { } error ? error with { Field = field } : null;
    }

    /// <summary>Whether the caller of <paramref name="m"/> may change or publish a stored record of <paramref name="districtId"/>.</summary>
    public static async Task<DomainError?> CheckMayChangeAsync(MutationContext m, int? districtId, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(m);
        var code = districtId is { } id ? await m.Db.Districts.Where(d => d.Id == id).Select(d => d.Code).FirstAsync(ct) : null;
        return CheckMayRecordFor(m.Actor, code, field);
    }

    /// <summary>The ID of the district with <paramref name="code"/>, or a <c>NOT_FOUND</c> error; null code gives null.</summary>
    public static async Task<(int? Id, DomainError? Error)> DistrictAsync(MutationContext m, string? code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(m);
        if (code is null)
        {
            return (null, null);
        }

        var id = await m.Db.Districts.Where(d => d.Code == code).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        return id is null ? (null, new DomainError(DomainErrorCodes.NotFound, $"No district '{code}'.", "district")) : (id, null);
    }

    /// <summary>Community IDs by code, with the district each is in now; a <c>NOT_FOUND</c> error names the first unknown code.</summary>
    public static async Task<(Dictionary<string, (int Id, int DistrictId)> Communities, DomainError? Error)> CommunitiesAsync(MutationContext m, IEnumerable<(string? Code, string Field)> wanted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(m);
        var list = wanted.Where(w => w.Code is not null).ToList();
        var codes = list.Select(w => w.Code!).Distinct().ToList();
        var found = await m.Db.Communities.Where(c => codes.Contains(c.Code))
            .Select(c => new { c.Code, c.Id, c.Street!.DistrictId })
            .ToDictionaryAsync(c => c.Code, c => (c.Id, c.DistrictId), ct);
        var missing = list.FirstOrDefault(w => !found.ContainsKey(w.Code!));
        return missing.Code is null ? (found, null) : (found, new DomainError(DomainErrorCodes.NotFound, $"No community '{missing.Code}'.", missing.Field));
    }
}
