using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Programme;

namespace GreenCommunity.Api.Features.Organisations;

public sealed class CreateOrganisationErrorType() : ErrorUnionType("CreateOrganisationError", typeof(DuplicateErrorType));

public sealed class CreateOrganisationPayloadType() : PayloadType<OrganisationType, CreateOrganisationErrorType, Organisation>("CreateOrganisationPayload", "organisation", "The new organisation, a draft until published.");
