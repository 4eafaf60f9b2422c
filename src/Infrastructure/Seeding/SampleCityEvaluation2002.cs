using System.Globalization;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Domain.Publicity;
using GreenCommunity.Domain.Reviews;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>
/// The 2002 city-level campaign end to end: panels, applications through the whole workflow, on-site
/// evaluations with indicator scores, the collective review, the publicity notice with one upheld objection,
/// and the report's 31 city-level titles. The count (31) is the report's; everything else is invented.
/// </summary>
internal static class SampleCityEvaluation2002
{
    /// <summary>The number of city-level titles the report gives for 2002.</summary>
    public const int CityTitles = 31;

    private const string CityAdmin = "city-admin";
    private const int PanelCount = 5;
    private const int MembersPerPanel = 3;

    private static readonly DateOnly PanelsAssignedOn = new(2002, 10, 8);
    private static readonly DateOnly ReviewHeldOn = new(2002, 12, 5);
    private static readonly DateOnly PublicityOpensOn = new(2002, 12, 10);

    /// <summary>Invented evaluators, evaluator-01 to evaluator-15, three to a panel.</summary>
    private static readonly string[] EvaluatorNames =
    [
        "Chen Jianhua", "Li Xiaomei", "Wang Zhiqiang",
        "Zhang Yuqin", "Liu Guoping", "Huang Weidong",
        "Lin Shuzhen", "He Mingliang", "Luo Jiaying",
        "Zheng Haitao", "Liang Yanping", "Xie Zhenhua",
        "Guo Huimin", "Ma Dexin", "Zhou Peiling",
    ];

    private sealed record Plan(
        SeededCommunity Community,
        int Index,
        int PanelIndex,
        DateOnly VisitDay,
        decimal[][] Points,
        decimal PanelScore,
        QuestionnaireResult Questionnaire,
        int Complaints);

    /// <summary>Stores the 2002 city-level campaign's records; returns each evaluated community's questionnaire satisfaction in percent.</summary>
    public static async Task<IReadOnlyDictionary<int, decimal>> SeedAsync(
        GreenCommunityDbContext db,
        CriteriaScheme scheme,
        SampleCampaignSet campaigns,
        SampleGeographyResult geography,
        CancellationToken cancellationToken)
    {
        var campaign = campaigns.City2002;
        var indicators = SampleScoring.IndicatorsOf(scheme);
        var passMark = scheme.PassMarkFor(TitleLevel.City)!.Value;

        var panels = Enumerable.Range(0, PanelCount)
            .Select(p => CreatePanel(campaign.Id, p))
            .ToList();
        db.Panels.AddRange(panels);
        await db.SaveChangesAsync(cancellationToken);

        var plans = MakePlans(geography, campaign.Timetable.EvaluationStart, indicators);
        if (plans.Count(p => p.Community.Row.City2002 == City2002Outcome.Awarded) != CityTitles)
        {
            throw new InvalidOperationException($"The sample data must hold exactly {CityTitles} city-level titles for 2002.");
        }

        var applications = plans.Select(p => CreateApplication(p, campaign.Id, scheme, panels[p.PanelIndex], passMark)).ToList();
        db.Applications.AddRange(applications);
        await db.SaveChangesAsync(cancellationToken);

        var review = new CollectiveReview(campaign.Id, ReviewHeldOn) { IsSample = true };
        var notice = new PublicityNotice(
            campaign.Id,
            new LocalizedText("2002年广州市市级“绿色社区”公示名单", "2002 city-level Green Community candidates: public notice"),
            PublicityOpensOn,
            campaign.Timetable.PublicityDays,
            SampleTime.Beijing(PublicityOpensOn, 9))
        {
            IsSample = true,
        };
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var application = applications[i];
            var panel = panels[plan.PanelIndex];
            var evaluation = new Evaluation(application.Id, panel.Id) { IsSample = true };
            RecordVisit(evaluation, plan, panel, scheme, indicators);
            db.Evaluations.Add(evaluation);

            var candidate = plan.Community.Row.City2002 != City2002Outcome.NotCandidate;
            review.Decide(application.Id, candidate, ReviewReasons(plan, passMark));
            if (candidate)
            {
                // The objected candidate is listed too: an objection can only be raised against a listed candidate.
                notice.List(application.Id, plan.Community.Entity.Id);
            }
        }

