using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Campaigns;

namespace GreenCommunity.Api.Features.Campaigns;

/// <summary>GraphQL <c>CreateCampaignError</c>.</summary>
public sealed class CreateCampaignErrorType() : ErrorUnionType("CreateCampaignError", typeof(DuplicateErrorType));

/// <summary>GraphQL <c>CreateCampaignPayload</c>.</summary>
public sealed class CreateCampaignPayloadType() : PayloadType<CampaignType, CreateCampaignErrorType, Campaign>("CreateCampaignPayload", "campaign", "The new campaign, announced.");

/// <summary>GraphQL <c>PublishResultsError</c>.</summary>
public sealed class PublishResultsErrorType() : ErrorUnionType("PublishResultsError", typeof(PublicityNotFinishedErrorType));

/// <summary>GraphQL <c>PublishResultsPayload</c>.</summary>
public sealed class PublishResultsPayloadType() : PayloadType<CampaignType, PublishResultsErrorType, Campaign>("PublishResultsPayload", "campaign", "The campaign with its published results.");

/// <summary>GraphQL <c>RevokeAwardError</c>.</summary>
public sealed class RevokeAwardErrorType() : ErrorUnionType("RevokeAwardError");

/// <summary>GraphQL <c>RevokeAwardPayload</c>.</summary>
public sealed class RevokeAwardPayloadType() : PayloadType<AwardType, RevokeAwardErrorType, Award>("RevokeAwardPayload", "award", "The award with its revocation.");
