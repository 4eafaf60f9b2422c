namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>
/// A tiny deterministic generator (a 64-bit linear congruential generator with Knuth's MMIX constants), so the
/// sample data comes out the same on every run, runtime and platform. Not for anything but sample data.
/// </summary>
internal sealed class SampleRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A number within [0, 1).</summary>
    public double NextDouble()
    {
        _state = unchecked((_state * 6364136223846793005UL) + 1442695040888963407UL);
        return (_state >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>An integer within [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int minInclusive, int maxExclusive) =>
        minInclusive + (int)(NextDouble() * (maxExclusive - minInclusive));

    /// <summary>A decimal within [<paramref name="min"/>, <paramref name="max"/>] rounded to <paramref name="decimals"/> places.</summary>
    public decimal NextDecimal(decimal min, decimal max, int decimals) =>
        Math.Round(min + ((max - min) * (decimal)NextDouble()), decimals, MidpointRounding.AwayFromZero);
}
