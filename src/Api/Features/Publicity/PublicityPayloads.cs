using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Publicity;

namespace GreenCommunity.Api.Features.Publicity;

/// <summary>GraphQL <c>OpenPublicityError</c>.</summary>
public sealed class OpenPublicityErrorType() : ErrorUnionType("OpenPublicityError", typeof(DuplicateErrorType));

/// <summary>GraphQL <c>OpenPublicityPayload</c>.</summary>
public sealed class OpenPublicityPayloadType() : PayloadType<PublicityNoticeType, OpenPublicityErrorType, PublicityNotice>("OpenPublicityPayload", "publicityNotice", "The notice, public from now on.");

/// <summary>GraphQL <c>FileObjectionError</c>.</summary>
public sealed class FileObjectionErrorType() : ErrorUnionType("FileObjectionError", typeof(DeadlinePassedErrorType), typeof(RateLimitedErrorType));

/// <summary>GraphQL <c>FileObjectionPayload</c>.</summary>
public sealed class FileObjectionPayloadType() : PayloadType<ObjectionReceiptType, FileObjectionErrorType, ObjectionReceipt>("FileObjectionPayload", "receipt", "The objection's reference.");

/// <summary>GraphQL <c>ResolveObjectionError</c>.</summary>
public sealed class ResolveObjectionErrorType() : ErrorUnionType("ResolveObjectionError");

/// <summary>GraphQL <c>ResolveObjectionPayload</c>.</summary>
public sealed class ResolveObjectionPayloadType() : PayloadType<ObjectionType, ResolveObjectionErrorType, Objection>("ResolveObjectionPayload", "objection", "The objection with its resolution.");
