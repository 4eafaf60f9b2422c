using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Reviews;

namespace GreenCommunity.Api.Features.Reviews;

/// <summary>GraphQL <c>DecideCollectiveReviewError</c>.</summary>
public sealed class DecideCollectiveReviewErrorType() : ErrorUnionType("DecideCollectiveReviewError", typeof(GateFailedErrorType), typeof(BelowPassMarkErrorType));

/// <summary>GraphQL <c>DecideCollectiveReviewPayload</c>.</summary>
public sealed class DecideCollectiveReviewPayloadType() : PayloadType<CollectiveReviewType, DecideCollectiveReviewErrorType, CollectiveReview>("DecideCollectiveReviewPayload", "collectiveReview", "The review with all its decisions so far.");
