using GraphQL;
using GraphQL.Types;
using GreenCommunity.Domain.Common;

namespace GreenCommunity.Api.GraphQL.Mutations;

/// <summary>The <c>Error</c> interface every business-rule error implements.</summary>
public sealed class ErrorInterfaceType : InterfaceGraphType<DomainError>
{
    public ErrorInterfaceType()
    {
        Name = "Error";
        Description = "A business-rule failure returned in a mutation payload; nothing was changed unless the error says so.";
        Field(e => e.Message);
        Field(e => e.Code).Description("A stable, machine-readable code.");
        Field(e => e.Field, nullable: true).Description("The input field at fault, when there is one.");
    }
}

/// <summary>An error type for one code, e.g. <c>WrongStateError</c> for <c>WRONG_STATE</c>.</summary>
public abstract class ErrorType : ObjectGraphType<DomainError>
{
    /// <summary>Defines the type for <paramref name="code"/>.</summary>
    protected ErrorType(string name, string code, string description)
    {
        Code = code;
        Name = name;
        Description = description;
        Interface<ErrorInterfaceType>();
        IsTypeOf = o => o is DomainError e && e.Code == code;
        Field(e => e.Message);
        Field(e => e.Code).Description($"Always {code}.");
        Field(e => e.Field, nullable: true).Description("The input field at fault, when there is one.");
    }

    /// <summary>The code this type stands for.</summary>
    public string Code { get; }
}

/// <summary><c>WRONG_STATE</c>.</summary>
public sealed class WrongStateErrorType() : ErrorType("WrongStateError", DomainErrorCodes.WrongState, "The action is not allowed in the record's current state.");

/// <summary><c>OUT_OF_SCOPE</c>.</summary>
public sealed class OutOfScopeErrorType() : ErrorType("OutOfScopeError", DomainErrorCodes.OutOfScope, "Your role allows the action, but not on this record: another community, district or panel.");

/// <summary><c>SCORE_OUT_OF_RANGE</c>.</summary>
public sealed class ScoreOutOfRangeErrorType() : ErrorType("ScoreOutOfRangeError", DomainErrorCodes.ScoreOutOfRange, "A score outside 0..the indicator's (or scheme's) maximum. Nothing was kept.");

/// <summary><c>GATE_FAILED</c>.</summary>
public sealed class GateFailedErrorType() : ErrorType("GateFailedError", DomainErrorCodes.GateFailed, "A hard eligibility gate failed, which vetoes the application whatever its score. The veto and the verdicts with their evidence ARE recorded.");

/// <summary><c>DEADLINE_PASSED</c>.</summary>
public sealed class DeadlinePassedErrorType() : ErrorType("DeadlinePassedError", DomainErrorCodes.DeadlinePassed, "The period for the action is over, or has not begun.");

/// <summary><c>CONFLICT</c>.</summary>
public sealed class ConflictErrorType() : ErrorType("ConflictError", DomainErrorCodes.Conflict, "The record changed since you read it (its version moved on). Read it again and retry. Nothing was changed.");

/// <summary><c>NOT_FOUND</c>.</summary>
public sealed class NotFoundErrorType() : ErrorType("NotFoundError", DomainErrorCodes.NotFound, "The record does not exist, or you may not see it.");

/// <summary><c>NOT_ELIGIBLE</c>.</summary>
public sealed class NotEligibleErrorType() : ErrorType("NotEligibleError", DomainErrorCodes.NotEligible, "The community may not apply, e.g. for the city-level title without a valid district-level title.");

/// <summary><c>INVALID_INPUT</c>.</summary>
public sealed class InvalidInputErrorType() : ErrorType("InvalidInputError", DomainErrorCodes.InvalidInput, "An input value breaks a rule: missing reasons, a date in the past, an impossible count.");

/// <summary><c>STEP_OUT_OF_ORDER</c>.</summary>
public sealed class StepOutOfOrderErrorType() : ErrorType("StepOutOfOrderError", DomainErrorCodes.StepOutOfOrder, "An on-site step recorded out of the procedure's order.");

/// <summary><c>BELOW_PASS_MARK</c>.</summary>
public sealed class BelowPassMarkErrorType() : ErrorType("BelowPassMarkError", DomainErrorCodes.BelowPassMark, "The score is below the level's pass mark.");

/// <summary><c>PUBLICITY_NOT_FINISHED</c>.</summary>
public sealed class PublicityNotFinishedErrorType() : ErrorType("PublicityNotFinishedError", DomainErrorCodes.PublicityNotFinished, "Results cannot be published yet: the publicity period runs or objections are unresolved.");

/// <summary><c>DUPLICATE</c>.</summary>
public sealed class DuplicateErrorType() : ErrorType("DuplicateError", DomainErrorCodes.Duplicate, "The record already exists.");

