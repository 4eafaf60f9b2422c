using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Applications;

/// <summary>Loads an application for a change: tracked, with its campaign, community and district, checked against the caller's version.</summary>
public static class ApplicationChanges
{
    /// <summary>The application with <paramref name="globalId"/>, or the error to report.</summary>
    public static async Task<(Application? Application, DomainError? Error)> LoadAsync(MutationContext m, string globalId, int? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(m);
        var id = GlobalId.DecodeOf(ApplicationType.TypeName, globalId);
        var application = await m.Db.Applications.AsTracking()
            .Include(a => a.Campaign)
            .Include(a => a.Community).ThenInclude(c => c!.Street).ThenInclude(s => s!.District)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return (null, MutationErrors.NotFound("application", "application"));
        }

        return (application, version is { } expected ? application.CheckVersion(expected) : null);
    }

    /// <summary>The campaign's criteria scheme with its sections, indicators and gates.</summary>
    public static Task<CriteriaScheme> SchemeAsync(MutationContext m, int schemeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.Db.CriteriaSchemes.Include(s => s.Sections).ThenInclude(s => s.Indicators).Include(s => s.Gates).AsSplitQuery()
            .FirstAsync(s => s.Id == schemeId, cancellationToken);
    }

    /// <summary>The community's code.</summary>
    public static string CommunityCode(this Application application) => application.Community!.Code;

    /// <summary>The code of the community's current district.</summary>
    public static string DistrictCode(this Application application) => application.Community!.Street!.District!.Code;
}
