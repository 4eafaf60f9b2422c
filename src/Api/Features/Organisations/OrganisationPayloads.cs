using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Programme;

namespace GreenCommunity.Api.Features.Organisations;

/// <summary>GraphQL <c>CreateOrganisationError</c>.</summary>
public sealed class CreateOrganisationErrorType() : ErrorUnionType("CreateOrganisationError", typeof(DuplicateErrorType));

/// <summary>GraphQL <c>CreateOrganisationPayload</c>.</summary>
public sealed class CreateOrganisationPayloadType() : PayloadType<OrganisationType, CreateOrganisationErrorType, Organisation>("CreateOrganisationPayload", "organisation", "The new organisation, a draft until published.");