        db.CollectiveReviews.Add(review);
        db.PublicityNotices.Add(notice);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (plan, application) in plans.Zip(applications).Where(x => x.First.Community.Row.City2002 == City2002Outcome.RejectedAfterObjection))
        {
            var objection = new Objection(
                notice.Id,
                application.Id,
                "A restaurant on the estate's ground floor vents cooking fumes into the inner courtyard. Residents complained to the management office three times since September and got no answer.",
                "Copies of three dated complaint letters and photographs of the exhaust outlet.",
                "resident@example.org",
                SampleTime.Beijing(2002, 12, 12, 20, 15))
            {
                IsSample = true,
            };
            objection.Resolve(
                ObjectionResolution.Upheld,
                $"Upheld. The {plan.Community.DistrictAtAward.Name.En} EPB inspected the estate on 16 December 2002 and confirmed two complaints left unanswered past the deadline, so the complaints gate is not met. The community is removed from the list and may apply again next year.",
                SampleTime.Beijing(2002, 12, 18, 15));
            db.Objections.Add(objection);
        }

        foreach (var (plan, application) in plans.Zip(applications).Where(x => x.First.Community.Row.City2002 == City2002Outcome.Awarded))
        {
            var award = new Award(new AwardGrant(
                plan.Community.Entity.Id,
                campaign.Id,
                TitleLevel.City,
                campaign.Year,
                plan.Community.DistrictAtAward.Id,
                scheme.Id,
                scheme.ValidityYears,
                SampleCampaigns.City2002AwardedOn,
                plan.PanelScore,
                panels[plan.PanelIndex].Id,
                application.Id))
            {
                IsSample = true,
            };
            award.Publish(campaign.ResultsPublishedAt!.Value);
            db.Awards.Add(award);
        }

        await db.SaveChangesAsync(cancellationToken);
        return plans.ToDictionary(
            p => p.Community.Entity.Id,
            p => Math.Round(100m * p.Questionnaire.Satisfied / p.Questionnaire.Respondents, 1, MidpointRounding.AwayFromZero));
    }

    private static Panel CreatePanel(int campaignId, int index)
    {
        var panel = new Panel(campaignId, string.Create(CultureInfo.InvariantCulture, $"Panel {index + 1}")) { IsSample = true };
        for (var m = 0; m < MembersPerPanel; m++)
        {
            var number = (index * MembersPerPanel) + m + 1;
            var id = number.ToString("00", CultureInfo.InvariantCulture);
            panel.AddMember("evaluator-" + id, EvaluatorNames[number - 1], $"evaluator{id}@example.org");
        }

        return panel;
    }

    private static List<Plan> MakePlans(SampleGeographyResult geography, DateOnly evaluationStart, IReadOnlyList<Indicator> indicators)
    {
        var random = new SampleRandom(2002);
        var evaluated = geography.Communities.Where(c => c.Row.City2002 != City2002Outcome.None).ToList();
        var plans = new List<Plan>();
        for (var i = 0; i < evaluated.Count; i++)
        {
            var community = evaluated[i];
            var (minimum, maximum, satisfiedFrom, satisfiedTo) = community.Row.City2002 switch
            {
                City2002Outcome.Awarded => (85.0m, 96.5m, 0.80, 0.97),
                City2002Outcome.RejectedAfterObjection => (85.5m, 89.5m, 0.74, 0.86),
                _ => (79.0m, 84.4m, 0.66, 0.80),
            };
            var (points, score) = SampleScoring.Draw(random, indicators, MembersPerPanel, minimum, maximum);
            var respondents = random.Next(30, 61);
            var satisfied = (int)Math.Round(respondents * (satisfiedFrom + (random.NextDouble() * (satisfiedTo - satisfiedFrom))));
            var aware = (int)Math.Round(respondents * (0.70 + (random.NextDouble() * 0.26)));
            var panelIndex = i % PanelCount;
            var visitDay = evaluationStart.AddDays((7 * (i / PanelCount)) + panelIndex);
            plans.Add(new Plan(community, i, panelIndex, visitDay, points, score, new QuestionnaireResult(respondents, satisfied, aware), random.Next(0, 6)));
        }

        return plans;
    }

    private static Application CreateApplication(Plan plan, int campaignId, CriteriaScheme scheme, Panel panel, decimal passMark)
    {
        var community = plan.Community;
        var lead = panel.Members[0].Subject;
        var opened = new DateOnly(2002, 8, 1).AddDays(plan.Index % 20);
        var submitted = opened.AddDays(10);
        var application = new Application(campaignId, community.Entity.Id, community.ApplicantSubject, SampleTime.Beijing(opened, 9, 30)) { IsSample = true };

        application.RecordSelfAssessment(Math.Min(100m, plan.PanelScore + 0.5m + (plan.Index % 7 * 0.5m)));
        application.AttachEvidence("Self-assessment against GC-CRITERIA v1", "report", null, SampleTime.Beijing(opened, 10));
        application.AttachEvidence("Minutes of the community's creation leading group, 2002", "minutes", null, SampleTime.Beijing(opened.AddDays(3), 10));
        application.AttachEvidence("Photographs of notice boards, sorted-waste bins and greening", "photo", null, SampleTime.Beijing(opened.AddDays(3), 10));

        var facts = new GateFacts(
            community.Entity.OccupancyRate!.Value,
            0,
            plan.Complaints,
            plan.Complaints,
            $"{community.DistrictAtAward.Name.En} EPB records checked at submission (sample)");
        application.RecordGateFacts(facts);
        application.MoveTo(ApplicationStatus.Submitted, community.ApplicantSubject, SampleTime.Beijing(submitted, 10), "Submitted to the district EPB with the self-assessment and evidence.");
        Keep(application, GateRules.Judge(scheme, facts, GateStage.Submission, SampleTime.Beijing(submitted, 10)));

        var heldSince = community.Row.Title == DistrictTitle.Year2002 ? "2002" : "2001";
        application.MoveTo(ApplicationStatus.UnderDistrictReview, community.ReviewerSubject, SampleTime.Beijing(submitted.AddDays(3), 9), null);
        application.MoveTo(
            ApplicationStatus.RecommendedToCity,
            community.ReviewerSubject,
            SampleTime.Beijing(new DateOnly(2002, 9, 16).AddDays(plan.Index % 10), 16),
            $"Recommended to the city: district-level Green Community since {heldSince}; materials complete.");
        application.MoveTo(ApplicationStatus.PanelAssigned, CityAdmin, SampleTime.Beijing(PanelsAssignedOn, 11), $"Assigned to {panel.Name}.");
        application.MoveTo(ApplicationStatus.UnderEvaluation, lead, SampleTime.Beijing(plan.VisitDay, 9), "On-site evaluation started.");
        application.MoveTo(
            ApplicationStatus.Evaluated,
            lead,
            SampleTime.Beijing(plan.VisitDay, 16),
            string.Create(CultureInfo.InvariantCulture, $"On-site evaluation complete; panel score {plan.PanelScore:0.0}."));

        var reviewFacts = facts with { Source = "District EPB records confirmed at the collective review (sample)" };
        application.RecordGateFacts(reviewFacts);
        Keep(application, GateRules.Judge(scheme, reviewFacts, GateStage.CollectiveReview, SampleTime.Beijing(ReviewHeldOn, 15)));

        var reviewed = SampleTime.Beijing(ReviewHeldOn, 17);
        var listed = SampleTime.Beijing(PublicityOpensOn, 9);
        switch (community.Row.City2002)
        {
            case City2002Outcome.Awarded:
                application.MoveTo(ApplicationStatus.Candidate, CityAdmin, reviewed, "Put on the candidate list by the collective review.");
                application.MoveTo(ApplicationStatus.InPublicity, CityAdmin, listed, "Listed on the public notice.");
                application.MoveTo(
                    ApplicationStatus.Awarded,
                    CityAdmin,
                    SampleTime.Beijing(SampleCampaigns.City2002AwardedOn, 10),
                    "City-level title granted; the publicity period closed with no upheld objection.");
                break;
            case City2002Outcome.RejectedAfterObjection:
                application.MoveTo(ApplicationStatus.Candidate, CityAdmin, reviewed, "Put on the candidate list by the collective review.");
                application.MoveTo(ApplicationStatus.InPublicity, CityAdmin, listed, "Listed on the public notice.");
                application.MoveTo(
                    ApplicationStatus.RejectedAfterObjection,
                    CityAdmin,
                    SampleTime.Beijing(2002, 12, 18, 16),
                    "Removed from the list after an upheld objection: residents' complaints were not answered within the deadline.");
                break;
            default:
                application.MoveTo(ApplicationStatus.NotCandidate, CityAdmin, reviewed, ReviewReasons(plan, passMark));
                break;
        }

        return application;
    }

    private static void RecordVisit(Evaluation evaluation, Plan plan, Panel panel, CriteriaScheme scheme, IReadOnlyList<Indicator> indicators)
    {
        var day = plan.VisitDay;
        var q = plan.Questionnaire;
        var feedback = SampleScoring.Feedback(scheme, indicators, plan.Points);
        evaluation.RecordStep(EvaluationStep.ReportHeard, SampleTime.Beijing(day, 9), "The residents' committee reported on the year's creation work.");
        evaluation.RecordStep(EvaluationStep.DocumentsReviewed, SampleTime.Beijing(day, 9, 45), "Plans, minutes, activity records and the complaint register reviewed.");
        evaluation.RecordStep(
            EvaluationStep.ForumAndQuestionnaireHeld,
            SampleTime.Beijing(day, 10, 30),
            string.Create(CultureInfo.InvariantCulture, $"Residents' forum held; {q.Respondents} residents answered the questionnaire."),
            q);
        evaluation.RecordStep(EvaluationStep.SiteInspected, SampleTime.Beijing(day, 14), "Walked the lanes, bin points, greening, notice boards and shop fronts.");
        evaluation.RecordStep(EvaluationStep.ScoresGiven, SampleTime.Beijing(day, 15, 30), "Each evaluator scored every indicator on site.");
        for (var m = 0; m < panel.Members.Count; m++)
        {
            for (var i = 0; i < indicators.Count; i++)
            {
                evaluation.Score(panel.Members[m].Id, indicators[i].Id, plan.Points[m][i]);
            }
        }

        evaluation.RecordStep(EvaluationStep.FeedbackGiven, SampleTime.Beijing(day, 16), feedback);
        evaluation.Complete(plan.PanelScore, feedback, SampleTime.Beijing(day, 16));
    }

    private static string ReviewReasons(Plan plan, decimal passMark) => plan.Community.Row.City2002 == City2002Outcome.NotCandidate
        ? string.Create(CultureInfo.InvariantCulture, $"Panel score {plan.PanelScore:0.0} is below the city-level pass mark of {passMark:0}. Waste sorting has not started in most buildings and there are no resident supervisors yet; the community may apply again next year.")
        : string.Create(CultureInfo.InvariantCulture, $"Panel score {plan.PanelScore:0.0} meets the city-level pass mark of {passMark:0}; all three gates met.");

    private static void Keep(Application application, IEnumerable<GateVerdict> verdicts)
    {
        foreach (var verdict in verdicts)
        {
            application.KeepVerdict(verdict);
        }
    }
}
