using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;

namespace GreenCommunity.Domain.Applications;

/// <summary>When a gate was judged.</summary>
public enum GateStage
{
    /// <summary>When the application was submitted.</summary>
    Submission,

    /// <summary>At the collective review.</summary>
    CollectiveReview,
}

/// <summary>The outcome of one gate for one application, kept with the evidence it was judged on.</summary>
public sealed class GateVerdict : Entity
{
    private GateVerdict()
    {
        Evidence = string.Empty;
    }

    /// <summary>Records a verdict.</summary>
    public GateVerdict(GateKind gate, GateStage stage, bool passed, string evidence, DateTime evaluatedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(evidence);
        Gate = gate;
        Stage = stage;
        Passed = passed;
        Evidence = evidence;
        EvaluatedAt = evaluatedAt;
    }

    /// <summary>The application judged.</summary>
    public int ApplicationId { get; private set; }

    /// <summary>Which gate.</summary>
    public GateKind Gate { get; private set; }

    /// <summary>When in the workflow.</summary>
    public GateStage Stage { get; private set; }

    /// <summary>True when the gate was met.</summary>
    public bool Passed { get; private set; }

    /// <summary>The facts the verdict rests on, in words.</summary>
    public string Evidence { get; private set; }

    /// <summary>When the verdict was given.</summary>
    public DateTime EvaluatedAt { get; private set; }
}

/// <summary>Judges the gates of a scheme against recorded facts. Pure: the same facts give the same verdicts.</summary>
public static class GateRules
{
    /// <summary>One verdict per gate of <paramref name="scheme"/>.</summary>
    public static IReadOnlyList<GateVerdict> Judge(CriteriaScheme scheme, GateFacts facts, GateStage stage, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(facts);
        return scheme.Gates.Select(gate => Judge(gate, facts, stage, at)).ToList();
    }

    private static GateVerdict Judge(Gate gate, GateFacts facts, GateStage stage, DateTime at) => gate.Kind switch
    {
        GateKind.MinimumOccupancy => new GateVerdict(
            gate.Kind,
            stage,
            facts.OccupancyRate.Fraction >= gate.Threshold!.Value,
            $"Occupancy {facts.OccupancyRate} against a minimum of {new Percentage(gate.Threshold.Value)} ({facts.Source}).",
            at),
        GateKind.NoPenaltyCase => new GateVerdict(
            gate.Kind,
            stage,
            facts.PenaltyCases == 0,
            $"{facts.PenaltyCases} penalty case(s) on record ({facts.Source}).",
            at),
        GateKind.ComplaintsHandled => new GateVerdict(
            gate.Kind,
            stage,
            facts.ComplaintsAnsweredInTime >= facts.ComplaintsReceived,
            $"{facts.ComplaintsAnsweredInTime} of {facts.ComplaintsReceived} complaint(s) answered in time ({facts.Source}).",
            at),
        _ => throw new ArgumentOutOfRangeException(nameof(gate), gate.Kind, "Unknown gate."),
    };
}
