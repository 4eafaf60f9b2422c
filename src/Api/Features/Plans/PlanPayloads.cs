using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Programme;

namespace GreenCommunity.Api.Features.Plans;

public sealed class RecordAnnualPlanErrorType() : ErrorUnionType("RecordAnnualPlanError", typeof(DuplicateErrorType));

public sealed class RecordAnnualPlanPayloadType() : PayloadType<AnnualPlanType, RecordAnnualPlanErrorType, AnnualPlan>("RecordAnnualPlanPayload", "plan", "The plan as recorded, a draft until published.");
