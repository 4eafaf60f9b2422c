using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Programme;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>
/// The programme around the awards: the organisations the report names, annual plans with task communities, and the
/// city's and districts' money as allocations; the first edition lists them with the rest of the sample.
/// Facts: the organisations the report names (IsSample false). Invented: street leading groups (the report says the
/// streets formed them but names none), every plan's targets and task list, and every allocation's split (the report
/// gives the city's totals per year and the districts they went to, never a split), so each allocation is sample.
/// </summary>
internal static class SampleProgramme
{
    /// <summary>The city EPB's code.</summary>
    public const string CityEpb = "CITY-EPB";

    /// <summary>The five districts of the 2001 pilots, which also formed district leading groups.</summary>
    private static readonly string[] PilotDistricts = ["440102", "440104", "440103", "440105", "440106"];

    private static readonly (string Code, string Zh, string En, OrganisationRole Role)[] CityBodies =
    [
        (CityEpb, "市环保局", "City Environmental Protection Bureau", OrganisationRole.JointOrganiser),
        ("CITY-CIVILISATION", "市文明办", "City Civilisation Office", OrganisationRole.JointOrganiser),
        ("CITY-CREATION", "市创建办", "City Creation Office", OrganisationRole.JointOrganiser),
        ("CITY-CIVIL-AFFAIRS", "市民政局", "City Civil Affairs Bureau", OrganisationRole.JointOrganiser),
        ("CITY-GREENING", "市绿化部门", "City Greening Department", OrganisationRole.PartnerDepartment),
        ("CITY-SANITATION", "市环卫部门", "City Sanitation Department", OrganisationRole.PartnerDepartment),
        ("CITY-CITY-MANAGEMENT", "市城管部门", "City Management Department", OrganisationRole.PartnerDepartment),
        ("CITY-PATRIOTIC-HEALTH", "市爱卫部门", "City Patriotic Health Campaign Office", OrganisationRole.PartnerDepartment),
        ("CITY-HOUSING", "市房管部门", "City Housing Administration", OrganisationRole.PartnerDepartment),
        ("CITY-THREE-LINES", "市“三线”管理部门", "City \"Three Lines\" Management Office", OrganisationRole.PartnerDepartment),
    ];

    /// <summary>District EPBs the report says put money in (越秀、海珠、荔湾、天河和黄埔等区环保部门).</summary>
    private static readonly string[] PayingDistrictEpbs = ["440104", "440105", "440103", "440106", "440112"];

    /// <summary>District top-ups as allocations to the district itself; the amounts are SampleMetrics' invented split.</summary>
    private static readonly (string District, FundingPurpose Purpose, decimal Amount)[] DistrictTopUps =
    [
        ("440104", FundingPurpose.Facilities, 1_800_000m),
        ("440104", FundingPurpose.Facilities, 400_000m),
        ("440105", FundingPurpose.Facilities, 900_000m),
        ("440103", FundingPurpose.Facilities, 1_200_000m),
        ("440106", FundingPurpose.Facilities, 600_000m),
        ("440112", FundingPurpose.Facilities, 300_000m),
    ];

    /// <summary>Categorises the communities and stores the programme's records, for the first edition to list.</summary>
    public static async Task SeedAsync(GreenCommunityDbContext db, SampleGeographyResult geography, CancellationToken cancellationToken)
    {
        var districts = geography.DistrictsByCode;
        foreach (var community in geography.Communities)
        {
            var category = Suggested(community.Row.Kind, community.Row.CommercialEstate);
            await db.Communities.Where(c => c.Id == community.Entity.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.FundingCategory, category), cancellationToken);
        }

        var city = CityBodies.Select(b => new Organisation(b.Code, new LocalizedText(b.Zh, b.En), OrganisationLevel.City, b.Role, null, null)).ToList();
        var leadingGroups = PilotDistricts.Select(code => new Organisation(
            code + "-LG", new LocalizedText($"{districts[code].Name.Zh}创建“绿色社区”领导小组", $"{districts[code].Name.En} Green Community Leading Group"),
            OrganisationLevel.District, OrganisationRole.LeadingGroup, districts[code].Id, null)).ToList();
        var epbs = PayingDistrictEpbs.Select(code => new Organisation(
            code + "-EPB", new LocalizedText($"{districts[code].Name.Zh}环保局", $"{districts[code].Name.En} Environmental Protection Bureau"),
            OrganisationLevel.District, OrganisationRole.PartnerDepartment, districts[code].Id, null)).ToList();
        var streets = await db.Streets.Where(s => s.Code == "440102-002" || s.Code == "440103-001" || s.Code == "440106-001").OrderBy(s => s.Code).ToListAsync(cancellationToken);
        var streetGroups = streets.Select(s => new Organisation(
            s.Code + "-LG", new LocalizedText($"{s.Name.Zh}创建“绿色社区”领导（协调）小组", $"{s.Name.En} Green Community Leading (Coordination) Group"),
            OrganisationLevel.Street, OrganisationRole.LeadingGroup, s.DistrictId, s.Id)
        { IsSample = true }).ToList();
        db.Organisations.AddRange([.. city, .. leadingGroups, .. epbs, .. streetGroups]);
        await db.SaveChangesAsync(cancellationToken);
        var epb = city[0];

