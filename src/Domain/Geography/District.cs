using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Geography;

/// <summary>
/// A district (区) of the city, valid over a period. Districts merge: Dongshan merged into Yuexiu and
/// Fangcun into Liwan in 2005. An award keeps the district it was made in; a community's current
/// district is the one its street belongs to now.
/// </summary>
public sealed class District : Entity
{
    private District()
    {
        Code = string.Empty;
        Name = null!;
    }

    /// <summary>Creates a district effective from <paramref name="effectiveFrom"/>.</summary>
    public District(string code, LocalizedText name, DateOnly effectiveFrom)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Name = name;
        EffectiveFrom = effectiveFrom;
    }

    /// <summary>The administrative division code (GB/T 2260), stable across renames.</summary>
    public string Code { get; private set; }

    /// <summary>The district's name.</summary>
    public LocalizedText Name { get; private set; }

    /// <summary>First day the district existed in this form.</summary>
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Last day the district existed, when it was merged away or abolished.</summary>
    public DateOnly? EffectiveTo { get; private set; }

    /// <summary>The district it merged into, when it merged away.</summary>
    public int? SucceededById { get; private set; }

    /// <summary>The district it merged into.</summary>
    public District? SucceededBy { get; private set; }

    /// <summary>True when the district exists on <paramref name="day"/>.</summary>
    public bool IsEffectiveOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);

    /// <summary>Records that this district merged into <paramref name="successor"/>; its last day is the day before <paramref name="mergedOn"/>.</summary>
    public void MergeInto(District successor, DateOnly mergedOn)
    {
        ArgumentNullException.ThrowIfNull(successor);
        if (ReferenceEquals(successor, this))
        {
            throw new InvalidOperationException("A district cannot merge into itself.");
        }

        if (mergedOn <= EffectiveFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(mergedOn), mergedOn, "A merger must come after the district's first day.");
        }

        EffectiveTo = mergedOn.AddDays(-1);
        SucceededBy = successor;
        SucceededById = successor.Id == 0 ? null : successor.Id;
    }
}
