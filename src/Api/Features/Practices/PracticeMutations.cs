using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Practices;

/// <summary>Recording community practices: the city for any community, a district's reviewers for its communities.</summary>
public static class PracticeMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<RecordCommunityPracticePayloadType, RecordCommunityPracticeInputType, RecordCommunityPracticeInput>("recordCommunityPractice", Role.DistrictReviewer, "Records a dated practice of a community, with its evidence, as a draft: city administrators for any community, district reviewers for the communities of their districts. Nothing is public until publishProgrammeRecords lists it in an edition.", "The practice.", RecordAsync)
            .AuthorizeWithRoles(nameof(Role.CityAdmin));
        mutation.AddMutation<UpdateCommunityPracticePayloadType, UpdateCommunityPracticeInputType, UpdateCommunityPracticeInput>("updateCommunityPractice", Role.DistrictReviewer, "Replaces the details of a draft practice, from the version you read. Published practices are not changed (WRONG_STATE).", "The draft, its version and its new details.", UpdateAsync)
            .AuthorizeWithRoles(nameof(Role.CityAdmin));
    }

    private static async Task<Payload<CommunityPractice>> RecordAsync(MutationContext m, RecordCommunityPracticeInput input, CancellationToken ct)
    {
        var (community, details, error) = await DetailsAsync(m, input, ct);
        if (error is not null)
        {
            return Payload.Failed<CommunityPractice>(error);
        }

        var recorded = new CommunityPractice(community.Id, community.DistrictId, details!, m.Actor.Subject, m.Now);
        m.Db.CommunityPractices.Add(recorded);
        return await m.SaveAsync(ct) is { } saveError ? Payload.Failed<CommunityPractice>(saveError) : Payload.Ok(recorded);
    }

    private static async Task<Payload<CommunityPractice>> UpdateAsync(MutationContext m, UpdateCommunityPracticeInput input, CancellationToken ct)
    {
        var id = GlobalId.DecodeOf(CommunityPracticeType.TypeName, input.Id);
        var existing = await m.Db.CommunityPractices.AsTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (existing is null)
        {
            return Payload.Failed<CommunityPractice>(MutationErrors.NotFound("community practice", "id"));
        }

        if (await ProgrammeRecordAccess.CheckMayChangeAsync(m, existing.DistrictId, "id", ct) is { } scope)
        {
            return Payload.Failed<CommunityPractice>(existing.IsPublished ? scope : MutationErrors.NotFound("community practice", "id"));
        }

        if (existing.CheckRevisable(input.Version) is { } stale)
        {
            return Payload.Failed(stale, existing);
        }

        var (community, details, error) = await DetailsAsync(m, input, ct);
        if (error is not null)
        {
            return Payload.Failed(error, existing);
        }

        if (community.Id != existing.CommunityId)
        {
            return Payload.Failed(new DomainError(DomainErrorCodes.InvalidInput, "A practice stays with its community; record the other community's practice separately.", "community"), existing);
        }

        existing.Revise(details!, m.Actor.Subject, m.Now);
        return await m.SaveAsync(ct) is { } saveError ? Payload.Failed<CommunityPractice>(saveError) : Payload.Ok(existing);
    }

    // Resolves the community, checks the caller's scope over its district, then the domain's rules.
    private static async Task<((int Id, int DistrictId) Community, PracticeDetails? Details, DomainError? Error)> DetailsAsync(MutationContext m, RecordCommunityPracticeInput input, CancellationToken ct)
    {
        var (communities, communityError) = await ProgrammeRecordAccess.CommunitiesAsync(m, [(input.Community, "community")], ct);
        if (communityError is not null)
        {
            return (default, null, communityError);
        }

        var community = communities[input.Community];
        if (await ProgrammeRecordAccess.CheckMayChangeAsync(m, community.DistrictId, "community", ct) is { } scope)
        {
            return (default, null, scope);
        }

        var details = new PracticeDetails(
            input.Kind,
            input.StartedOn,
            input.EndedOn,
            string.IsNullOrWhiteSpace(input.Title.Zh) || string.IsNullOrWhiteSpace(input.Title.En) ? null : new LocalizedText(input.Title.Zh, input.Title.En),
            input.Description?.Trim() ?? string.Empty,
            input.Evidence,
            input.Count,
            string.IsNullOrWhiteSpace(input.SourceDocument) ? null : input.SourceDocument.Trim());
        return (community, details, CommunityPractice.Check(details));
    }
}
