using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Publicity;

namespace GreenCommunity.Api.Features.Publicity;

public sealed class OpenPublicityErrorType() : ErrorUnionType("OpenPublicityError", typeof(DuplicateErrorType));

public sealed class OpenPublicityPayloadType() : PayloadType<PublicityNoticeType, OpenPublicityErrorType, PublicityNotice>("OpenPublicityPayload", "publicityNotice", "The notice, public from now on.");

public sealed class FileObjectionErrorType() : ErrorUnionType("FileObjectionError", typeof(DeadlinePassedErrorType), typeof(RateLimitedErrorType));

public sealed class FileObjectionPayloadType() : PayloadType<ObjectionReceiptType, FileObjectionErrorType, ObjectionReceipt>("FileObjectionPayload", "receipt", "The objection's reference.");

public sealed class ResolveObjectionErrorType() : ErrorUnionType("ResolveObjectionError");

public sealed class ResolveObjectionPayloadType() : PayloadType<ObjectionType, ResolveObjectionErrorType, Objection>("ResolveObjectionPayload", "objection", "The objection with its resolution.");
