using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Programme;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Organisations;

/// <summary>Recording the bodies that run the programme.</summary>
public static partial class OrganisationMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<CreateOrganisationPayloadType, CreateOrganisationInputType, CreateOrganisationInput>("createOrganisation", Role.CityAdmin, "Records a body that runs part of the programme, as a draft: public once publishProgrammeRecords releases it in an edition. City administrators record any; a district reviewer records district- and street-level ones of their own district.", "The organisation.", CreateAsync)
            .AuthorizeWithRoles(nameof(Role.DistrictReviewer));
    }

    /// <summary>
    /// The programme's write scope: a city administrator acts city-wide; a district reviewer only for their district,
    /// and never on city-wide records (<paramref name="districtCode"/> null).
    /// </summary>
    public static DomainError? CheckDistrictScope(Actor actor, string? districtCode, string field)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Is(Role.CityAdmin))
        {
            return null;
        }

        return districtCode is null
            ? new DomainError(DomainErrorCodes.OutOfScope, "Only the city records city-wide programme records; name your district.", field)
            : AccessRules.AsReviewer(actor, districtCode) is { } error ? error with { Field = field } : null;
    }

    private static async Task<Payload<Organisation>> CreateAsync(MutationContext m, CreateOrganisationInput input, CancellationToken ct)
    {
        var code = input.Code.Trim();
        if (!CodePattern().IsMatch(code) || string.IsNullOrWhiteSpace(input.Name.Zh) || string.IsNullOrWhiteSpace(input.Name.En) || input.Name.Zh.Length > 200 || input.Name.En.Length > 200)
        {
            return Payload.Failed<Organisation>(new DomainError(DomainErrorCodes.InvalidInput, "Give a code of 2 to 48 capitals, digits and hyphens, and a name in Chinese and English (at most 200 characters each).", "code"));
        }

        int? districtId = null;
        int? streetId = null;
        string? districtCode = input.District;
        if (input.Street is { } streetCode)
        {
            var street = await m.Db.Streets.Where(s => s.Code == streetCode).Select(s => new { s.Id, s.DistrictId, District = s.District!.Code }).FirstOrDefaultAsync(ct);
            if (street is null)
            {
                return Payload.Failed<Organisation>(MutationErrors.NotFound("street", "street"));
            }

            if (districtCode is not null && districtCode != street.District)
            {
                return Payload.Failed<Organisation>(new DomainError(DomainErrorCodes.InvalidInput, $"Street {streetCode} is in district {street.District}, not {districtCode}.", "district"));
            }

            (streetId, districtId, districtCode) = (street.Id, street.DistrictId, street.District);
        }
        else if (districtCode is not null)
        {
            districtId = await m.Db.Districts.Where(d => d.Code == districtCode).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
            if (districtId is null)
            {
                return Payload.Failed<Organisation>(MutationErrors.NotFound("district", "district"));
            }
        }

        if (CheckDistrictScope(m.Actor, districtCode, "district") is { } scope)
        {
            return Payload.Failed<Organisation>(scope);
        }

        if (Organisation.Check(input.Level, districtId, streetId) is { } invalid)
        {
            return Payload.Failed<Organisation>(invalid);
        }

        var duplicate = new DomainError(DomainErrorCodes.Duplicate, $"An organisation with code {code} exists.", "code");
        if (await m.Db.Organisations.AnyAsync(o => o.Code == code, ct))
        {
            return Payload.Failed<Organisation>(duplicate);
        }

        var organisation = new Organisation(code, new LocalizedText(input.Name.Zh.Trim(), input.Name.En.Trim()), input.Level, input.Role, districtId, streetId);
        m.Db.Organisations.Add(organisation);
        return await m.SaveAsync(duplicate, ct) is { } error ? Payload.Failed<Organisation>(error) : Payload.Ok(organisation);
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,47}$")]
    private static partial Regex CodePattern();
}
