using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Programme;

namespace GreenCommunity.Api.Features.Funding;

/// <summary><c>FUNDING_RULE_BROKEN</c>.</summary>
public sealed class FundingRuleBrokenErrorType() : ErrorType("FundingRuleBrokenError", FundingErrorCodes.FundingRuleBroken, "The allocation breaks the funding-by-category rule (see fundingRules): a purpose the recipient community's category may not be funded for, money beyond its yearly cap, or a community without a category. Nothing was kept.");

public sealed class RecordFundingAllocationErrorType() : ErrorUnionType("RecordFundingAllocationError", typeof(FundingRuleBrokenErrorType));

public sealed class RecordFundingAllocationPayloadType() : PayloadType<FundingAllocationType, RecordFundingAllocationErrorType, FundingAllocation>("RecordFundingAllocationPayload", "allocation", "The new allocation, a draft until published.");

public sealed class UpdateFundingAllocationErrorType() : ErrorUnionType("UpdateFundingAllocationError", typeof(FundingRuleBrokenErrorType));

public sealed class UpdateFundingAllocationPayloadType() : PayloadType<FundingAllocationType, UpdateFundingAllocationErrorType, FundingAllocation>("UpdateFundingAllocationPayload", "allocation", "The allocation as changed.");
