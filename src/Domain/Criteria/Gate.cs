using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Criteria;

/// <summary>The hard eligibility rules of the programme.</summary>
public enum GateKind
{
    /// <summary>The community's occupancy rate is at least the threshold (60%).</summary>
    MinimumOccupancy,

    /// <summary>No penalty case against the community for breaking environmental or related law.</summary>
    NoPenaltyCase,

    /// <summary>Residents' pollution complaints were all handled and answered within the deadline.</summary>
    ComplaintsHandled,
}

/// <summary>A hard eligibility rule: failing it vetoes an application whatever its score.</summary>
public sealed class Gate : Entity
{
    private Gate()
    {
        Description = null!;
    }

    internal Gate(GateKind kind, LocalizedText description, decimal? threshold)
    {
        if (kind == GateKind.MinimumOccupancy && threshold is not (> 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The occupancy gate needs a threshold within (0, 1].");
        }

        Kind = kind;
        Description = description;
        Threshold = threshold;
    }

    /// <summary>The scheme the gate belongs to.</summary>
    public int SchemeId { get; private set; }

    /// <summary>Which rule this is.</summary>
    public GateKind Kind { get; private set; }

    /// <summary>The rule in words.</summary>
    public LocalizedText Description { get; private set; }

    /// <summary>The numeric threshold, for gates that have one (occupancy: a fraction, 0.6).</summary>
    public decimal? Threshold { get; private set; }

    /// <summary>Changes the threshold (drafts only: the scheme checks); false when the occupancy gate's would leave (0, 1].</summary>
    internal bool SetThreshold(decimal? threshold)
    {
        if (Kind == GateKind.MinimumOccupancy && threshold is not (> 0 and <= 1))
        {
            return false;
        }

        Threshold = threshold;
        return true;
    }
}
