using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Criteria;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Domain.Access;
using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Evaluations;

/// <summary>Mutations of the on-site evaluation: panels, assignment, steps, scores, completion.</summary>
public static class EvaluationMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.AddMutation<FormPanelPayloadType, FormPanelInputType, FormPanelInput>("formPanel", Role.CityAdmin, "Forms an evaluation panel for a city-level campaign, with its evaluators (their sign-in subjects).", "The campaign, the panel's name and its members.", FormPanelAsync);
        mutation.AddMutation<AssignPanelPayloadType, AssignPanelInputType, AssignPanelInput>("assignPanel", Role.CityAdmin, "Assigns an evaluation panel of the same campaign to an application the district recommended.", "The application, its version and the panel.", AssignPanelAsync);
        mutation.AddMutation<RecordEvaluationStepPayloadType, RecordEvaluationStepInputType, RecordEvaluationStepInput>("recordEvaluationStep", Role.Evaluator, "Records the next step of the on-site procedure, in order: report heard, documents reviewed, forum and questionnaire held (with results), site inspected, scores given, feedback given.", "The application, the evaluation's version and the step.", RecordStepAsync);
        mutation.AddMutation<ScoreIndicatorsPayloadType, ScoreIndicatorsInputType, ScoreIndicatorsInput>("scoreIndicators", Role.Evaluator, "Gives your points for indicators, after the site inspection and before the scores are closed; each within 0..the indicator's maximum.", "The application, the evaluation's version and your points.", ScoreAsync);
        mutation.AddMutation<CompleteEvaluationPayloadType, CompleteEvaluationInputType, CompleteEvaluationInput>("completeEvaluation", Role.Evaluator, "Completes the evaluation after feedback was given: the panel score is computed by the scheme's rule.", "The application, the evaluation's version and the feedback.", CompleteAsync);
    }

    private static async Task<Payload<Panel>> FormPanelAsync(MutationContext m, FormPanelInput input, CancellationToken ct)
    {
        var campaignId = GlobalId.DecodeOf(CampaignType.TypeName, input.Campaign);
        var campaign = await m.Db.Campaigns.FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return Payload.Failed<Panel>(MutationErrors.NotFound("campaign", "campaign"));
        }

        if (campaign.Level != TitleLevel.City || string.IsNullOrWhiteSpace(input.Name) || input.Members.Count == 0
            || input.Members.Any(p => string.IsNullOrWhiteSpace(p.Subject) || string.IsNullOrWhiteSpace(p.DisplayName))
            || input.Members.Select(p => p.Subject).Distinct(StringComparer.Ordinal).Count() != input.Members.Count)
        {
            return Payload.Failed<Panel>(new DomainError(DomainErrorCodes.InvalidInput, "A panel belongs to a city-level campaign and needs a name and at least one member, each with a distinct subject and a name.", "members"));
        }

        var panel = new Panel(campaign.Id, input.Name.Trim());
        foreach (var member in input.Members)
        {
            panel.AddMember(member.Subject.Trim(), member.DisplayName.Trim(), member.Contact);
        }

        m.Db.Panels.Add(panel);
        return await m.SaveAsync(ct) is { } error ? Payload.Failed<Panel>(error) : Payload.Ok(panel);
    }

    private static async Task<Payload<Application>> AssignPanelAsync(MutationContext m, AssignPanelInput input, CancellationToken ct)
    {
        var (application, error) = await ApplicationChanges.LoadAsync(m, input.Application, input.Version, ct);
        if (application is null || error is not null)
        {
            return Payload.Failed<Application>(error!, application);
        }

        var panelId = GlobalId.DecodeOf(PanelType.TypeName, input.Panel);
        var panel = await m.Db.Panels.FirstOrDefaultAsync(p => p.Id == panelId, ct);
        if (panel is null)
        {
            return Payload.Failed<Application>(MutationErrors.NotFound("panel", "panel"), application);
        }

        var outcome = application.AssignPanel(application.Campaign!, panel.CampaignId, m.Actor.Subject, m.Now);
        if (outcome.Succeeded)
        {
            m.Db.Evaluations.Add(new Evaluation(application.Id, panel.Id));
        }

        return ApplicationMutations.Result(await m.CommitAsync(outcome, ct), application);
    }

    private static async Task<Payload<Application>> RecordStepAsync(MutationContext m, RecordEvaluationStepInput input, CancellationToken ct)
    {
        var (session, error) = await LoadAsync(m, input.Application, input.EvaluationVersion, ct);
        if (session is null)
        {
            return Payload.Failed<Application>(error!);
        }

        if (error is not null)
        {
            return Payload.Failed(error, session.Application);
        }

        var questionnaire = input.Questionnaire is { } q ? new QuestionnaireResult(q.Respondents, q.Satisfied, q.AwareOfProgramme) : null;
        var outcome = session.Evaluation.RecordNextStep(input.Step, input.Notes, questionnaire, session.Panel, session.Scheme, m.Now);
        if (outcome.Succeeded && input.Step == EvaluationStep.ReportHeard)
        {
            outcome = session.Application.BeginEvaluation(session.Application.Campaign!, m.Actor.Subject, m.Now);
        }

        return ApplicationMutations.Result(await m.CommitAsync(outcome, ct), session.Application);
    }

    private static async Task<Payload<Application>> ScoreAsync(MutationContext m, ScoreIndicatorsInput input, CancellationToken ct)
    {
        var (session, error) = await LoadAsync(m, input.Application, input.EvaluationVersion, ct);
        if (session is null)
        {
            return Payload.Failed<Application>(error!);
        }

        if (error is not null)
        {
            return Payload.Failed(error, session.Application);
        }

        var indicators = session.Scheme.Sections.SelectMany(s => s.Indicators).ToDictionary(i => i.Id);
        var points = new List<(Indicator, decimal)>();
        foreach (var score in input.Scores)
        {
            var decoded = GlobalId.TryDecode(score.Indicator);
            if (decoded is not { TypeName: CriteriaIndicatorType.TypeName } || !indicators.TryGetValue(decoded.Value.Id, out var indicator))
            {
                return Payload.Failed(new DomainError(DomainErrorCodes.InvalidInput, $"'{score.Indicator}' is not an indicator of this campaign's scheme.", "scores"), session.Application);
            }

            if (double.IsNaN(score.Points) || double.IsInfinity(score.Points) || Math.Abs(score.Points) > 1_000_000)
            {
                return Payload.Failed(new DomainError(DomainErrorCodes.ScoreOutOfRange, $"{indicator.Code} takes 0..{indicator.MaximumPoints} points.", "scores"), session.Application);
            }

            points.Add((indicator, Math.Round((decimal)score.Points, 2)));
        }

        var member = session.Panel.Members.First(p => p.Subject == m.Actor.Subject);
        var outcome = session.Evaluation.ScoreIndicators(member, points);
        return ApplicationMutations.Result(await m.CommitAsync(outcome, ct), session.Application);
    }

    private static async Task<Payload<Application>> CompleteAsync(MutationContext m, CompleteEvaluationInput input, CancellationToken ct)
    {
        var (session, error) = await LoadAsync(m, input.Application, input.EvaluationVersion, ct);
        if (session is null)
        {
            return Payload.Failed<Application>(error!);
        }

        if (error is not null)
        {
            return Payload.Failed(error, session.Application);
        }

        var outcome = session.Evaluation.Conclude(session.Panel, input.Feedback, m.Now);
        if (outcome.Succeeded)
        {
            outcome = session.Application.CompleteEvaluation(session.Application.Campaign!, session.Evaluation.PanelScore!.Value, m.Actor.Subject, m.Now);
        }

        return ApplicationMutations.Result(await m.CommitAsync(outcome, ct), session.Application);
    }

    private static async Task<(EvaluationSession? Session, DomainError? Error)> LoadAsync(MutationContext m, string applicationId, int evaluationVersion, CancellationToken ct)
    {
        var (application, error) = await ApplicationChanges.LoadAsync(m, applicationId, null, ct);
        if (application is null)
        {
            return (null, error);
        }

        var evaluation = await m.Db.Evaluations.AsTracking().Include(e => e.Steps).Include(e => e.Scores).AsSplitQuery()
            .FirstOrDefaultAsync(e => e.ApplicationId == application.Id, ct);
        if (evaluation is null)
        {
            return (null, new DomainError(DomainErrorCodes.WrongState, "No panel is assigned to this application yet.", "application"));
        }

        var panel = await m.Db.Panels.Include(p => p.Members).FirstAsync(p => p.Id == evaluation.PanelId, ct);
        var scheme = await ApplicationChanges.SchemeAsync(m, application.Campaign!.SchemeId, ct);
        var session = new EvaluationSession(application, evaluation, panel, scheme);
        return (session, AccessRules.AsEvaluator(m.Actor, panel) ?? evaluation.CheckVersion(evaluationVersion));
    }

    private sealed record EvaluationSession(Application Application, Evaluation Evaluation, Panel Panel, CriteriaScheme Scheme);
}
