using GreenCommunity.Domain.Activities;
using GreenCommunity.Domain.Common;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>
/// Programme events, outreach and community practices from the report. What the report states is a fact
/// (IsSample false): the training totals, the two exchange meetings, World Environment Day in six districts, the
/// 40,000 posters, the media that covered the programme, the practices of Qiaoyuan, Dufu, Ganghai and Julong. Where a
/// record needs a detail the report leaves out (which district handed out the booklets, how the posters split between
/// the two runs, the day of a study visit) the record is sample data (IsSample true). A practice the report dates
/// only to the year starts on 1 January of it; the description says so.
/// </summary>
internal static class SampleActivities
{
    private const string Report = "City year-end report on creating Green Communities, 2002";
    private const string Recorder = "sample-data";
    private const string Dongshan = "440102";
    private const string Liwan = "440103";
    private const string Yuexiu = "440104";
    private const string Haizhu = "440105";
    private const string Tianhe = "440106";
    private const string Fangcun = "440107";
    private const string Huangpu = "440112";

    /// <summary>Stores the records as drafts; the first edition lists them with the rest (EditionLedger.EnsureFirstEditionAsync).</summary>
    public static async Task SeedAsync(GreenCommunityDbContext db, SampleGeographyResult geography, CancellationToken cancellationToken)
    {
        var districts = geography.DistrictsByCode;
        int Community(string code) => geography.Community(code).Entity.Id;

        // A record belongs to its community's district as it is now, the district whose reviewers keep it.
        var currentDistricts = await db.Communities.Select(c => new { c.Code, c.Street!.DistrictId }).ToDictionaryAsync(c => c.Code, c => c.DistrictId, cancellationToken);
        int DistrictOf(string code) => currentDistricts[code];
        string DistrictCodeOf(string code) => districts.Values.Single(d => d.Id == currentDistricts[code]).Code;
        var at = SampleTime.Beijing(new DateOnly(2002, 12, 31), 17);
        var notice = await db.PublicityNotices.Where(n => n.OpenedOn.Year == 2002).Select(n => new { n.Id, n.CampaignId, n.OpenedOn }).SingleAsync(cancellationToken);

        ProgrammeEvent Event(ProgrammeEventKind kind, RecordBasis basis, DateOnly? heldOn, string zh, string en, string description, string? district, string? organiser,
            string? host = null, string[]? visited = null, EventAudience audience = EventAudience.Managers, int sessions = 1, int? attendance = null, bool minimum = false, int? communities = null, bool sample = false) =>
            new(new ProgrammeEventDetails(kind, basis, heldOn?.Year ?? 2002, heldOn, new LocalizedText(zh, en), description, organiser,
                host is null ? null : Community(host), [.. (visited ?? []).Select(Community)], audience, sessions, attendance, minimum, communities, null, Report),
                district is null ? null : districts[district].Id, Recorder, at)
            {
                IsSample = sample,
            };

        db.ProgrammeEvents.AddRange(
            Event(ProgrammeEventKind.ManagerTraining, RecordBasis.ReportedTotal, null, "社区管理人员“绿色社区”知识培训", "Green Community training for community managers",
                "Training of residents' committee and property-management staff by the city, districts and streets over the year: 9 batches, 500+ person-times. The report gives only the totals.", null, null,
                sessions: 9, attendance: 500, minimum: true),
            Event(ProgrammeEventKind.ResidentSession, RecordBasis.ReportedTotal, null, "面向居民的“绿色社区”知识讲解", "Green Community talks for residents",
                "Talks for residents over the year: 23 batches, 900+ person-times. The report gives only the totals.", null, null,
                audience: EventAudience.Residents, sessions: 23, attendance: 900, minimum: true),
            Event(ProgrammeEventKind.ExchangeMeeting, RecordBasis.Individual, new DateOnly(2002, 4, 23), "第一次创建“绿色社区”情况交流会", "First city exchange meeting on creating Green Communities",
                "Organised by the city EPB at Qiaoyuan Community: the district EPBs' leaders in charge visited Qiaoyuan's creation work and reported their districts' progress. The report gives no attendance figure.", null, "CITY-EPB",
                host: "YX-QIAOYUAN", visited: ["YX-QIAOYUAN"], audience: EventAudience.Officials),
            Event(ProgrammeEventKind.ExchangeMeeting, RecordBasis.Individual, new DateOnly(2002, 9, 24), "第二次创建“绿色社区”工作交流会", "Second city exchange meeting on creating Green Communities",
                "The district EPBs' leaders in charge and 90+ managers from 40+ communities; visits to Xiaodongyuan and Huaying Garden. The city EPB reviewed progress and asked for \"two understandings\" and \"four in places\".", null, "CITY-EPB",
                visited: ["YX-XIAODONGYUAN", "TH-HUAYING"], attendance: 90, minimum: true, communities: 40),
            Event(ProgrammeEventKind.StudyVisit, RecordBasis.Individual, new DateOnly(2002, 6, 20), "芳村区环保局参观东山、天河等区", "Fangcun EPB study visit to Dongshan, Tianhe and other districts",
                "Led by the head of the Fangcun District EPB. The report gives neither the day nor the communities visited: both are sample data.", Fangcun, "440107-EPB",
                visited: ["YX-QIAOYUAN", "TH-HUAYING"], audience: EventAudience.Officials, sample: true));
        db.ProgrammeEvents.Add(Event(ProgrammeEventKind.EnvironmentDayEvent, RecordBasis.Individual, new DateOnly(2002, 6, 5), "市“世界环境日”绿色社区宣传活动", "City World Environment Day events on Green Communities",
            "World Environment Day, 5 June 2002: the city held publicity events on creating Green Communities. The report gives no attendance.", null, "CITY-EPB", audience: EventAudience.Public));
        foreach (var (code, zh, en) in new[] { (Dongshan, "东山区", "Dongshan"), (Yuexiu, "越秀区", "Yuexiu"), (Liwan, "荔湾区", "Liwan"), (Haizhu, "海珠区", "Haizhu"), (Tianhe, "天河区", "Tianhe"), (Huangpu, "黄埔区", "Huangpu") })
        {
            db.ProgrammeEvents.Add(Event(ProgrammeEventKind.EnvironmentDayEvent, RecordBasis.Individual, new DateOnly(2002, 6, 5), $"{zh}“世界环境日”绿色社区宣传活动", $"{en} World Environment Day events on Green Communities",
                $"World Environment Day, 5 June 2002: the {en} District held publicity events on creating Green Communities. The report gives no attendance.", code, code + "-EPB", audience: EventAudience.Public));
        }

        OutreachItem Item(OutreachKind kind, RecordBasis basis, OutreachChannel channel, string zh, string en, string description, string? district = null, string? outlet = null,
            int? quantity = null, bool minimum = false, int? run = null, string? organiser = null, int? noticeId = null, int? campaignId = null, string? community = null, DateOnly? issuedOn = null, bool sample = false) =>
            new(new OutreachDetails(kind, basis, channel, issuedOn?.Year ?? 2002, issuedOn, new LocalizedText(zh, en), description, outlet, quantity, minimum, run, organiser, campaignId, noticeId,
                community is null ? null : Community(community), Report), district is null ? null : districts[district].Id, Recorder, at)
            {
                IsSample = sample,
            };

        db.OutreachItems.AddRange(
            Item(OutreachKind.Poster, RecordBasis.ReportedTotal, OutreachChannel.Community, "社区环保宣传大海报(两批)", "Large community environmental posters (two runs)",
                "The city EPB printed two runs of large community environmental posters, 40,000 in all, given to communities and grassroots units to put up.", quantity: 40_000, organiser: "CITY-EPB"),
            Item(OutreachKind.Poster, RecordBasis.Individual, OutreachChannel.Community, "社区环保宣传大海报 第一批", "Large community environmental posters, first run",
                "First of the two runs. The report gives only the total of 40,000; the even split is sample data.", quantity: 20_000, run: 1, organiser: "CITY-EPB", sample: true),
            Item(OutreachKind.Poster, RecordBasis.Individual, OutreachChannel.Community, "社区环保宣传大海报 第二批", "Large community environmental posters, second run",
                "Second of the two runs. The report gives only the total of 40,000; the even split is sample data.", quantity: 20_000, run: 2, organiser: "CITY-EPB", sample: true),
            Item(OutreachKind.Booklet, RecordBasis.Individual, OutreachChannel.Household, "绿色社区专刊", "Green Community special issue",
                "A district EPB handed out 10,000+ copies of a Green Community special issue. The report does not name the district: Yuexiu is sample data.", Yuexiu, quantity: 10_000, minimum: true, organiser: Yuexiu + "-EPB", sample: true),
            Item(OutreachKind.LetterToHouseholds, RecordBasis.Individual, OutreachChannel.Household, "致社区居民的一封信", "A letter to the community's residents",
                "The same district EPB sent a letter to every household through the residents' committees, asking residents to support the creation from daily life. No count is given; the district is sample data.", Yuexiu, organiser: Yuexiu + "-EPB", sample: true),
            Item(OutreachKind.NoticeBoard, RecordBasis.Individual, OutreachChannel.Community, "侨苑社区宣传栏、阅报栏、警示牌", "Qiaoyuan's notice boards, reading boards and warning signs",
                "Designed with two staff of the district EPB who worked in the community during the year. The report gives no count.", DistrictCodeOf("YX-QIAOYUAN"), community: "YX-QIAOYUAN"));
        foreach (var (kind, zh, en) in new[]
        {
            (OutreachKind.PressCoverage, "广州日报", "Guangzhou Daily"), (OutreachKind.PressCoverage, "羊城晚报", "Yangcheng Evening News"), (OutreachKind.PressCoverage, "南方日报", "Nanfang Daily"),
            (OutreachKind.PressCoverage, "南方都市报", "Southern Metropolis Daily"), (OutreachKind.PressCoverage, "新快报", "New Express"),
            (OutreachKind.TelevisionCoverage, "省市电视台", "Provincial and city television stations"), (OutreachKind.RadioCoverage, "电台", "Radio stations"),
        })
        {
            db.OutreachItems.Add(Item(kind, RecordBasis.Individual, OutreachChannel.Media, $"{zh}“绿色社区”报道", $"{en}: Green Community coverage",
                $"At the city EPB's invitation early in the year, {en} reported the launch and spread the concept and the standard of Green Communities.", outlet: en, organiser: "CITY-EPB"));
        }

        db.OutreachItems.AddRange(
            Item(OutreachKind.PressCoverage, RecordBasis.Individual, OutreachChannel.Media, "中国环境报连续刊登考评标准", "China Environment News serialises the city's criteria",
                "From March the China Environment News serialised the city's evaluation standard and described its approach, for reference across the country.", outlet: "China Environment News"),
            Item(OutreachKind.PressCoverage, RecordBasis.Individual, OutreachChannel.Media, "珠江环境报新闻和专题报道", "Pearl River Environment News: news and features",
                "News and feature reports in stages through the year.", outlet: "Pearl River Environment News", organiser: "CITY-EPB"));
        foreach (var (channel, zh, en) in new[] { (OutreachChannel.Media, "公开媒体", "the media"), (OutreachChannel.Street, "街道", "the streets"), (OutreachChannel.Community, "社区", "the communities") })
        {
            db.OutreachItems.Add(Item(OutreachKind.NoticeAnnouncement, RecordBasis.Individual, channel, $"市级“绿色社区”公示({zh})", $"City-level candidates announced through {en}",
                $"The city EPB announced the candidate list through {en}, as the report says it does; the notice and its day are sample data.", organiser: "CITY-EPB", noticeId: notice.Id, campaignId: notice.CampaignId, issuedOn: notice.OpenedOn, sample: true));
        }

        CommunityPractice Practice(string community, PracticeKind kind, string zh, string en, string description, string evidence, int? count = null, bool sample = false) =>
            new(Community(community), DistrictOf(community), new PracticeDetails(kind, new DateOnly(2002, 1, 1), null, new LocalizedText(zh, en), description, evidence, count, Report), Recorder, at)
            {
                IsSample = sample,
            };

        const string Year = " The report dates it to 2002 only; 1 January stands for the year.";
        db.CommunityPractices.AddRange(
            Practice("YX-QIAOYUAN", PracticeKind.ResidentForum, "居民环保论坛", "Residents' environmental forum", "Forums organised with the district EPB's two staff in the community." + Year, "Named in the city's 2002 year-end report."),
            Practice("YX-QIAOYUAN", PracticeKind.WasteSorting, "垃圾分类", "Waste sorting with sorted bins", "Residents mobilised to sort waste; sorted-waste bins set out." + Year, "Named in the city's 2002 year-end report."),
            Practice("YX-QIAOYUAN", PracticeKind.NoiseMonitoringDisplay, "噪声监测屏", "Noise-monitoring display", "A noise-monitoring display put up in the community." + Year, "Named in the city's 2002 year-end report."),
            Practice("YX-DUFU", PracticeKind.WildlifeShopAgreement, "商铺不销售受保护野生动植物协议", "Shop agreements not to sell protected wildlife",
                "The residents' committee signed agreements with the shops in the community not to sell protected wild animals and plants, and hung a sign \"advocate green consumption, choose green goods\" by every shop door." + Year,
                "The signed agreements and the signs by the shop doors, named in the city's 2002 year-end report."),
            Practice("LW-GANGHAI", PracticeKind.GreenFamilyAward, "“绿色家庭”评比", "\"Green family\" awards", "Households that support and take part in green living are rewarded." + Year, "Named in the city's 2002 year-end report."),
            Practice("LW-JULONG", PracticeKind.GreenFamilyAward, "“绿色家庭”评比", "\"Green family\" awards", "Households that support and take part in green living are rewarded." + Year, "Named in the city's 2002 year-end report."));

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Events, outreach and practices for a synthetic city: in each district and year a few trainings, resident
    /// sessions, a forum and a World Environment Day event, a poster run and a press item; about one practice in two
    /// communities. All sample data.
    /// </summary>
    public static async Task AddSyntheticAsync(GreenCommunityDbContext db, IReadOnlyList<(int Id, int DistrictId)> communities, int firstYear, int lastYear, SampleRandom random, CancellationToken cancellationToken)
    {
        const string Synthetic = "Synthetic city generator (sample)";
        var kinds = Enum.GetValues<PracticeKind>();
        var byDistrict = communities.GroupBy(c => c.DistrictId).ToDictionary(g => g.Key, g => g.Select(c => c.Id).ToList());
        var pending = 0;
        foreach (var (districtId, ids) in byDistrict.OrderBy(d => d.Key))
        {
            for (var year = firstYear; year <= lastYear; year++)
            {
                var trainings = random.Next(1, 4);
                for (var n = 0; n < trainings; n++)
                {
                    var day = new DateOnly(year, random.Next(3, 12), random.Next(1, 28));
                    db.ProgrammeEvents.Add(new ProgrammeEvent(
                        new ProgrammeEventDetails(ProgrammeEventKind.ManagerTraining, RecordBasis.Individual, year, day, new LocalizedText("合成管理人员培训", "Synthetic manager training"), "Generated.", "SYN-EPB",
                            ids[random.Next(0, ids.Count)], [], EventAudience.Managers, 1, random.Next(20, 90), false, null, null, Synthetic),
                        districtId, Recorder, SampleTime.Beijing(day, 17))
                    { IsSample = true });
                    db.ProgrammeEvents.Add(new ProgrammeEvent(
                        new ProgrammeEventDetails(ProgrammeEventKind.ResidentSession, RecordBasis.Individual, year, day.AddDays(1), new LocalizedText("合成居民讲解", "Synthetic resident session"), "Generated.", "SYN-EPB",
                            ids[random.Next(0, ids.Count)], [], EventAudience.Residents, 1, random.Next(15, 70), false, null, null, Synthetic),
                        districtId, Recorder, SampleTime.Beijing(day.AddDays(1), 17))
                    { IsSample = true });
                }

                var environmentDay = new DateOnly(year, 6, 5);
                db.ProgrammeEvents.Add(new ProgrammeEvent(
                    new ProgrammeEventDetails(ProgrammeEventKind.EnvironmentDayEvent, RecordBasis.Individual, year, environmentDay, new LocalizedText("合成世界环境日活动", "Synthetic World Environment Day event"), "Generated.", "SYN-EPB",
                        null, [.. Enumerable.Range(0, Math.Min(3, ids.Count)).Select(_ => ids[random.Next(0, ids.Count)]).Distinct()], EventAudience.Public, 1, null, false, null, null, Synthetic),
                    districtId, Recorder, SampleTime.Beijing(environmentDay, 17))
                { IsSample = true });
                db.OutreachItems.Add(new OutreachItem(
                    new OutreachDetails(OutreachKind.Poster, RecordBasis.Individual, OutreachChannel.Community, year, new DateOnly(year, 3, 1), new LocalizedText("合成海报", "Synthetic posters"), "Generated.", null,
                        random.Next(1, 20) * 500, false, 1, "SYN-EPB", null, null, null, Synthetic),
                    districtId, Recorder, SampleTime.Beijing(year, 3, 1, 17))
                { IsSample = true });
                db.OutreachItems.Add(new OutreachItem(
                    new OutreachDetails(OutreachKind.PressCoverage, RecordBasis.Individual, OutreachChannel.Media, year, new DateOnly(year, 6, 6), new LocalizedText("合成报道", "Synthetic press report"), "Generated.", "Synthetic Daily",
                        null, false, null, "SYN-EPB", null, null, null, Synthetic),
                    districtId, Recorder, SampleTime.Beijing(year, 6, 6, 17))
                { IsSample = true });
                pending += (2 * trainings) + 3;
            }

            foreach (var id in ids.Where(_ => random.NextDouble() < 0.5))
            {
                var started = new DateOnly(random.Next(firstYear, lastYear + 1), random.Next(1, 13), 1);
                db.CommunityPractices.Add(new CommunityPractice(id, districtId,
                    new PracticeDetails(kinds[random.Next(0, kinds.Length)], started, null, new LocalizedText("合成实践", "Synthetic practice"), "Generated.", "Generated evidence (sample).", random.Next(1, 200), Synthetic),
                    Recorder, SampleTime.Beijing(started, 17))
                { IsSample = true });
                pending++;
            }

            if (pending >= 4000)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
