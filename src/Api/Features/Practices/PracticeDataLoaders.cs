using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.GraphQL.DataLoading;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Domain.Activities;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Practices;

/// <summary>Each community's practices the caller may see (published, and drafts in scope), newest first, by community ID.</summary>
public sealed class PracticesByCommunityIdDataLoader(GreenCommunityDbContext db, CurrentCaller caller) : ListByKeyDataLoader<int, CommunityPractice>
{
    /// <inheritdoc />
    protected override async Task<ILookup<int, CommunityPractice>> FetchValuesAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var districts = await ProgrammeRecordAccess.DraftDistrictsAsync(db, caller.Value.Actor, cancellationToken);
        return (await ProgrammeRecordAccess.Visible(db.CommunityPractices, districts).Where(p => keys.Contains(p.CommunityId))
                .OrderByDescending(p => p.StartedOn).ThenBy(p => p.Id)
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.CommunityId);
    }
}
