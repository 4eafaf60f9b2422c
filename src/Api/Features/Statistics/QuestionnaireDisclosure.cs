using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Domain.Indicators;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Statistics;

/// <summary>
/// The questionnaire results of one YEAR × DISTRICT cell: the finest grain <c>questionnaires</c> groups by, so every
/// grouping the field accepts (none, YEAR, DISTRICT, both) is a union of whole cells.
/// </summary>
/// <param name="Year">The campaign year.</param>
/// <param name="DistrictId">The communities' current district.</param>
/// <param name="Communities">Distinct communities surveyed in the cell.</param>
/// <param name="Respondents">Respondents in all.</param>
/// <param name="Satisfied">Respondents satisfied with the environment.</param>
/// <param name="Aware">Respondents aware of the programme.</param>
public sealed record QuestionnaireCell(int Year, int DistrictId, int Communities, int Respondents, int Satisfied, int Aware);

/// <summary>
/// Statistical disclosure control of the questionnaire results (docs/open-data-disclosure.md, ADR-018). A cell is
/// publishable when it covers at least the minimum group size of communities; every published figure, whatever the
/// grouping (margins and the grand total included), is computed from publishable cells only. A suppressed cell's
/// answers therefore enter no published number, and no sum or difference of published numbers can recover them.
/// </summary>
public static class QuestionnaireDisclosure
{
    /// <summary>The indicator whose values are a community's own questionnaire result: satisfied respondents, in percent.</summary>
    public const string SatisfactionIndicator = "resident-satisfaction";

    /// <summary>
    /// The values among <paramref name="values"/> that are a community's own questionnaire result resting on fewer than
    /// <paramref name="minimumRespondents"/> respondents (OpenData:MinimumRespondents): values of
    /// <see cref="SatisfactionIndicator"/> for a community and year in which a panel's questionnaire of the community
    /// had fewer respondents. Such a value may not be published; this is the check publication applies.
    /// </summary>
    public static IQueryable<Observation> ThinSatisfactionValues(GreenCommunityDbContext db, IQueryable<Observation> values, int minimumRespondents)
    {
        ArgumentNullException.ThrowIfNull(db);
        return values.Where(o => o.Indicator!.Code == SatisfactionIndicator
            && (from s in db.EvaluationSteps
                where s.Step == EvaluationStep.ForumAndQuestionnaireHeld && s.Questionnaire != null && s.Questionnaire.Respondents < minimumRespondents
                join e in db.Evaluations on s.EvaluationId equals e.Id
                join a in db.Applications on e.ApplicationId equals a.Id
                where a.CommunityId == o.CommunityId && a.Campaign!.Year == o.Year
                select s.Id).Any());
    }

    /// <summary>
    /// The (community, year) pairs among <paramref name="communityIds"/> and <paramref name="years"/> whose panel
    /// questionnaire had fewer than <paramref name="minimumRespondents"/> respondents: a
    /// <see cref="SatisfactionIndicator"/> value for one of them would publish that questionnaire's own result.
    /// </summary>
    public static async Task<HashSet<(int CommunityId, int Year)>> ThinQuestionnairesAsync(
        GreenCommunityDbContext db, IReadOnlyCollection<int> communityIds, IReadOnlyCollection<int> years, int minimumRespondents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var thin = await (from s in db.EvaluationSteps
                          where s.Step == EvaluationStep.ForumAndQuestionnaireHeld && s.Questionnaire != null && s.Questionnaire.Respondents < minimumRespondents
                          join e in db.Evaluations on s.EvaluationId equals e.Id
                          join a in db.Applications on e.ApplicationId equals a.Id
                          where communityIds.Contains(a.CommunityId) && years.Contains(a.Campaign!.Year)
                          select new { a.CommunityId, a.Campaign!.Year }).ToListAsync(cancellationToken);
        return [.. thin.Select(t => (t.CommunityId, t.Year))];
    }

    /// <summary>True when <paramref name="cell"/> may be published (and so counted in any grouping).</summary>
    public static bool Publishable(QuestionnaireCell cell, int minimumGroupSize)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Communities >= minimumGroupSize && cell.Respondents > 0;
    }

    /// <summary>
    /// The published figures of <paramref name="cells"/> grouped by the dimensions asked for: each group sums its
    /// publishable cells and says how many communities and cells it leaves out; a group with none is suppressed.
    /// </summary>
    public static IReadOnlyList<QuestionnaireAggregate> Aggregate(IEnumerable<QuestionnaireCell> cells, bool byYear, bool byDistrict, int minimumGroupSize) =>
        [.. cells.GroupBy(c => new StatisticsGroup(DistrictId: byDistrict ? c.DistrictId : null, Year: byYear ? c.Year : null))
            .Select(g =>
            {
                var counted = g.Where(c => Publishable(c, minimumGroupSize)).ToList();
                var communities = g.Sum(c => c.Communities);
                var leftOut = communities - counted.Sum(c => c.Communities);
                var cellsLeftOut = g.Count() - counted.Count;
                var respondents = counted.Sum(c => c.Respondents);
                return counted.Count == 0
                    ? new QuestionnaireAggregate(g.Key, communities, leftOut, cellsLeftOut, true, null, null, null)
                    : new QuestionnaireAggregate(g.Key, communities, leftOut, cellsLeftOut, false, respondents, (double)counted.Sum(c => c.Satisfied) / respondents, (double)counted.Sum(c => c.Aware) / respondents);
            })
            .OrderBy(q => q.Group.Year).ThenBy(q => q.Group.DistrictId)];
}
