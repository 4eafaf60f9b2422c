using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Authorization;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Applications;

public sealed class CreateApplicationErrorType() : ErrorUnionType("CreateApplicationError", typeof(DeadlinePassedErrorType), typeof(NotEligibleErrorType), typeof(DuplicateErrorType));

public sealed class CreateApplicationPayloadType() : ApplicationPayloadType<CreateApplicationErrorType>("CreateApplicationPayload", "The new draft application.");

public sealed class UpdateSelfAssessmentErrorType() : ErrorUnionType("UpdateSelfAssessmentError", typeof(ScoreOutOfRangeErrorType));

public sealed class UpdateSelfAssessmentPayloadType() : ApplicationPayloadType<UpdateSelfAssessmentErrorType>("UpdateSelfAssessmentPayload", "The application as it now stands.");

public sealed class AttachEvidenceErrorType() : ErrorUnionType("AttachEvidenceError");

public sealed class AttachEvidencePayloadType() : ApplicationPayloadType<AttachEvidenceErrorType>("AttachEvidencePayload", "The application as it now stands.");

public sealed class WithdrawEvidenceErrorType() : ErrorUnionType("WithdrawEvidenceError");

public sealed class WithdrawEvidencePayloadType() : ApplicationPayloadType<WithdrawEvidenceErrorType>("WithdrawEvidencePayload", "The application as it now stands; the evidence stays on file, marked withdrawn.");

public sealed class SubmitApplicationErrorType() : ErrorUnionType("SubmitApplicationError", typeof(GateFailedErrorType), typeof(DeadlinePassedErrorType));

public sealed class SubmitApplicationPayloadType() : ApplicationPayloadType<SubmitApplicationErrorType>("SubmitApplicationPayload", "The application as it now stands (Rejected after a gate veto).");

public sealed class ReviewApplicationErrorType() : ErrorUnionType("ReviewApplicationError", typeof(ScoreOutOfRangeErrorType), typeof(BelowPassMarkErrorType), typeof(DuplicateErrorType));

public sealed class ReviewApplicationPayloadType() : ApplicationPayloadType<ReviewApplicationErrorType>("ReviewApplicationPayload", "The application as it now stands.");

public sealed class RecommendApplicationErrorType() : ErrorUnionType("RecommendApplicationError");

public sealed class RecommendApplicationPayloadType() : ApplicationPayloadType<RecommendApplicationErrorType>("RecommendApplicationPayload", "The application as it now stands.");

/// <summary>
/// A payload carrying an application: returned only to a caller who may read it through the query path
/// (<see cref="ApplicationQueries.Visible"/>), so a payload never shows more than <c>application(id:)</c> would.
/// </summary>
/// <typeparam name="TErrorUnion">The mutation's error union.</typeparam>
public abstract class ApplicationPayloadType<TErrorUnion>(string name, string description) : PayloadType<ApplicationType, TErrorUnion, Application>(name, "application", description)
    where TErrorUnion : UnionGraphType
{
    /// <inheritdoc />
    protected override async Task<bool> CanReadAsync(IResolveFieldContext context, Application value)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(value);
        return ActorClaims.From(context.User) is { } actor
            && await ApplicationQueries.Visible(context.Db(), actor).AnyAsync(a => a.Id == value.Id, context.CancellationToken);
    }
}
