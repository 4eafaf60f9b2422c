using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Evaluations;
using static GreenCommunity.Domain.Tests.Applications.WorkflowFixture;

namespace GreenCommunity.Domain.Tests.Evaluations;

public sealed class EvaluationProcedureTests
{
    private static readonly QuestionnaireResult Survey = new(120, 105, 98);
    private readonly CriteriaScheme _scheme = Scheme();

    private (Evaluation Evaluation, Panel Panel, Indicator[] Indicators) Start(int members = 3)
    {
        var campaign = Campaign(TitleLevel.City, _scheme);
        var panel = Panel(campaign, members);
        return (WithId(new Evaluation(1, panel.Id)), panel, [.. _scheme.Sections.SelectMany(s => s.Indicators)]);
    }

    private void Through(Evaluation evaluation, Panel panel, EvaluationStep last)
    {
        for (var step = EvaluationStep.ReportHeard; step <= last; step++)
        {
            var outcome = evaluation.RecordNextStep(step, "notes", step == EvaluationStep.ForumAndQuestionnaireHeld ? Survey : null, panel, _scheme, During);
            Assert.True(outcome.Succeeded, outcome.Error?.Message);
        }
    }

    [Fact]
    public void StepsAreRecordedInTheProceduresOrder()
    {
        var (evaluation, panel, _) = Start();
        Assert.Equal(DomainErrorCodes.StepOutOfOrder, evaluation.RecordNextStep(EvaluationStep.DocumentsReviewed, null, null, panel, _scheme, During).Error?.Code);
        Through(evaluation, panel, EvaluationStep.DocumentsReviewed);
        Assert.Equal(DomainErrorCodes.StepOutOfOrder, evaluation.RecordNextStep(EvaluationStep.SiteInspected, null, null, panel, _scheme, During).Error?.Code);
        Assert.Equal(DomainErrorCodes.StepOutOfOrder, evaluation.RecordNextStep(EvaluationStep.ReportHeard, null, null, panel, _scheme, During).Error?.Code);
        Assert.Equal([EvaluationStep.ReportHeard, EvaluationStep.DocumentsReviewed], evaluation.Steps.Select(s => s.Step));
    }

    [Fact]
    public void TheForumStepNeedsItsQuestionnaireResults()
    {
        var (evaluation, panel, _) = Start();
        Through(evaluation, panel, EvaluationStep.DocumentsReviewed);
        Assert.Equal(DomainErrorCodes.InvalidInput, evaluation.RecordNextStep(EvaluationStep.ForumAndQuestionnaireHeld, null, null, panel, _scheme, During).Error?.Code);
        Assert.Equal(DomainErrorCodes.InvalidInput, evaluation.RecordNextStep(EvaluationStep.ForumAndQuestionnaireHeld, null, new QuestionnaireResult(10, 11, 5), panel, _scheme, During).Error?.Code);
        Assert.True(evaluation.RecordNextStep(EvaluationStep.ForumAndQuestionnaireHeld, null, Survey, panel, _scheme, During).Succeeded);
    }

    [Fact]
    public void ScoresAreGivenAfterTheInspectionWithinEachIndicatorsMaximum()
    {
        var (evaluation, panel, indicators) = Start();
        Through(evaluation, panel, EvaluationStep.ForumAndQuestionnaireHeld);
        Assert.Equal(DomainErrorCodes.WrongState, evaluation.ScoreIndicators(panel.Members[0], [(indicators[0], 50m)]).Error?.Code);
        Through2(evaluation, panel);
        var outOfRange = evaluation.ScoreIndicators(panel.Members[0], [(indicators[0], 50m), (indicators[1], 40.5m)]);
        Assert.Equal(DomainErrorCodes.ScoreOutOfRange, outOfRange.Error?.Code);
        Assert.Empty(evaluation.Scores);
    }

