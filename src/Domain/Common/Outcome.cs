namespace GreenCommunity.Domain.Common;

/// <summary>
/// The result of a business operation: success, a refusal (nothing changed), or a veto (the change is kept,
/// e.g. a failed gate rejects an application and the verdict stays on record, and the caller is told why).
/// </summary>
public sealed record Outcome
{
    private Outcome(DomainError? error, bool changesKept)
    {
        Error = error;
        ChangesKept = changesKept;
    }

    /// <summary>Success.</summary>
    public static Outcome Ok { get; } = new(null, true);

    /// <summary>The error, when the operation did not succeed as asked.</summary>
    public DomainError? Error { get; }

    /// <summary>True when the changes made must be saved (success or veto).</summary>
    public bool ChangesKept { get; }

    /// <summary>True on success.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A refusal: nothing was changed.</summary>
    public static Outcome Refused(DomainError error) => new(error, false);

    /// <summary>A veto: the changes are kept and the caller learns why the operation ended differently.</summary>
    public static Outcome Vetoed(DomainError error) => new(error, true);

    /// <summary>Converts an error into a refusal.</summary>
    public static implicit operator Outcome(DomainError error) => Refused(error);
}

/// <summary>The stable codes of business-rule errors.</summary>
public static class DomainErrorCodes
{
    /// <summary>The action is not allowed in the record's current state.</summary>
    public const string WrongState = "WRONG_STATE";

    /// <summary>The caller's role is right but the record is outside their scope (district, community, panel).</summary>
    public const string OutOfScope = "OUT_OF_SCOPE";

    /// <summary>A score outside 0..maximum.</summary>
    public const string ScoreOutOfRange = "SCORE_OUT_OF_RANGE";

    /// <summary>A hard eligibility gate failed; the verdict is kept.</summary>
    public const string GateFailed = "GATE_FAILED";

    /// <summary>The deadline for the action has passed, or its period has not begun.</summary>
    public const string DeadlinePassed = "DEADLINE_PASSED";

    /// <summary>The record changed since the caller read it.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>The record does not exist or the caller may not see it.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The community may not apply (e.g. no valid district-level title for a city-level campaign).</summary>
    public const string NotEligible = "NOT_ELIGIBLE";

    /// <summary>An input value breaks a rule (missing reasons, bad date...).</summary>
    public const string InvalidInput = "INVALID_INPUT";

    /// <summary>An evaluation step recorded out of the procedure's order.</summary>
    public const string StepOutOfOrder = "STEP_OUT_OF_ORDER";

    /// <summary>A candidate below the level's pass mark.</summary>
    public const string BelowPassMark = "BELOW_PASS_MARK";

    /// <summary>Results cannot be published while objections are unresolved or the publicity period runs.</summary>
    public const string PublicityNotFinished = "PUBLICITY_NOT_FINISHED";

    /// <summary>The record already exists.</summary>
    public const string Duplicate = "DUPLICATE";
}
