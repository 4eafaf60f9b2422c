using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Programme;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Plans;

/// <summary>Recording annual plans.</summary>
public static class PlanMutations
{
    /// <summary>The most task communities one plan lists.</summary>
    public const int MaxTaskCommunities = 1000;

    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<RecordAnnualPlanPayloadType, RecordAnnualPlanInputType, RecordAnnualPlanInput>("recordAnnualPlan", Role.CityAdmin, "Records a year's plan of the city or a district (targets per level and task communities) as a draft, or changes the draft (give its version). Public once publishProgrammeRecords releases it; a published plan stays as published. City administrators plan for the city and any district; a district reviewer for their own district.", "The plan.", RecordAsync)
            .AuthorizeWithRoles(nameof(Role.DistrictReviewer));
    }

    private static async Task<Payload<AnnualPlan>> RecordAsync(MutationContext m, RecordAnnualPlanInput input, CancellationToken ct)
    {
        if (AnnualPlan.Check(input.Year, input.DistrictTitleTarget, input.CityTitleTarget) is { } invalid)
        {
            return Payload.Failed<AnnualPlan>(invalid);
        }

        if (input.TaskCommunities.Count > MaxTaskCommunities)
        {
            return Payload.Failed<AnnualPlan>(new DomainError(DomainErrorCodes.InvalidInput, $"A plan lists at most {MaxTaskCommunities} task communities.", "taskCommunities"));
        }

        var district = input.District is { } code
            ? await m.Db.Districts.Where(d => d.Code == code).Select(d => new { d.Id, d.Code, d.SucceededById }).FirstOrDefaultAsync(ct)
            : null;
        if (input.District is not null && district is null)
        {
            return Payload.Failed<AnnualPlan>(MutationErrors.NotFound("district", "district"));
        }

        if (OrganisationMutations.CheckDistrictScope(m.Actor, district?.Code, "district") is { } scope)
        {
            return Payload.Failed<AnnualPlan>(scope);
        }

        int? organisationId = null;
        if (input.Organisation is { } organisation)
        {
            var id = GlobalId.DecodeOf(OrganisationType.TypeName, organisation);
            organisationId = await m.Db.Organisations.Where(o => o.Id == id && o.PublishedInEdition != null).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            if (organisationId is null)
            {
                return Payload.Failed<AnnualPlan>(MutationErrors.NotFound("published organisation", "organisation"));
            }
        }

        var codes = input.TaskCommunities.Distinct(StringComparer.Ordinal).ToList();
        var communities = await m.Db.Communities.Where(c => codes.Contains(c.Code)).Select(c => new { c.Id, c.Code, c.Street!.DistrictId }).ToListAsync(ct);
        if (codes.Except(communities.Select(c => c.Code)).FirstOrDefault() is { } unknown)
        {
            return Payload.Failed<AnnualPlan>(new DomainError(DomainErrorCodes.NotFound, $"No community '{unknown}'.", "taskCommunities"));
        }

        if (district is not null && communities.FirstOrDefault(c => c.DistrictId != district.Id && c.DistrictId != district.SucceededById) is { } outside)
        {
            return Payload.Failed<AnnualPlan>(new DomainError(DomainErrorCodes.InvalidInput, $"{outside.Code} is not in district {district.Code}.", "taskCommunities"));
        }

        var districtId = district?.Id;
        var ids = communities.Select(c => c.Id).ToList();
        var plan = await m.Db.AnnualPlans.AsTracking().Include(p => p.TaskCommunities).FirstOrDefaultAsync(p => p.Year == input.Year && p.DistrictId == districtId, ct);
        var duplicate = new DomainError(DomainErrorCodes.Duplicate, $"A {input.Year} plan for {district?.Code ?? "the city"} exists; read it and send its version to change it.", "version");
        if (plan is null)
        {
            if (input.Version is not null and not 0)
            {
                return Payload.Failed<AnnualPlan>(new DomainError(DomainErrorCodes.Conflict, "There is no such plan to change; omit the version to create it.", "version"));
            }

            plan = new AnnualPlan(input.Year, districtId, organisationId, input.DistrictTitleTarget, input.CityTitleTarget, ids);
            m.Db.AnnualPlans.Add(plan);
            return await m.SaveAsync(duplicate, ct) is { } error ? Payload.Failed<AnnualPlan>(error) : Payload.Ok(plan);
        }

        if (input.Version is not { } version)
        {
            return Payload.Failed<AnnualPlan>(duplicate);
        }

        if (plan.Revise(version, organisationId, input.DistrictTitleTarget, input.CityTitleTarget, ids) is { } refused)
        {
            m.Db.ChangeTracker.Clear();
            return Payload.Failed(refused, refused.Code == DomainErrorCodes.WrongState ? plan : null);
        }

        return await m.SaveAsync(ct) is { } saveError ? Payload.Failed<AnnualPlan>(saveError) : Payload.Ok(plan);
    }
}