    [Fact]
    public void ScoresCloseOnlyWhenEveryEvaluatorHasScoredEveryIndicator()
    {
        var (evaluation, panel, indicators) = Start(members: 2);
        Through(evaluation, panel, EvaluationStep.SiteInspected);
        evaluation.ScoreIndicators(panel.Members[0], [(indicators[0], 50m), (indicators[1], 35m)]);
        evaluation.ScoreIndicators(panel.Members[1], [(indicators[0], 55m)]);
        Assert.Equal(DomainErrorCodes.WrongState, evaluation.RecordNextStep(EvaluationStep.ScoresGiven, null, null, panel, _scheme, During).Error?.Code);
        evaluation.ScoreIndicators(panel.Members[1], [(indicators[1], 36m)]);
        Assert.True(evaluation.RecordNextStep(EvaluationStep.ScoresGiven, null, null, panel, _scheme, During).Succeeded);
        Assert.Equal(DomainErrorCodes.WrongState, evaluation.ScoreIndicators(panel.Members[1], [(indicators[1], 40m)]).Error?.Code);
    }

    [Fact]
    public void TheConcludedPanelScoreIsTheRoundedMeanOfTheEvaluatorsTotals()
    {
        var (evaluation, panel, indicators) = Start(members: 2);
        Through(evaluation, panel, EvaluationStep.SiteInspected);
        evaluation.ScoreIndicators(panel.Members[0], [(indicators[0], 50m), (indicators[1], 35m)]);
        evaluation.ScoreIndicators(panel.Members[1], [(indicators[0], 55.5m), (indicators[1], 36m)]);
        evaluation.RecordNextStep(EvaluationStep.ScoresGiven, null, null, panel, _scheme, During);
        Assert.Equal(DomainErrorCodes.WrongState, evaluation.Conclude(panel, "Good work.", During).Error?.Code);
        evaluation.RecordNextStep(EvaluationStep.FeedbackGiven, "Told the committee.", null, panel, _scheme, During);
        Assert.True(evaluation.Conclude(panel, "Good work.", During).Succeeded);
        Assert.Equal(88.3m, evaluation.PanelScore);
        Assert.Equal(DomainErrorCodes.WrongState, evaluation.Conclude(panel, "Again.", During).Error?.Code);
    }

    [Fact]
    public void RandomScoringKeepsTotalsEqualToTheirPartsAndThePanelScoreInBounds()
    {
        var random = new Random(7);
        for (var run = 0; run < 200; run++)
        {
            var (evaluation, panel, indicators) = Start(members: random.Next(1, 6));
            Through(evaluation, panel, EvaluationStep.SiteInspected);
            foreach (var member in panel.Members)
            {
                var points = indicators.Select(i => (i, Math.Round((decimal)random.NextDouble() * (i.MaximumPoints + 10) - 5, 1))).ToList();
                var outcome = evaluation.ScoreIndicators(member, points);
                var allValid = points.All(p => p.i.Accepts(p.Item2));
                Assert.Equal(allValid, outcome.Succeeded);
                if (!allValid)
                {
                    evaluation.ScoreIndicators(member, [.. points.Select(p => (p.i, Math.Clamp(p.Item2, 0, p.i.MaximumPoints)))]);
                }
            }

            Assert.All(evaluation.Scores, s => Assert.InRange(s.Points, 0, 60));
            var totals = evaluation.EvaluatorTotals(panel);
            foreach (var member in panel.Members)
            {
                Assert.Equal(evaluation.Scores.Where(s => s.PanelMemberId == member.Id).Sum(s => s.Points), totals[member.Id]);
            }

            Assert.InRange(PanelScoring.PanelScore([.. totals.Values]), 0, _scheme.MaximumScore);
        }
    }

    private void Through2(Evaluation evaluation, Panel panel) =>
        Assert.True(evaluation.RecordNextStep(EvaluationStep.SiteInspected, "Walked the estate.", null, panel, _scheme, During).Succeeded);
}
