using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using static GreenCommunity.Domain.Tests.Applications.WorkflowFixture;

namespace GreenCommunity.Domain.Tests.Applications;

public sealed class ApplicationWorkflowTests
{
    private readonly CriteriaScheme _scheme = Scheme();

    [Theory]
    [InlineData(TitleLevel.District)]
    [InlineData(TitleLevel.City)]
    public void SubmittingJudgesTheGatesAndKeepsTheVerdicts(TitleLevel level)
    {
        var campaign = Campaign(level, _scheme);
        var application = Draft(campaign);
        var outcome = application.Submit(campaign, _scheme, "applicant-1", During);
        Assert.True(outcome.Succeeded);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(3, application.GateVerdicts.Count(v => v.Stage == GateStage.Submission && v.Passed));
        Assert.Equal(ApplicationStatus.Draft, application.History[^1].From);
    }

    [Fact]
    public void AFailedGateVetoesTheApplicationAndTheVerdictIsKept()
    {
        var campaign = Campaign(TitleLevel.City, _scheme);
        var application = Draft(campaign, GoodFacts with { OccupancyRate = new Percentage(0.57m) });
        var outcome = application.Submit(campaign, _scheme, "applicant-1", During);
        Assert.Equal(DomainErrorCodes.GateFailed, outcome.Error?.Code);
        Assert.True(outcome.ChangesKept);
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        var verdict = Assert.Single(application.GateVerdicts, v => !v.Passed);
        Assert.Equal(GateKind.MinimumOccupancy, verdict.Gate);
        Assert.Contains("57%", verdict.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmittingAfterTheDeadlineIsRefusedAndChangesNothing()
    {
        var campaign = Campaign(TitleLevel.District, _scheme);
        var application = Draft(campaign);
        var version = application.Version;
        var outcome = application.Submit(campaign, _scheme, "applicant-1", AfterClose);
        Assert.Equal(DomainErrorCodes.DeadlinePassed, outcome.Error?.Code);
        Assert.False(outcome.ChangesKept);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Equal(version, application.Version);
        Assert.Empty(application.GateVerdicts);
    }

    [Fact]
    public void SubmittingWithoutGateFactsIsRefused()
    {
        var campaign = Campaign(TitleLevel.District, _scheme);
        var application = WithId(new Application(campaign.Id, 1, "applicant-1", During));
        Assert.Equal(DomainErrorCodes.InvalidInput, application.Submit(campaign, _scheme, "applicant-1", During).Error?.Code);
    }

    [Fact]
    public void AReturnedApplicationMayBeResubmittedUntilItsRevisionDeadline()
    {
        var campaign = Campaign(TitleLevel.District, _scheme);
        var application = InState(campaign, ApplicationStatus.UnderDistrictReview);
        Assert.Equal(DomainErrorCodes.InvalidInput, application.ReturnForRevision(campaign, new DateOnly(2004, 4, 10), "Too soon.", "reviewer", During).Error?.Code);
        Assert.Equal(DomainErrorCodes.InvalidInput, application.ReturnForRevision(campaign, new DateOnly(2004, 6, 30), " ", "reviewer", During).Error?.Code);
        Assert.True(application.ReturnForRevision(campaign, new DateOnly(2004, 6, 30), "Add the waste-sorting records.", "reviewer", During).Succeeded);
        Assert.Equal(new DateOnly(2004, 6, 30), application.RevisionDeadline);

        Assert.True(application.Submit(campaign, _scheme, "applicant-1", AfterClose).Succeeded, "Resubmission follows the revision deadline, not the campaign's.");
        Assert.Null(application.RevisionDeadline);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void AReturnedApplicationCannotBeResubmittedAfterItsDeadline()
    {
        var campaign = Campaign(TitleLevel.District, _scheme);
        var application = InState(campaign, ApplicationStatus.ReturnedForRevision);
        Assert.Equal(DomainErrorCodes.DeadlinePassed, application.Submit(campaign, _scheme, "applicant-1", AfterClose).Error?.Code);
    }

    [Fact]
    public void ACityLevelApplicationNeedsAValidDistrictTitle()
    {
        var campaign = Campaign(TitleLevel.City, _scheme);
        var (refused, error) = Application.Open(campaign, 1, holdsValidDistrictTitle: false, "applicant-1", During);
        Assert.Null(refused);
        Assert.Equal(DomainErrorCodes.NotEligible, error?.Code);
        Assert.NotNull(Application.Open(campaign, 1, holdsValidDistrictTitle: true, "applicant-1", During).Application);
        Assert.Equal(DomainErrorCodes.DeadlinePassed, Application.Open(campaign, 1, true, "applicant-1", AfterClose).Error?.Code);
    }

    [Fact]
    public void TheDistrictLevelEndsInADistrictTitleAndTheCityLevelInARecommendation()
    {
        var district = Campaign(TitleLevel.District, _scheme);
        var city = Campaign(TitleLevel.City, _scheme);
        Assert.Equal(DomainErrorCodes.WrongState, InState(district, ApplicationStatus.UnderDistrictReview).Recommend(district, true, "Good.", "r", During).Error?.Code);
        Assert.Equal(DomainErrorCodes.WrongState, InState(city, ApplicationStatus.UnderDistrictReview).AwardAtDistrictLevel(city, _scheme, null, "r", During).Error?.Code);
        Assert.Equal(DomainErrorCodes.WrongState, InState(city, ApplicationStatus.UnderDistrictReview).Reject(city, "No.", "r", During).Error?.Code);

        var awarded = InState(district, ApplicationStatus.UnderDistrictReview);
        Assert.Equal(DomainErrorCodes.BelowPassMark, awarded.AwardAtDistrictLevel(district, _scheme, 74.9m, "r", During).Error?.Code);
        Assert.True(awarded.AwardAtDistrictLevel(district, _scheme, 80m, "r", During).Succeeded);
        Assert.Equal(ApplicationStatus.AwardedAtDistrictLevel, awarded.Status);

        var recommended = InState(city, ApplicationStatus.UnderDistrictReview);
        Assert.True(recommended.Recommend(city, true, "Meets the standard.", "r", During).Succeeded);
        Assert.Equal(ApplicationStatus.RecommendedToCity, recommended.Status);
        var declined = InState(city, ApplicationStatus.UnderDistrictReview);
        Assert.True(declined.Recommend(city, false, "Facilities incomplete.", "r", During).Succeeded);
        Assert.Equal(ApplicationStatus.DeclinedByDistrict, declined.Status);
    }

    [Fact]
    public void TheCollectiveReviewNeedsThePassMarkAndTheGatesDominateTheScore()
    {
        var city = Campaign(TitleLevel.City, _scheme);
        var below = InState(city, ApplicationStatus.Evaluated);
        Assert.Equal(DomainErrorCodes.BelowPassMark, below.DecideCandidacy(city, _scheme, 84.9m, true, "Close.", "admin", During).Error?.Code);
        Assert.Equal(ApplicationStatus.Evaluated, below.Status);

        var good = InState(city, ApplicationStatus.Evaluated);
        Assert.True(good.DecideCandidacy(city, _scheme, 90m, true, "Strong.", "admin", During).Succeeded);
        Assert.Equal(ApplicationStatus.Candidate, good.Status);
        Assert.Equal(3, good.GateVerdicts.Count(v => v.Stage == GateStage.CollectiveReview));

        var penalised = InState(city, ApplicationStatus.Evaluated);
        penalised.RecordGateFacts(GoodFacts with { PenaltyCases = 1 });
        var outcome = penalised.DecideCandidacy(city, _scheme, 97m, true, "Excellent score.", "admin", During);
        Assert.Equal(DomainErrorCodes.GateFailed, outcome.Error?.Code);
        Assert.True(outcome.ChangesKept);
        Assert.Equal(ApplicationStatus.NotCandidate, penalised.Status);
    }

    public static TheoryData<ApplicationStatus> AllStatuses() => [.. Enum.GetValues<ApplicationStatus>()];

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void EveryCityLevelStepIsAllowedExactlyWhereTheTableSays(ApplicationStatus status)
    {
        var city = Campaign(TitleLevel.City, _scheme);
        var steps = new (WorkflowAction Action, Func<Application, Outcome> Take)[]
        {
            (WorkflowAction.BeginReview, a => a.BeginReview(city, "r", During)),
            (WorkflowAction.Recommend, a => a.Recommend(city, true, "ok", "r", During)),
            (WorkflowAction.AssignPanel, a => a.AssignPanel(city, city.Id, "admin", During)),
            (WorkflowAction.BeginEvaluation, a => a.BeginEvaluation(city, "e", During)),
            (WorkflowAction.CompleteEvaluation, a => a.CompleteEvaluation(city, 90m, "e", During)),
            (WorkflowAction.OpenPublicity, a => a.EnterPublicity(city, "admin", During)),
            (WorkflowAction.Award, a => a.GrantCityTitle(city, "admin", During)),
            (WorkflowAction.UpholdObjection, a => a.UpholdObjection(city, "Upheld.", "admin", During)),
        };
        foreach (var (action, take) in steps)
        {
            var application = InState(city, status);
            var outcome = take(application);
            var expected = ApplicationWorkflow.Next(TitleLevel.City, status, action);
            if (expected is null)
            {
                Assert.Equal(DomainErrorCodes.WrongState, outcome.Error?.Code);
                Assert.Equal(status, application.Status);
            }
            else
            {
                Assert.True(outcome.Succeeded, $"{action} from {status}: {outcome.Error}");
                Assert.Equal(expected, application.Status);
                Assert.Equal(status, application.History[^1].From);
                Assert.Equal(expected, application.History[^1].To);
            }
        }
    }

    [Fact]
    public void TheCityLevelPathLeadsFromDraftToAward()
    {
        var path = new[]
        {
            (ApplicationStatus.Draft, WorkflowAction.Submit, ApplicationStatus.Submitted),
            (ApplicationStatus.Submitted, WorkflowAction.BeginReview, ApplicationStatus.UnderDistrictReview),
            (ApplicationStatus.UnderDistrictReview, WorkflowAction.Recommend, ApplicationStatus.RecommendedToCity),
            (ApplicationStatus.RecommendedToCity, WorkflowAction.AssignPanel, ApplicationStatus.PanelAssigned),
            (ApplicationStatus.PanelAssigned, WorkflowAction.BeginEvaluation, ApplicationStatus.UnderEvaluation),
            (ApplicationStatus.UnderEvaluation, WorkflowAction.CompleteEvaluation, ApplicationStatus.Evaluated),
            (ApplicationStatus.Evaluated, WorkflowAction.MarkCandidate, ApplicationStatus.Candidate),
            (ApplicationStatus.Candidate, WorkflowAction.OpenPublicity, ApplicationStatus.InPublicity),
            (ApplicationStatus.InPublicity, WorkflowAction.Award, ApplicationStatus.Awarded),
        };
        foreach (var (from, action, to) in path)
        {
            Assert.Equal(to, ApplicationWorkflow.Next(TitleLevel.City, from, action));
        }

        Assert.Null(ApplicationWorkflow.Next(TitleLevel.District, ApplicationStatus.RecommendedToCity, WorkflowAction.AssignPanel));
        Assert.Null(ApplicationWorkflow.Next(TitleLevel.City, ApplicationStatus.Awarded, WorkflowAction.Submit));
    }

    [Fact]
    public void ASelfAssessmentStaysWithinTheSchemeAndOnlyWhileEditable()
    {
        var campaign = Campaign(TitleLevel.District, _scheme);
        var draft = Draft(campaign);
        Assert.Equal(DomainErrorCodes.ScoreOutOfRange, draft.UpdateSelfAssessment(_scheme, 100.5m, null).Error?.Code);
        Assert.Equal(DomainErrorCodes.InvalidInput, draft.UpdateSelfAssessment(_scheme, null, GoodFacts with { ComplaintsAnsweredInTime = 5 }).Error?.Code);
        Assert.True(draft.UpdateSelfAssessment(_scheme, 88m, GoodFacts).Succeeded);
        Assert.Equal(88m, draft.SelfAssessedScore);
        Assert.Equal(DomainErrorCodes.WrongState, InState(campaign, ApplicationStatus.Submitted).UpdateSelfAssessment(_scheme, 80m, null).Error?.Code);
        Assert.Equal(DomainErrorCodes.WrongState, InState(campaign, ApplicationStatus.Submitted).Attach("Minutes", "minutes", null, During).Error?.Code);
    }

    [Fact]
    public void AStaleVersionIsAConflict()
    {
        var application = Draft(Campaign(TitleLevel.District, _scheme));
        Assert.Null(application.CheckVersion(application.Version));
        Assert.Equal(DomainErrorCodes.Conflict, application.CheckVersion(application.Version - 1)?.Code);
    }
}
