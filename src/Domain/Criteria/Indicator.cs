using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Criteria;

/// <summary>One scored item of a criteria scheme, with its maximum points and the guidance evaluators follow.</summary>
public sealed class Indicator : Entity
{
    private Indicator()
    {
        Code = string.Empty;
        Title = null!;
        Guidance = string.Empty;
        EvidenceExpected = string.Empty;
    }

    internal Indicator(string code, int position, LocalizedText title, decimal maximumPoints, string guidance, string evidenceExpected)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (maximumPoints <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumPoints), maximumPoints, "An indicator's maximum must be positive.");
        }

        Code = code;
        Position = position;
        Title = title;
        MaximumPoints = maximumPoints;
        Guidance = guidance;
        EvidenceExpected = evidenceExpected;
    }

    /// <summary>The section the indicator belongs to.</summary>
    public int SectionId { get; private set; }

    /// <summary>A code unique within the scheme, e.g. <c>S1.2</c>.</summary>
    public string Code { get; private set; }

    /// <summary>The 1-based position within the section.</summary>
    public int Position { get; private set; }

    /// <summary>What is scored.</summary>
    public LocalizedText Title { get; private set; }

    /// <summary>The most points an evaluator may give.</summary>
    public decimal MaximumPoints { get; private set; }

    /// <summary>How evaluators should score it.</summary>
    public string Guidance { get; private set; }

    /// <summary>The evidence an applicant is expected to provide.</summary>
    public string EvidenceExpected { get; private set; }

    /// <summary>True when <paramref name="points"/> lies within 0..maximum.</summary>
    public bool Accepts(decimal points) => points >= 0 && points <= MaximumPoints;

    /// <summary>Re-weights the indicator (drafts only: the scheme checks).</summary>
    internal void SetMaximumPoints(decimal maximumPoints) => MaximumPoints = maximumPoints;

    /// <summary>Moves the indicator to <paramref name="position"/>.</summary>
    internal void MoveTo(int position) => Position = position;
}
