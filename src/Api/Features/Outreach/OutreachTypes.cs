using GraphQL.Types;
using GreenCommunity.Api.Features.Campaigns;
using GreenCommunity.Api.Features.Communities;
using GreenCommunity.Api.Features.Geography;
using GreenCommunity.Api.Features.Organisations;
using GreenCommunity.Api.Features.ProgrammeRecords;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Activities;

namespace GreenCommunity.Api.Features.Outreach;

public sealed class OutreachKindType() : DescribedEnumType<OutreachKind>(
    "OutreachKind",
    "Kinds of outreach: publicity materials, media coverage, and the announcement of a publicity notice.",
    (OutreachKind.Poster, "A print run of posters."),
    (OutreachKind.Booklet, "Booklets or special issues handed out."),
    (OutreachKind.LetterToHouseholds, "A letter to every household."),
    (OutreachKind.NoticeBoard, "A notice board, reading board or warning sign put up."),
    (OutreachKind.PressCoverage, "A newspaper article or series."),
    (OutreachKind.TelevisionCoverage, "A television report."),
    (OutreachKind.RadioCoverage, "A radio report."),
    (OutreachKind.NoticeAnnouncement, "A publicity notice (公示) announced through one channel."));

public sealed class OutreachChannelType() : DescribedEnumType<OutreachChannel>(
    "OutreachChannel",
    "The channel through which outreach reached people.",
    (OutreachChannel.Media, "Newspapers, television, radio."),
    (OutreachChannel.Street, "Street (subdistrict) offices."),
    (OutreachChannel.Community, "Communities: their notice boards, residents' committees, grassroots units."),
    (OutreachChannel.Household, "Households directly."));

public sealed class OutreachItemType : ObjectGraphType<OutreachItem>
{
    public const string TypeName = "OutreachItem";

    public OutreachItemType()
    {
        Name = TypeName;
        Description = "A publicity material (a poster print run, booklets, letters to households, a notice board), a media coverage item (press, TV, radio), or the announcement of a publicity notice through one channel; or, with basis REPORTED_TOTAL, a total the city reported without the individual items.";
        Interface<NodeInterfaceType>();
        IsTypeOf = o => o is OutreachItem;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The item's opaque global ID.").Resolve(ctx => GlobalId.Encode(TypeName, ctx.Source.Id));
        Field<NonNullGraphType<OutreachKindType>>("kind").Description("The kind of outreach.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<RecordBasisType>>("basis").Description("INDIVIDUAL for one item; REPORTED_TOTAL for a published total of items not recorded one by one.").Resolve(ctx => ctx.Source.Basis);
        Field<NonNullGraphType<OutreachChannelType>>("channel").Description("How it reached people.").Resolve(ctx => ctx.Source.Channel);
        Field(o => o.Year);
        Field<CalendarDateGraphType>("issuedOn").Description("The day it was printed, aired, posted or announced, when known.").Resolve(ctx => ctx.Source.IssuedOn);
        Field<NonNullGraphType<LocalizedTextType>>("title").Description("The item's title.").Resolve(ctx => ctx.Source.Title);
        Field(o => o.Description);
        Field(o => o.Outlet, nullable: true).Description("The newspaper, station or printer.");
        Field(o => o.Quantity, nullable: true).Description("Copies, boards or reports; null when not reported (not zero).");
        Field(o => o.QuantityIsMinimum).Description("True when the quantity is given as \"more than\" (the report's 10,000+ is 10000 with this flag).");
        Field(o => o.PrintRun, nullable: true).Description("The print run's number (1, 2...), for printed material.");
        Field(o => o.OrganiserCode, nullable: true).Description("Who issued it, e.g. CITY-EPB.");
        Field<OrganisationType>("organiser")
            .Description("The published organisation whose code is organiserCode; null when there is none.")
            .Resolve(ctx => ctx.Source.OrganiserCode is { } code ? ctx.Service<OrganisationByCodeDataLoader>().Load(code) : null);
        Field<DistrictType>("district").Description("The district the item belongs to; null for a city-wide item.").Resolve(ctx => ctx.Source.DistrictId is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field<CommunityType>("community").Description("The community it concerns, when one.").Resolve(ctx => ctx.Source.CommunityId is { } id ? ctx.Service<CommunityByIdDataLoader>().Load(id) : null);
        Field<CampaignType>("campaign").Description("The campaign it served, when one.").Resolve(ctx => ctx.Source.CampaignId is { } id ? ctx.Service<CampaignByIdDataLoader>().Load(id) : null);
        Field<PublicityNoticeType>("publicityNotice").Description("The publicity notice announced, for a notice announcement (null while the notice is not public).").Resolve(ctx => ctx.Source.PublicityNoticeId is { } id ? ctx.Service<PublicityNoticeByIdDataLoader>().Load(id) : null);
        ProgrammeRecordFields.Add(this);
    }
}

public sealed class OutreachItemConnectionType : ConnectionGraphType<OutreachItemType, OutreachItem>;

/// <summary>Sums over outreach items in a group.</summary>
/// <param name="Kind">The kind, when grouped by it.</param>
/// <param name="Basis">The basis, when grouped by it.</param>
/// <param name="Channel">The channel, when grouped by it.</param>
/// <param name="DistrictId">The district, when grouped by it.</param>
/// <param name="Year">The year, when grouped by it.</param>
/// <param name="Records">Records in the group.</param>
/// <param name="Quantity">Copies, boards or reports, over the records that report a quantity.</param>
/// <param name="QuantityIsMinimum">True when any record's quantity is a lower bound.</param>
/// <param name="RecordsWithoutQuantity">Records that report no quantity.</param>
public sealed record OutreachTotal(OutreachKind? Kind, RecordBasis? Basis, OutreachChannel? Channel, int? DistrictId, int? Year, int Records, int Quantity, bool QuantityIsMinimum, int RecordsWithoutQuantity);

public sealed class OutreachTotalType : ObjectGraphType<OutreachTotal>
{
    public OutreachTotalType()
    {
        Name = "OutreachTotal";
        Description = "Sums over the published outreach items of a group, computed in the database. Group by BASIS to keep reported totals apart from individual items.";
        Field<OutreachKindType>("kind").Description("KIND.").Resolve(ctx => ctx.Source.Kind);
        Field<RecordBasisType>("basis").Description("BASIS.").Resolve(ctx => ctx.Source.Basis);
        Field<OutreachChannelType>("channel").Description("CHANNEL.").Resolve(ctx => ctx.Source.Channel);
        Field<DistrictType>("district").Description("DISTRICT (null also for city-wide items).").Resolve(ctx => ctx.Source.DistrictId is { } id ? ctx.Service<DistrictByIdDataLoader>().Load(id) : null);
        Field(t => t.Year, nullable: true).Description("YEAR.");
        Field(t => t.Records).Description("Outreach records in the group.");
        Field(t => t.Quantity).Description("Copies, boards or reports, summed over the records that report a quantity.");
        Field(t => t.QuantityIsMinimum).Description("True when some record's quantity is a lower bound (\"more than\"), so this sum is one too.");
        Field(t => t.RecordsWithoutQuantity).Description("Records that report no quantity, and so are not in 'quantity'.");
    }
}
