using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Criteria;
using GreenCommunity.Domain.Evaluations;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>
/// The sample criteria scheme. The report says the city published its standard (考评标准) in the China
/// Environment News but does not give its points, so sections follow the report's five signs ("four haves
/// and one high") and the indicators, points and pass marks are ours. The gates are the report's.
/// </summary>
internal static class SampleCriteria
{
    private sealed record IndicatorRow(string Code, string Zh, string En, decimal MaximumPoints, string Guidance, string EvidenceExpected);

    private sealed record SectionRow(string Code, string Zh, string En, IndicatorRow[] Indicators);

    private static readonly SectionRow[] Sections =
    [
        new("S1", "有一套较为完善的环境监督管理体系", "An environmental supervision and management system",
        [
            new("S1.1", "有创建领导小组和专人负责", "A creation leading group and a person in charge", 8m,
                "Full marks when a leading group with named members meets at least quarterly and one person answers for day-to-day environmental work; deduct for missing minutes or vacant roles.",
                "Appointment notice, list of group members, meeting minutes."),
            new("S1.2", "居民参与环境监督管理", "Residents take part in supervision", 7m,
                "Score the share of buildings with a resident environmental supervisor and whether residents' suggestions are logged and answered.",
                "Roster of resident supervisors; suggestion log with replies."),
            new("S1.3", "有环境工作计划和台账", "An environmental work plan and records", 5m,
                "A yearly plan with targets, and a record kept of each activity carried out.",
                "The year's plan; activity records with dates and attendance."),
        ]),
        new("S2", "污染问题得到解决", "Pollution problems found and fixed",
        [
            new("S2.1", "查清影响居民的污染源", "Pollution sources identified", 6m,
                "The community has surveyed the sources that affect residents (cooking fumes, noise, waste water, dust) and keeps the list current.",
                "Pollution-source survey with a sketch map."),
            new("S2.2", "污染源得到有效控制", "Sources affecting residents controlled", 10m,
                "Deduct for each known source without a control measure or an agreed deadline; full marks when every source is controlled or scheduled with the responsible authority.",
                "Rectification records; inspection reports of the district EPB."),
            new("S2.3", "噪声和油烟扰民得到治理", "Noise and cooking fumes under control", 4m,
                "Check on site for shops, workshops or restaurants disturbing residents; deduct for each unresolved case.",
                "Complaint register; agreements with shops and restaurants."),
        ]),
        new("S3", "绿化美化，环境整洁", "Greening and a tidy landscape",
        [
            new("S3.1", "绿化覆盖与养护", "Green coverage and upkeep", 8m,
                "Score planting and its upkeep against what the site allows; old-town communities may earn full marks with balcony, roof and wall greening.",
                "Greening plan, photographs, upkeep contract or volunteer roster."),
            new("S3.2", "拆除违章建筑、防盗网，粉饰外墙", "Illegal structures removed, facades cleaned", 6m,
                "Deduct for illegal structures or projecting burglar bars still in place and for dirty facades along the main lanes.",
                "Demolition records of the street office; before-and-after photographs."),
            new("S3.3", "清理“六乱”", "The \"six disorders\" cleared", 6m,
                "Walk the community: deduct for disorderly stalls, posters, parking, wiring, dumping or building.",
                "Street-office inspection records."),
        ]),
        new("S4", "有较好的环境文化氛围", "An environmental culture",
        [
            new("S4.1", "宣传栏、阅报栏、警示牌", "Notice boards, reading boards and warning signs", 6m,
                "Boards are in place, readable and updated at least monthly with environmental content.",
                "Photographs; the boards' update log."),
            new("S4.2", "噪声监测屏和分类垃圾桶", "Noise-monitoring display and sorted-waste bins", 6m,
                "A working noise-monitoring display and sorted-waste bins at every collection point earn full marks.",
                "Photographs; the display's maintenance record; the list of bin points."),
            new("S4.3", "环保志愿活动", "Environmental volunteer activities", 8m,
                "Score the number of volunteers and of activities held in the year, and residents' part in them.",
                "Volunteer roster; activity records with photographs."),
        ]),
        new("S5", "居民有较高的环境意识", "High environmental awareness of residents",
        [
            new("S5.1", "居民环保论坛和问卷调查", "Resident forums and questionnaire results", 8m,
                "Score from the forum and the questionnaire held during the visit: satisfaction with the environment and awareness of the programme.",
                "Forum minutes; the questionnaire's aggregate results."),
            new("S5.2", "“绿色家庭”评比", "\"Green family\" scheme", 5m,
                "A yearly green-family scheme with published criteria and awards earns full marks.",
                "Scheme rules; list of families awarded."),
            new("S5.3", "垃圾分类参与", "Waste-sorting participation", 7m,
                "Score the share of households taking part in waste sorting, checked on site at the bin points.",
                "Participation records; the panel's spot check."),
        ]),
    ];

    /// <summary>Stores scheme GC-CRITERIA version 1.</summary>
    public static async Task<CriteriaScheme> SeedAsync(GreenCommunityDbContext db, CancellationToken cancellationToken)
    {
        var scheme = new CriteriaScheme(
            "GC-CRITERIA",
            1,
            new LocalizedText("绿色社区考评标准（样例）", "Green Community evaluation criteria (sample)"),
            3,
            PanelScoring.Rule)
        {
            IsSample = true,
        };

        foreach (var sectionRow in Sections)
        {
            var section = scheme.AddSection(sectionRow.Code, new LocalizedText(sectionRow.Zh, sectionRow.En));
            foreach (var i in sectionRow.Indicators)
            {
                section.AddIndicator(i.Code, new LocalizedText(i.Zh, i.En), i.MaximumPoints, i.Guidance, i.EvidenceExpected);
            }
        }

        if (scheme.MaximumScore != 100m)
        {
            throw new InvalidOperationException($"The sample scheme's points must sum to 100, not {scheme.MaximumScore}.");
        }

        scheme.AddGate(
            GateKind.MinimumOccupancy,
            new LocalizedText("社区的入住率要达到60%以上", "The community's occupancy rate is at least 60%."),
            0.60m);
        scheme.AddGate(
            GateKind.NoPenaltyCase,
            new LocalizedText(
                "没有因违反环境保护以及相关的法律法规而被环保、环卫、绿化、林业等部门处罚的案例",
                "No penalty case against the community from the environmental, sanitation, greening or forestry authorities for breaking environmental or related law."));
        scheme.AddGate(
            GateKind.ComplaintsHandled,
            new LocalizedText(
                "社区对居民关于环境污染和生态破坏的投诉，能在限期内处理完毕并答复居民",
                "Residents' complaints about pollution or ecological damage were all handled and answered within the deadline."));
        scheme.SetPassMark(TitleLevel.District, 75m);
        scheme.SetPassMark(TitleLevel.City, 85m);
        if (scheme.Publish(new DateOnly(2001, 3, 1)).Error is { } error)
        {
            throw new InvalidOperationException(error.Message);
        }

        db.CriteriaSchemes.Add(scheme);
        await db.SaveChangesAsync(cancellationToken);
        return scheme;
    }
}
