namespace GreenCommunity.Domain.Common;

/// <summary>Base of every record with an identity of its own.</summary>
public abstract class Entity
{
    /// <summary>The database identity; 0 until the record is stored.</summary>
    public int Id { get; protected set; }

    /// <summary>True for records invented for the sample dataset rather than taken from the programme's report.</summary>
    public bool IsSample { get; init; }
}
