using GraphQL.Types;
using GreenCommunity.Api.Features.Awards;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Criteria;

namespace GreenCommunity.Api.Features.Campaigns;

/// <summary>Input of <c>createCampaign</c>.</summary>
public sealed class CreateCampaignInput
{
    public int Year { get; set; }

    public TitleLevel Level { get; set; }

    public int BatchNumber { get; set; }

    public LocalizedTextInput Name { get; set; } = new();

    public string Scheme { get; set; } = string.Empty;

    public TimetableInput Timetable { get; set; } = new();
}

/// <summary>A campaign's timetable as input.</summary>
public sealed class TimetableInput
{
    public DateOnly ApplicationsOpen { get; set; }

    public DateOnly ApplicationsClose { get; set; }

    public DateOnly EvaluationStart { get; set; }

    public DateOnly EvaluationEnd { get; set; }

    public int PublicityDays { get; set; }
}

/// <summary>Input of <c>publishResults</c>.</summary>
public sealed class PublishResultsInput
{
    public string Campaign { get; set; } = string.Empty;
}

/// <summary>Input of <c>revokeAward</c>.</summary>
public sealed class RevokeAwardInput
{
    public string Award { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}

public sealed class CreateCampaignInputType : InputObjectGraphType<CreateCampaignInput>
{
    public CreateCampaignInputType()
    {
        Name = "CreateCampaignInput";
        Description = "A new campaign.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The campaign year.");
        Field<NonNullGraphType<TitleLevelType>>("level").Description("The title level it grants.");
        Field<NonNullGraphType<IntGraphType>>("batchNumber").Description("The batch (第N批) its awards form, from 1.");
        Field<NonNullGraphType<LocalizedTextInputType>>("name").Description("The campaign's name.");
        Field<NonNullGraphType<IdGraphType>>("scheme").Description("The criteria-scheme version's global ID.");
        Field<NonNullGraphType<TimetableInputType>>("timetable").Description("The campaign's dates.");
    }
}

public sealed class TimetableInputType : InputObjectGraphType<TimetableInput>
{
    public TimetableInputType()
    {
        Name = "TimetableInput";
        Description = "A campaign's dates, in order, and its publicity period.";
        Field<NonNullGraphType<CalendarDateGraphType>>("applicationsOpen").Description("First day applications are accepted.");
        Field<NonNullGraphType<CalendarDateGraphType>>("applicationsClose").Description("Last day applications are accepted.");
        Field<NonNullGraphType<CalendarDateGraphType>>("evaluationStart").Description("First day of on-site evaluation.");
        Field<NonNullGraphType<CalendarDateGraphType>>("evaluationEnd").Description("Last day of on-site evaluation.");
        Field<NonNullGraphType<IntGraphType>>("publicityDays").Description("Length of the publicity period in days (1 to 60).");
    }
}

public sealed class PublishResultsInputType : InputObjectGraphType<PublishResultsInput>
{
    public PublishResultsInputType()
    {
        Name = "PublishResultsInput";
        Description = "The campaign whose results to publish.";
        Field<NonNullGraphType<IdGraphType>>("campaign").Description("The campaign's global ID.");
    }
}

public sealed class RevokeAwardInputType : InputObjectGraphType<RevokeAwardInput>
{
    public RevokeAwardInputType()
    {
        Name = "RevokeAwardInput";
        Description = "The title to revoke and why.";
        Field<NonNullGraphType<IdGraphType>>("award").Description("The award's global ID.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why; published with the revocation.");
    }
}

/// <summary>Conditions on campaigns.</summary>
public sealed class CampaignFilter
{
    /// <summary>The campaign year.</summary>
    public IntFilter? Year { get; set; }

    /// <summary>The title level.</summary>
    public EnumFilter<TitleLevel>? Level { get; set; }
}

public sealed class CampaignFilterType : InputObjectGraphType<CampaignFilter>
{
    public CampaignFilterType()
    {
        Name = "CampaignFilter";
        Description = "Conditions on campaigns; every condition given must hold.";
        Field<IntFilterType>("year").Description("The campaign year.");
        Field<TitleLevelFilterType>("level").Description("The title level.");
    }
}
