using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Awards;
using GreenCommunity.Domain.Campaigns;

namespace GreenCommunity.Api.Features.Campaigns;

public sealed class CreateCampaignErrorType() : ErrorUnionType("CreateCampaignError", typeof(DuplicateErrorType));

public sealed class CreateCampaignPayloadType() : PayloadType<CampaignType, CreateCampaignErrorType, Campaign>("CreateCampaignPayload", "campaign", "The new campaign, announced.");

public sealed class PublishResultsErrorType() : ErrorUnionType("PublishResultsError", typeof(PublicityNotFinishedErrorType));

public sealed class PublishResultsPayloadType() : PayloadType<CampaignType, PublishResultsErrorType, Campaign>("PublishResultsPayload", "campaign", "The campaign with its published results.");

public sealed class RevokeAwardErrorType() : ErrorUnionType("RevokeAwardError");

public sealed class RevokeAwardPayloadType() : PayloadType<AwardType, RevokeAwardErrorType, Award>("RevokeAwardPayload", "award", "The award with its revocation.");
