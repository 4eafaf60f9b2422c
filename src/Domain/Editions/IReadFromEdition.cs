namespace GreenCommunity.Domain.Editions;

/// <summary>
/// A published object that can be read as an edition of the published data showed it. A copy read for an edition
/// carries the edition's number, so what hangs under it (a community's awards and values, a campaign's results) is
/// read from the same edition, and its ID tells a client cache it is not the current object (ADR-025, ADR-028).
/// </summary>
public interface IReadFromEdition
{
    /// <summary>The edition a reader named when this copy was read, or null for the record itself.</summary>
    int? ReadFromEdition { get; }
}
