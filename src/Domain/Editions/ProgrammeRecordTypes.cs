namespace GreenCommunity.Domain.Editions;

/// <summary>
/// The record types an edition change of kind <see cref="EditionChangeKind.ProgrammeRecordAdded"/> names: one list
/// for every programme record that is published through editions.
/// </summary>
public static class ProgrammeRecordTypes
{
    /// <summary>An organisation that runs part of the programme.</summary>
    public const string Organisation = "organisation";

    /// <summary>A year's plan of the city or a district.</summary>
    public const string Plan = "plan";

    /// <summary>Money a payer allocated.</summary>
    public const string FundingAllocation = "funding allocation";

    /// <summary>A programme event.</summary>
    public const string Event = "event";

    /// <summary>A publicity material, media coverage item or publicity-notice announcement.</summary>
    public const string OutreachItem = "outreach item";

    /// <summary>A community practice.</summary>
    public const string Practice = "practice";
}
