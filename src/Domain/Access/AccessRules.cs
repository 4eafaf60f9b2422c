using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Evaluations;

namespace GreenCommunity.Domain.Access;

/// <summary>Scope rules: which records an actor may see and act on. Roles are checked before execution; scope here.</summary>
public static class AccessRules
{
    /// <summary>The applicant must apply for this community.</summary>
    public static DomainError? AsApplicant(Actor actor, string communityCode)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.AppliesFor(communityCode) ? null : OutOfScope($"You apply for {Describe(actor.Communities)}, not for {communityCode}.");
    }

    /// <summary>The reviewer must review for this district.</summary>
    public static DomainError? AsReviewer(Actor actor, string districtCode)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.ReviewsFor(districtCode) ? null : OutOfScope($"You review for district(s) {Describe(actor.Districts)}, not for {districtCode}.");
    }

    /// <summary>The evaluator must sit on this panel.</summary>
    public static DomainError? AsEvaluator(Actor actor, Panel panel)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(panel);
        return actor.Is(Role.Evaluator) && panel.Members.Any(m => m.Subject == actor.Subject)
            ? null
            : OutOfScope($"You do not sit on {panel.Name}, the panel assigned to this application.");
    }

    /// <summary>
    /// True when the actor may read an application: the city; the district's reviewers; the applicant of the
    /// community; the evaluators on its panel.
    /// </summary>
    public static bool CanRead(Actor actor, string communityCode, string districtCode, IEnumerable<string> panelMemberSubjects)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(panelMemberSubjects);
        return actor.Is(Role.CityAdmin)
            || actor.ReviewsFor(districtCode)
            || actor.AppliesFor(communityCode)
            || (actor.Is(Role.Evaluator) && panelMemberSubjects.Contains(actor.Subject));
    }

    private static DomainError OutOfScope(string message) => new(DomainErrorCodes.OutOfScope, message);

    private static string Describe(IReadOnlySet<string> codes) => codes.Count == 0 ? "none" : string.Join(", ", codes.Order(StringComparer.Ordinal));
}
