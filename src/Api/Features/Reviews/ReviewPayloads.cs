using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Reviews;

namespace GreenCommunity.Api.Features.Reviews;

public sealed class DecideCollectiveReviewErrorType() : ErrorUnionType("DecideCollectiveReviewError", typeof(GateFailedErrorType), typeof(BelowPassMarkErrorType));

public sealed class DecideCollectiveReviewPayloadType() : PayloadType<CollectiveReviewType, DecideCollectiveReviewErrorType, CollectiveReview>("DecideCollectiveReviewPayload", "collectiveReview", "The review with all its decisions so far.");
