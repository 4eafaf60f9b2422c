using GraphQL.Types;
using GreenCommunity.Api.Features.Applications;
using GreenCommunity.Api.GraphQL.Schema;

namespace GreenCommunity.Api.Features.Live;

public sealed class ApplicationStatusChangeType : ObjectGraphType<ApplicationStatusChange>
{
    public ApplicationStatusChangeType()
    {
        Name = "ApplicationStatusChange";
        Description = "An application moved from one state to another.";
        Field<NonNullGraphType<ApplicationType>>("application").Description("The application, as it stands now.").Resolve(ctx => ctx.Service<ApplicationByIdDataLoader>().Load(ctx.Source.ApplicationId));
        Field<ApplicationStatusType>("from").Description("The state before; null for a new application.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<ApplicationStatusType>>("to").Description("The state after.").Resolve(ctx => ctx.Source.To);
        Field<NonNullGraphType<StringGraphType>>("eventId").Description("This event's ID (also in the `next` message's `extensions.eventId`): pass it as `after` to resume after it.").Resolve(ctx => EventReplay.FormatId(ctx.Source.EventId));
        Field(e => e.By).Description("Who moved it (their sign-in subject).");
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When (UTC).").Resolve(ctx => ctx.Source.At);
    }
}

public sealed class EvaluationProgressType : ObjectGraphType<EvaluationProgress>
{
    public EvaluationProgressType()
    {
        Name = "EvaluationProgress";
        Description = "A panel's progress on an application's on-site evaluation.";
        Field<NonNullGraphType<ApplicationType>>("application").Description("The application evaluated.").Resolve(ctx => ctx.Service<ApplicationByIdDataLoader>().Load(ctx.Source.ApplicationId));
        Field<NonNullGraphType<StringGraphType>>("eventId").Description("This event's ID (also in the `next` message's `extensions.eventId`): pass it as `after` to resume after it.").Resolve(ctx => EventReplay.FormatId(ctx.Source.EventId));
        Field<EvaluationStepType>("step").Description("The last step recorded.").Resolve(ctx => ctx.Source.Step);
        Field<FloatGraphType>("panelScore").Description("The panel score, once the evaluation is complete.").Resolve(ctx => ctx.Source.PanelScore is { } s ? (double)s : null);
        Field<NonNullGraphType<BooleanGraphType>>("completed").Description("True once the evaluation is complete.").Resolve(ctx => ctx.Source.PanelScore is not null);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When (UTC).").Resolve(ctx => ctx.Source.At);
    }
}
