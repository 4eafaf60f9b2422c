namespace GreenCommunity.Domain.Common;

/// <summary>A share between 0 and 1 inclusive (0.6 is 60%).</summary>
public readonly record struct Percentage
{
    /// <summary>Creates a percentage from a fraction within 0..1.</summary>
    public Percentage(decimal fraction)
    {
        if (fraction is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A percentage is a fraction within 0..1.");
        }

        Fraction = fraction;
    }

    /// <summary>The share as a fraction within 0..1.</summary>
    public decimal Fraction { get; }

    /// <summary>Creates a percentage from a value within 0..100.</summary>
    public static Percentage FromPercent(decimal percent) => new(percent / 100m);

    /// <inheritdoc />
    public override string ToString() => (Fraction * 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