/// <summary><c>RATE_LIMITED</c>.</summary>
public sealed class RateLimitedErrorType() : ErrorType("RateLimitedError", MutationErrors.RateLimited, "Too many of these from you; wait and try again.");

/// <summary>
/// A union of the errors one mutation can return, named <c>XyzError</c>: the common errors (<c>NOT_FOUND</c>,
/// <c>OUT_OF_SCOPE</c>, <c>CONFLICT</c>, <c>INVALID_INPUT</c>, <c>WRONG_STATE</c>) and the mutation's own. A payload
/// never carries a code its union cannot represent (GraphQL could not resolve the member and would answer an internal
/// error instead): <see cref="Represent(DomainError)"/> turns such an error into a common one.
/// </summary>
public abstract class ErrorUnionType : UnionGraphType
{
    /// <summary>Errors every mutation can return.</summary>
    private static readonly Type[] Common = [typeof(NotFoundErrorType), typeof(OutOfScopeErrorType), typeof(ConflictErrorType), typeof(InvalidInputErrorType), typeof(WrongStateErrorType)];

    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

    /// <summary>Defines the union: the common errors plus <paramref name="specific"/>.</summary>
    protected ErrorUnionType(string name, params Type[] specific)
    {
        Name = name;
        Description = $"The business-rule errors {name[..^5]} can return.";
        foreach (var type in Common.Concat(specific ?? []).Distinct())
        {
            Type(type);
            _codes.Add(((ErrorType)Activator.CreateInstance(type)!).Code);
        }
    }

    /// <summary>The codes of the union's members.</summary>
    public IReadOnlySet<string> Codes => _codes;

    /// <summary>
    /// The common code that stands for <paramref name="code"/> in a union without it: <c>DUPLICATE</c> is a
    /// <c>CONFLICT</c> (the record the change collides with exists: read again), <c>SCORE_OUT_OF_RANGE</c> an
    /// <c>INVALID_INPUT</c>, any other a <c>WRONG_STATE</c> (the action is not allowed as things stand).
    /// </summary>
    public static string CommonCodeFor(string code) => code switch
    {
        DomainErrorCodes.Duplicate => DomainErrorCodes.Conflict,
        DomainErrorCodes.ScoreOutOfRange => DomainErrorCodes.InvalidInput,
        _ => DomainErrorCodes.WrongState,
    };

    /// <summary>
    /// <paramref name="error"/> as this union can carry it: unchanged when a member stands for its code, otherwise
    /// with the common code of <see cref="CommonCodeFor"/> (message and field kept).
    /// </summary>
    public DomainError Represent(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return _codes.Contains(error.Code) ? error : error with { Code = CommonCodeFor(error.Code) };
    }

    /// <summary>
    /// Resolves a payload's <c>errors</c> field: each error as the field's union can carry it. An error that had to be
    /// changed is logged as a warning: the mutation returned a code it does not declare, which is a bug to fix.
    /// </summary>
    public static IReadOnlyList<DomainError> Resolve(IResolveFieldContext context, IReadOnlyList<DomainError> errors)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            return errors;
        }

        var union = context.FieldDefinition.ResolvedType?.GetNamedType() as ErrorUnionType
            ?? throw new InvalidOperationException($"{context.ParentType.Name}.{context.FieldDefinition.Name} is not a list of an error union.");
        var represented = new List<DomainError>(errors.Count);
        foreach (var error in errors)
        {
            var carried = union.Represent(error);
            if (!ReferenceEquals(carried, error) && context.RequestServices?.GetService(typeof(ILoggerFactory)) is ILoggerFactory loggers)
            {
                ErrorUnionLog.NotInUnion(loggers.CreateLogger<ErrorUnionType>(), context.ParentType.Name, error.Code, union.Name, carried.Code);
            }

            represented.Add(carried);
        }

        return represented;
    }
}

/// <summary>Log messages of error unions.</summary>
internal static partial class ErrorUnionLog
{
    [LoggerMessage(EventId = 5040, Level = LogLevel.Warning, Message = "A {Payload} carried {Code}, which its union {Union} cannot represent; answered {Answered}. The mutation should not return that code, or its union should include it.")]
    public static partial void NotInUnion(ILogger logger, string payload, string code, string union, string answered);
}

/// <summary>Codes of payload errors that the API, not the domain, raises.</summary>
public static class MutationErrors
{
    /// <summary>Too many attempts from one caller.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>A <c>NOT_FOUND</c> error for a record of <paramref name="what"/>.</summary>
    public static DomainError NotFound(string what, string field) => new(DomainErrorCodes.NotFound, $"No {what} with that ID, or you may not see it.", field);
}
