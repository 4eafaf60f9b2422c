using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Criteria;

namespace GreenCommunity.Api.Features.Criteria;

public sealed class DraftCriteriaSchemeErrorType() : ErrorUnionType("DraftCriteriaSchemeError", typeof(DuplicateErrorType));

public sealed class DraftCriteriaSchemePayloadType() : PayloadType<CriteriaSchemeType, DraftCriteriaSchemeErrorType, CriteriaScheme>("DraftCriteriaSchemePayload", "scheme", "The new draft version.");

public sealed class EditCriteriaDraftErrorType() : ErrorUnionType("EditCriteriaDraftError");

public sealed class EditCriteriaDraftPayloadType() : PayloadType<CriteriaSchemeType, EditCriteriaDraftErrorType, CriteriaScheme>("EditCriteriaDraftPayload", "scheme", "The draft as it now stands.");

public sealed class PublishCriteriaSchemeErrorType() : ErrorUnionType("PublishCriteriaSchemeError");

public sealed class PublishCriteriaSchemePayloadType() : PayloadType<CriteriaSchemeType, PublishCriteriaSchemeErrorType, CriteriaScheme>("PublishCriteriaSchemePayload", "scheme", "The published version.");

public sealed class DiscardCriteriaDraftErrorType() : ErrorUnionType("DiscardCriteriaDraftError");

public sealed class DiscardCriteriaDraftPayloadType() : PayloadType<CriteriaSchemeType, DiscardCriteriaDraftErrorType, CriteriaScheme>("DiscardCriteriaDraftPayload", "scheme", "The published version the discarded draft was based on, still the latest; on an error, the draft as it stands.");
