using GraphQL.Types;
using GreenCommunity.Api.Features.Events;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Activities;

namespace GreenCommunity.Api.Features.Outreach;

/// <summary>Conditions on outreach items.</summary>
public sealed class OutreachFilter
{
    public EnumFilter<OutreachKind>? Kind { get; set; }

    public EnumFilter<RecordBasis>? Basis { get; set; }

    public EnumFilter<OutreachChannel>? Channel { get; set; }

    public IntFilter? Year { get; set; }

    public StringFilter? District { get; set; }

    public StringFilter? Community { get; set; }

    public StringFilter? Organiser { get; set; }

    public string? Campaign { get; set; }

    public string? PublicityNotice { get; set; }

    public bool? Published { get; set; }
}

public sealed class OutreachKindFilterType : EnumFilterType<OutreachKindType, OutreachKind>;

public sealed class OutreachChannelFilterType : EnumFilterType<OutreachChannelType, OutreachChannel>;

public sealed class OutreachFilterType : InputObjectGraphType<OutreachFilter>
{
    public OutreachFilterType()
    {
        Name = "OutreachFilter";
        Description = "Conditions on outreach items; every condition given must hold.";
        Field<OutreachKindFilterType>("kind").Description("The kind of outreach.");
        Field<RecordBasisFilterType>("basis").Description("INDIVIDUAL items or REPORTED_TOTAL records.");
        Field<OutreachChannelFilterType>("channel").Description("How it reached people.");
        Field<IntFilterType>("year").Description("The year, e.g. { eq: 2002 }.");
        Field<StringFilterType>("district").Description("The code of the district the item belongs to (city-wide items have none).");
        Field<StringFilterType>("community").Description("The code of the community it concerns.");
        Field<StringFilterType>("organiser").Description("The issuer's code, e.g. { eq: \"CITY-EPB\" }.");
        Field<IdGraphType>("campaign").Description("The global ID of the campaign it served.");
        Field<IdGraphType>("publicityNotice").Description("The global ID of the publicity notice announced: the channels it went out through.");
        Field<BooleanGraphType>("published").Description("Only published records (true) or only drafts (false); drafts are seen only by the city and the district's reviewers.");
    }
}

/// <summary>Input of <c>recordOutreachItem</c>.</summary>
public class RecordOutreachItemInput
{
    public OutreachKind Kind { get; set; }

    public RecordBasis Basis { get; set; }

    public OutreachChannel Channel { get; set; }

    public int Year { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public LocalizedTextInput Title { get; set; } = new();

    public string? Description { get; set; }

    public string? District { get; set; }

    public string? Outlet { get; set; }

    public int? Quantity { get; set; }

    public bool QuantityIsMinimum { get; set; }

    public int? PrintRun { get; set; }

    public string? OrganiserCode { get; set; }

    public string? Campaign { get; set; }

    public string? PublicityNotice { get; set; }

    public string? Community { get; set; }

    public string? SourceDocument { get; set; }
}

/// <summary>Input of <c>updateOutreachItem</c>.</summary>
public sealed class UpdateOutreachItemInput : RecordOutreachItemInput
{
    public string Id { get; set; } = string.Empty;

    public int Version { get; set; }
}

/// <summary>The fields of an outreach item as input, shared by record and update.</summary>
public abstract class OutreachItemInputTypeBase<T> : InputObjectGraphType<T>
    where T : RecordOutreachItemInput
{
    protected OutreachItemInputTypeBase(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<OutreachKindType>>("kind").Description("The kind of outreach.");
        Field<RecordBasisType>("basis").Description("INDIVIDUAL (the default) for one item; REPORTED_TOTAL for a published total of items not known one by one.").DefaultValue(RecordBasis.Individual);
        Field<NonNullGraphType<OutreachChannelType>>("channel").Description("How it reached people: MEDIA for press, TV and radio; MEDIA, STREET or COMMUNITY for a notice announcement.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year.");
        Field<CalendarDateGraphType>("issuedOn").Description("The day, in the year, when known; none for a reported total.");
        Field<NonNullGraphType<LocalizedTextInputType>>("title").Description("A title in Chinese and English (at most 200 characters each).");
        Field<StringGraphType>("description").Description("What was done (at most 2,000 characters).");
        Field<StringGraphType>("district").Description("The code of the district the item belongs to; omit for a city-wide item (city administrators only). District reviewers record for their districts.");
        Field<StringGraphType>("outlet").Description("The newspaper, station or printer (at most 200 characters).");
        Field<IntGraphType>("quantity").Description("Copies, boards or reports; omit when not reported.");
        Field<BooleanGraphType>("quantityIsMinimum").Description("True when the quantity is given as \"more than\".").DefaultValue(false);
        Field<IntGraphType>("printRun").Description("The print run's number (1, 2...), for posters, booklets and letters.");
        Field<StringGraphType>("organiserCode").Description("Who issued it, e.g. CITY-EPB (at most 64 characters).");
        Field<IdGraphType>("campaign").Description("The global ID of the campaign it served.");
        Field<IdGraphType>("publicityNotice").Description("The global ID of the publicity notice announced; required for, and only for, NOTICE_ANNOUNCEMENT.");
        Field<StringGraphType>("community").Description("The code of the community it concerns; it must be in the item's district when one is given.");
        Field<StringGraphType>("sourceDocument").Description("The document it was taken from (at most 500 characters).");
    }
}

public sealed class RecordOutreachItemInputType() : OutreachItemInputTypeBase<RecordOutreachItemInput>("RecordOutreachItemInput", "An outreach item to record as a draft.");

public sealed class UpdateOutreachItemInputType : OutreachItemInputTypeBase<UpdateOutreachItemInput>
{
    public UpdateOutreachItemInputType()
        : base("UpdateOutreachItemInput", "A draft outreach item, the version you read, and its details in full (they replace the old ones).")
    {
        Field<NonNullGraphType<IdGraphType>>("id").Description("The item's global ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The item's version as you read it; a stale version is refused with CONFLICT.");
    }
}