        // Who ran what: the city EPB organises every campaign and grants the city-level titles; a district-level title
        // is the district's, given by its leading group where the report says it had one.
        await db.Campaigns.ExecuteUpdateAsync(set => set.SetProperty(c => c.ResponsibleOrganisationId, epb.Id), cancellationToken);
        await db.Awards.Where(a => a.Level == TitleLevel.City).ExecuteUpdateAsync(set => set.SetProperty(a => a.ResponsibleOrganisationId, epb.Id), cancellationToken);
        foreach (var group in leadingGroups)
        {
            await db.Awards.Where(a => a.Level == TitleLevel.District && a.DistrictAtAwardId == group.DistrictId)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.ResponsibleOrganisationId, group.Id), cancellationToken);
        }

        var plans = Plans(geography, leadingGroups, epb);
        db.AnnualPlans.AddRange(plans);
        var allocations = Allocations(geography, epb, epbs);
        db.FundingAllocations.AddRange(allocations);
        await db.SaveChangesAsync(cancellationToken);

        db.ChangeTracker.Clear();
    }

    /// <summary>The category a community's attributes suggest: commercial estates, then old-town and village communities.</summary>
    public static FundingCategory Suggested(CommunityKind kind, bool commercialEstate) =>
        commercialEstate ? FundingCategory.CommercialFullyManaged
        : kind is CommunityKind.Historic or CommunityKind.FarmersNewVillage ? FundingCategory.PoorlyEquipped
        : FundingCategory.WellEquippedNonCommercial;

    // 2002: the city's plan and one per district, whose task communities are those that sought the city title in 2002.
    // Targets are ours (sample); the city awarded 31 city-level titles that year (the report's figure).
    private static List<AnnualPlan> Plans(SampleGeographyResult geography, List<Organisation> leadingGroups, Organisation epb)
    {
        var candidates = geography.Communities.Where(c => c.Row.City2002 != City2002Outcome.None).ToList();
        var plans = new List<AnnualPlan> { new(2002, null, epb.Id, 40, 30, candidates.Select(c => c.Entity.Id)) { IsSample = true } };
        foreach (var district in candidates.GroupBy(c => c.DistrictAtAward).OrderBy(g => g.Key.Code))
        {
            var group = leadingGroups.FirstOrDefault(g => g.DistrictId == district.Key.Id);
            var tasks = district.Select(c => c.Entity.Id).ToList();
            plans.Add(new AnnualPlan(2002, district.Key.Id, group?.Id, tasks.Count + 2, tasks.Count - 1, tasks) { IsSample = true });
        }

        return plans;
    }

    private static List<FundingAllocation> Allocations(SampleGeographyResult geography, Organisation epb, List<Organisation> epbs)
    {
        var districts = geography.DistrictsByCode;
        var list = new List<FundingAllocation>();

        // 2001: 1,000,000 yuan for the pilots in five districts (the report's total and districts; the equal split is ours).
        foreach (var code in PilotDistricts)
        {
            list.Add(new FundingAllocation(new FundingAllocationTerms(2001, PayerLevel.City, epb.Id, null, null, districts[code].Id, null, null, FundingPurpose.Facilities, 200_000m,
                "2001 Green Community pilots in Dongshan, Yuexiu, Liwan, Haizhu and Tianhe: the report gives 1,000,000 yuan for the five districts; the equal split is ours."))
            { IsSample = true });
        }

        // 2002: 2,900,000 yuan for community environmental culture, spread over the task communities by category:
        // commercial estates education only (20,000), well-equipped non-commercial ones partial (50,000), the rest shared.
        var tasks = geography.Communities.Where(c => c.Row.City2002 != City2002Outcome.None).ToList();
        var fixedShares = tasks.Select(c => Suggested(c.Row.Kind, c.Row.CommercialEstate) switch
        {
            FundingCategory.CommercialFullyManaged => (Community: c, Purpose: FundingPurpose.EducationOnly, Amount: (decimal?)20_000m),
            FundingCategory.WellEquippedNonCommercial => (Community: c, Purpose: FundingPurpose.EnvironmentalCulture, Amount: (decimal?)50_000m),
            _ => (Community: c, Purpose: FundingPurpose.EnvironmentalCulture, Amount: (decimal?)null),
        }).ToList();
        var poor = fixedShares.Count(s => s.Amount is null);
        var rest = 2_900_000m - fixedShares.Sum(s => s.Amount ?? 0m);
        var each = decimal.Floor(rest / poor / 1000m) * 1000m;
        var poorSeen = 0;
        foreach (var (community, purpose, amount) in fixedShares)
        {
            var value = amount ?? (++poorSeen == poor ? rest - (each * (poor - 1)) : each);
            var entity = community.Entity;
            list.Add(new FundingAllocation(new FundingAllocationTerms(2002, PayerLevel.City, epb.Id, null, null, community.DistrictAtAward.Id, entity.StreetId, entity.Id, purpose, value,
                "2002 city funding of community environmental culture: the report gives 2,900,000 yuan in all; the split by community is ours."))
            { IsSample = true });
        }

        // 2002: district EPBs' own money, "from several hundred thousand to several million yuan" (the amounts are ours).
        foreach (var (code, purpose, amount) in DistrictTopUps)
        {
            var payer = epbs.Single(e => e.DistrictId == districts[code].Id);
            list.Add(new FundingAllocation(new FundingAllocationTerms(2002, PayerLevel.District, payer.Id, districts[code].Id, null, districts[code].Id, null, null, purpose, amount,
                "District Green Community construction funds: the report names the districts and the range; the amount is ours."))
            { IsSample = true });
        }

        return list;
    }
}
