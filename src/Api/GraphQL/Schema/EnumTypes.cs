using GreenCommunity.Domain.Applications;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Indicators;
using GreenCommunity.Domain.Metrics;

namespace GreenCommunity.Api.GraphQL.Schema;

public sealed class TitleLevelType() : DescribedEnumType<TitleLevel>(
    "TitleLevel",
    "The level at which the Green Community title is granted.",
    (TitleLevel.District, "District-level title, granted by a district environmental protection bureau."),
    (TitleLevel.City, "City-level title, granted after on-site evaluation, collective review and publicity. Requires a valid district-level title."));

public sealed class CommunityKindType() : DescribedEnumType<CommunityKind>(
    "CommunityKind",
    "What sort of residential community it is.",
    (CommunityKind.Historic, "Historic old-town neighbourhood."),
    (CommunityKind.NewEstate, "Newly built residential estate."),
    (CommunityKind.UrbanCentre, "Urban-centre community."),
    (CommunityKind.FarmersNewVillage, "Farmers' new village (农民新村)."));

public sealed class CoBuiltWithType() : DescribedEnumType<CoBuiltWith>(
    "CoBuiltWith",
    "Whether the community is co-built with the army or the police.",
    (CoBuiltWith.None, "An ordinary community."),
    (CoBuiltWith.Army, "Co-built with the army (军民共建)."),
    (CoBuiltWith.Police, "Co-built with the police (警民共建)."));

public sealed class GateKindType() : DescribedEnumType<GateKind>(
    "GateKind",
    "The hard eligibility rules; failing any one vetoes an application whatever its score.",
    (GateKind.MinimumOccupancy, "The community's occupancy rate is at least the threshold (60%)."),
    (GateKind.NoPenaltyCase, "No penalty case against the community for breaking environmental or related law."),
    (GateKind.ComplaintsHandled, "Residents' pollution complaints were all handled and answered within the deadline."));

public sealed class GateStageType() : DescribedEnumType<GateStage>(
    "GateStage",
    "When in the workflow a gate was judged.",
    (GateStage.Submission, "When the application was submitted."),
    (GateStage.CollectiveReview, "At the collective review."));

public sealed class ProvenanceType() : DescribedEnumType<Provenance>(
    "Provenance",
    "Where an indicator value comes from.",
    (Provenance.SelfReported, "Reported by the community itself."),
    (Provenance.PanelVerified, "Checked by an evaluation panel on site."),
    (Provenance.Survey, "From a resident survey."),
    (Provenance.OfficialRecord, "From an official record."));

public sealed class SupportCategoryType() : DescribedEnumType<SupportCategory>(
    "SupportCategory",
    "Funding by community category: \"support by category, invest where it matters, value the soft side\".",
    (SupportCategory.Programme, "Not tied to a community category (city or district programmes)."),
    (SupportCategory.KeySupport, "Poorly equipped communities: key support for facilities and programmes."),
    (SupportCategory.PartialSupport, "Well-equipped non-commercial communities: partial support."),
    (SupportCategory.SoftSupportOnly, "Commercial estates with full facilities: no money, education support only."));

public sealed class TrainingKindType() : DescribedEnumType<TrainingKind>(
    "TrainingKind",
    "Kinds of training and exchange.",
    (TrainingKind.ExchangeMeeting, "A city-wide exchange meeting."),
    (TrainingKind.ManagerTraining, "Training for community managers."),
    (TrainingKind.ResidentSession, "Sessions for residents."));

public sealed class PublicityKindType() : DescribedEnumType<PublicityKind>(
    "PublicityKind",
    "Kinds of publicity work.",
    (PublicityKind.Posters, "Posters printed."),
    (PublicityKind.Booklets, "Booklets handed out."),
    (PublicityKind.LettersToHouseholds, "Letters to households."),
    (PublicityKind.EnvironmentDayEvents, "Events on World Environment Day (5 June)."),
    (PublicityKind.MediaCoverage, "Press, TV and radio coverage."));
