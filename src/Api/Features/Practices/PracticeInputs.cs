using GraphQL.Types;
using GreenCommunity.Api.Features.Publicity;
using GreenCommunity.Api.GraphQL.Filtering;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Domain.Activities;

namespace GreenCommunity.Api.Features.Practices;

/// <summary>Conditions on community practices.</summary>
public sealed class CommunityPracticeFilter
{
    public EnumFilter<PracticeKind>? Kind { get; set; }

    public StringFilter? Community { get; set; }

    public StringFilter? District { get; set; }

    public IntFilter? StartYear { get; set; }

    public bool? Running { get; set; }

    public bool? Published { get; set; }
}

public sealed class PracticeKindFilterType : EnumFilterType<PracticeKindType, PracticeKind>;

public sealed class CommunityPracticeFilterType : InputObjectGraphType<CommunityPracticeFilter>
{
    public CommunityPracticeFilterType()
    {
        Name = "CommunityPracticeFilter";
        Description = "Conditions on community practices; every condition given must hold.";
        Field<PracticeKindFilterType>("kind").Description("The kind of practice, e.g. { eq: WILDLIFE_SHOP_AGREEMENT }.");
        Field<StringFilterType>("community").Description("The community's code.");
        Field<StringFilterType>("district").Description("The code of the community's district (as recorded).");
        Field<IntFilterType>("startYear").Description("The year it started.");
        Field<BooleanGraphType>("running").Description("Only practices still running (true: no end date) or ended (false).");
        Field<BooleanGraphType>("published").Description("Only published records (true) or only drafts (false); drafts are seen only by the city and the district's reviewers.");
    }
}

/// <summary>Input of <c>recordCommunityPractice</c>.</summary>
public class RecordCommunityPracticeInput
{
    public string Community { get; set; } = string.Empty;

    public PracticeKind Kind { get; set; }

    public DateOnly StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public LocalizedTextInput Title { get; set; } = new();

    public string? Description { get; set; }

    public string Evidence { get; set; } = string.Empty;

    public int? Count { get; set; }

    public string? SourceDocument { get; set; }
}

/// <summary>Input of <c>updateCommunityPractice</c>.</summary>
public sealed class UpdateCommunityPracticeInput : RecordCommunityPracticeInput
{
    public string Id { get; set; } = string.Empty;

    public int Version { get; set; }
}

/// <summary>The fields of a practice as input, shared by record and update.</summary>
public abstract class CommunityPracticeInputTypeBase<T> : InputObjectGraphType<T>
    where T : RecordCommunityPracticeInput
{
    protected CommunityPracticeInputTypeBase(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<StringGraphType>>("community").Description("The community's code; district reviewers record for communities in their districts.");
        Field<NonNullGraphType<PracticeKindType>>("kind").Description("The kind of practice.");
        Field<NonNullGraphType<CalendarDateGraphType>>("startedOn").Description("When it started.");
        Field<CalendarDateGraphType>("endedOn").Description("When it ended; omit while it runs.");
        Field<NonNullGraphType<LocalizedTextInputType>>("title").Description("A title in Chinese and English (at most 200 characters each).");
        Field<StringGraphType>("description").Description("What the community does (at most 2,000 characters).");
        Field<NonNullGraphType<StringGraphType>>("evidence").Description("What shows it: the document, photo record or inspection (at most 1,000 characters).");
        Field<IntGraphType>("count").Description("How many (families awarded, shops signed, volunteers, bins...), when counted.");
        Field<StringGraphType>("sourceDocument").Description("The document it was taken from (at most 500 characters).");
    }
}

public sealed class RecordCommunityPracticeInputType() : CommunityPracticeInputTypeBase<RecordCommunityPracticeInput>("RecordCommunityPracticeInput", "A community practice to record as a draft.");

public sealed class UpdateCommunityPracticeInputType : CommunityPracticeInputTypeBase<UpdateCommunityPracticeInput>
{
    public UpdateCommunityPracticeInputType()
        : base("UpdateCommunityPracticeInput", "A draft practice, the version you read, and its details in full (they replace the old ones).")
    {
        Field<NonNullGraphType<IdGraphType>>("id").Description("The practice's global ID.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The practice's version as you read it; a stale version is refused with CONFLICT.");
    }
}
