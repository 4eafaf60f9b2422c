using System.Globalization;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>
/// The 2003 campaigns, still running (results unpublished): applications in draft, submitted, under district
/// review, under evaluation with partial scores, and one declined by its district for failing the occupancy
/// gate. Nothing here leads to an award. All invented.
/// </summary>
internal static class SampleApplications2003
{
    private const string CityAdmin = "city-admin";

    /// <summary>The 2003 city panels: a mix of 2002 evaluators and new ones (evaluator-16 and evaluator-17).</summary>
    private static readonly (string Name, (string Subject, string DisplayName)[] Members)[] Panels =
    [
        ("Panel 1", [("evaluator-02", "Li Xiaomei"), ("evaluator-07", "Lin Shuzhen"), ("evaluator-16", "Feng Qiming")]),
        ("Panel 2", [("evaluator-05", "Liu Guoping"), ("evaluator-11", "Liang Yanping"), ("evaluator-17", "Deng Suyun")]),
    ];

    /// <summary>Stores the 2003 applications, the 2003 city panels and the one evaluation under way.</summary>
    public static async Task SeedAsync(
        GreenCommunityDbContext db,
        CriteriaScheme scheme,
        SampleCampaignSet campaigns,
        SampleGeographyResult geography,
        CancellationToken cancellationToken)
    {
        var panels = Panels.Select(p => CreatePanel(campaigns.City2003.Id, p.Name, p.Members)).ToList();
        db.Panels.AddRange(panels);
        await db.SaveChangesAsync(cancellationToken);

        var random = new SampleRandom(2003);
        var applications = new List<(SeededCommunity Community, Application Application)>();
        foreach (var community in geography.Communities.Where(c => c.Row.Apply2003 != Application2003.None))
        {
            var isCity = community.Row.Apply2003 is Application2003.CityDraft or Application2003.CitySubmitted
                or Application2003.CityUnderEvaluation or Application2003.CityFailsOccupancy;
            var campaign = isCity ? campaigns.City2003 : campaigns.District2003;
            applications.Add((community, CreateApplication(community, campaign.Id, scheme, panels[0], random)));
        }

        db.Applications.AddRange(applications.Select(a => a.Application));
        await db.SaveChangesAsync(cancellationToken);

        // The one city application under evaluation: steps 1-3 done, two evaluators have scored the first three signs.
        foreach (var (_, application) in applications.Where(a => a.Community.Row.Apply2003 == Application2003.CityUnderEvaluation))
        {
            var panel = panels[0];
            var day = new DateOnly(2003, 10, 21);
            var evaluation = new Evaluation(application.Id, panel.Id) { IsSample = true };
            var questionnaire = new QuestionnaireResult(42, 35, 33);
            evaluation.RecordStep(EvaluationStep.ReportHeard, SampleTime.Beijing(day, 9), "The residents' committee reported on the year's creation work.");
            evaluation.RecordStep(EvaluationStep.DocumentsReviewed, SampleTime.Beijing(day, 9, 45), "Plans and minutes reviewed; the complaint register is to be sent after the visit.");
            evaluation.RecordStep(
                EvaluationStep.ForumAndQuestionnaireHeld,
                SampleTime.Beijing(day, 10, 30),
                string.Create(CultureInfo.InvariantCulture, $"Residents' forum held; {questionnaire.Respondents} residents answered the questionnaire."),
                questionnaire);
            var firstThreeSigns = scheme.Sections.Take(3).SelectMany(s => s.Indicators).ToList();
            foreach (var member in panel.Members.Take(2))
            {
                foreach (var indicator in firstThreeSigns)
                {
                    evaluation.Score(member.Id, indicator.Id, SampleScoring.PointsFor(random, indicator, 0.88));
                }
            }

            db.Evaluations.Add(evaluation);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Panel CreatePanel(int campaignId, string name, (string Subject, string DisplayName)[] members)
    {
        var panel = new Panel(campaignId, name) { IsSample = true };
        foreach (var (subject, displayName) in members)
        {
            panel.AddMember(subject, displayName, subject.Replace("-", string.Empty, StringComparison.Ordinal) + "@example.org");
        }

        return panel;
    }

    private static Application CreateApplication(SeededCommunity community, int campaignId, CriteriaScheme scheme, Panel panel, SampleRandom random)
    {
        var applicant = community.ApplicantSubject;
        var reviewer = community.ReviewerSubject;
        var stage = community.Row.Apply2003;
        var opened = (stage switch
        {
            Application2003.CityDraft => new DateOnly(2003, 9, 12),
            Application2003.CitySubmitted => new DateOnly(2003, 8, 20),
            Application2003.CityUnderEvaluation => new DateOnly(2003, 8, 5),
            Application2003.CityFailsOccupancy => new DateOnly(2003, 8, 12),
            Application2003.DistrictDraft => new DateOnly(2003, 6, 2),
            Application2003.DistrictSubmitted => new DateOnly(2003, 4, 10),
            _ => new DateOnly(2003, 4, 15),
        }).AddDays(random.Next(0, 10));
        var application = new Application(campaignId, community.Entity.Id, applicant, SampleTime.Beijing(opened, 9, 30)) { IsSample = true };
        application.AttachEvidence("Self-assessment against GC-CRITERIA v1 (in preparation)", "report", null, SampleTime.Beijing(opened, 10));
        if (stage is Application2003.CityDraft or Application2003.DistrictDraft)
        {
            return application;
        }

        var occupancy = community.Entity.OccupancyRate!.Value;
        var facts = new GateFacts(
            occupancy,
            0,
            2,
            2,
            stage == Application2003.CityFailsOccupancy
                ? "Property management's occupancy count of August 2003: phase two (1,100 flats) was handed over this year and is still largely empty (sample)"
                : $"{community.DistrictAtAward.Name.En} EPB records checked at submission (sample)");
        application.RecordSelfAssessment(random.NextDecimal(84.0m, 92.0m, 1));
        application.RecordGateFacts(facts);
        var submitted = opened.AddDays(stage == Application2003.DistrictUnderReview ? 35 : 14);
        application.MoveTo(ApplicationStatus.Submitted, applicant, SampleTime.Beijing(submitted, 10), "Submitted to the district EPB with the self-assessment and evidence.");
        foreach (var verdict in GateRules.Judge(scheme, facts, GateStage.Submission, SampleTime.Beijing(submitted, 10)))
        {
            application.KeepVerdict(verdict);
        }

        switch (stage)
        {
            case Application2003.DistrictUnderReview:
                application.MoveTo(ApplicationStatus.UnderDistrictReview, reviewer, SampleTime.Beijing(submitted.AddDays(14), 9), null);
                break;
            case Application2003.CityFailsOccupancy:
                application.MoveTo(ApplicationStatus.UnderDistrictReview, reviewer, SampleTime.Beijing(submitted.AddDays(4), 9), null);
                application.MoveTo(
                    ApplicationStatus.DeclinedByDistrict,
                    reviewer,
                    SampleTime.Beijing(submitted.AddDays(8), 16),
                    string.Create(CultureInfo.InvariantCulture, $"Not recommended: occupancy {occupancy} is under the 60% minimum, a gate that vetoes the application whatever its score. The community may apply again once occupancy recovers."));
                break;
            case Application2003.CityUnderEvaluation:
                application.MoveTo(ApplicationStatus.UnderDistrictReview, reviewer, SampleTime.Beijing(submitted.AddDays(7), 9), null);
                application.MoveTo(ApplicationStatus.RecommendedToCity, reviewer, SampleTime.Beijing(new DateOnly(2003, 9, 19), 16), "Recommended to the city: district-level Green Community since 2002; materials complete.");
                application.MoveTo(ApplicationStatus.PanelAssigned, CityAdmin, SampleTime.Beijing(new DateOnly(2003, 10, 8), 11), $"Assigned to {panel.Name}.");
                application.MoveTo(ApplicationStatus.UnderEvaluation, panel.Members[0].Subject, SampleTime.Beijing(new DateOnly(2003, 10, 21), 9), "On-site evaluation started.");
                break;
            default:
                break;
        }

        return application;
    }
}
