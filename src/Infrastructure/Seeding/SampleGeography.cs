using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Infrastructure.Persistence;
using Co = GreenCommunity.Domain.Geography.CoBuiltWith;
using Kind = GreenCommunity.Domain.Geography.CommunityKind;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>
/// Districts, streets and communities. Districts are real (GB/T 2260 codes, the 2005 mergers); street names
/// are real Guangzhou subdistricts but their codes are ours; every community attribute is invented.
/// </summary>
internal static class SampleGeography
{
    /// <summary>
    /// A simplification: every district is given the same first day. The real districts were set up at
    /// different dates; only the 2005 mergers matter to the programme's history.
    /// </summary>
    private static readonly DateOnly EffectiveFrom = new(1960, 1, 1);

    /// <summary>Dongshan merged into Yuexiu and Fangcun into Liwan on this day.</summary>
    private static readonly DateOnly MergedOn = new(2005, 4, 28);

    private static readonly (string Code, string Slug, string Zh, string En)[] DistrictRows =
    [
        ("440102", "dongshan", "东山区", "Dongshan District"),
        ("440103", "liwan", "荔湾区", "Liwan District"),
        ("440104", "yuexiu", "越秀区", "Yuexiu District"),
        ("440105", "haizhu", "海珠区", "Haizhu District"),
        ("440106", "tianhe", "天河区", "Tianhe District"),
        ("440107", "fangcun", "芳村区", "Fangcun District"),
        ("440112", "huangpu", "黄埔区", "Huangpu District"),
    ];

    /// <summary>Merged district code → successor code.</summary>
    private static readonly (string Merged, string Successor)[] Mergers = [("440102", "440104"), ("440107", "440103")];

    /// <summary>Streets under the district they belonged to in 2001–2003; the code carries that district's code.</summary>
    private static readonly (string Code, string DistrictCode, string Zh, string En)[] StreetRows =
    [
        ("440102-001", "440102", "农林街", "Nonglin Subdistrict"),
        ("440102-002", "440102", "华乐街", "Huale Subdistrict"),
        ("440102-003", "440102", "大东街", "Dadong Subdistrict"),
        ("440102-004", "440102", "梅花村街", "Meihuacun Subdistrict"),
        ("440103-001", "440103", "多宝街", "Duobao Subdistrict"),
        ("440103-002", "440103", "逢源街", "Fengyuan Subdistrict"),
        ("440103-003", "440103", "沙面街", "Shamian Subdistrict"),
        ("440104-001", "440104", "北京街", "Beijing Subdistrict"),
        ("440104-002", "440104", "六榕街", "Liurong Subdistrict"),
        ("440104-003", "440104", "洪桥街", "Hongqiao Subdistrict"),
        ("440105-001", "440105", "滨江街", "Binjiang Subdistrict"),
        ("440105-002", "440105", "南华西街", "Nanhuaxi Subdistrict"),
        ("440105-003", "440105", "江南中街", "Jiangnanzhong Subdistrict"),
        ("440105-004", "440105", "昌岗街", "Changgang Subdistrict"),
        ("440106-001", "440106", "天河南街", "Tianhenan Subdistrict"),
        ("440106-002", "440106", "石牌街", "Shipai Subdistrict"),
        ("440106-003", "440106", "五山街", "Wushan Subdistrict"),
        ("440106-004", "440106", "林和街", "Linhe Subdistrict"),
        ("440107-001", "440107", "冲口街", "Chongkou Subdistrict"),
        ("440107-002", "440107", "花地街", "Huadi Subdistrict"),
        ("440107-003", "440107", "白鹤洞街", "Baihedong Subdistrict"),
        ("440112-001", "440112", "黄埔街", "Huangpu Subdistrict"),
        ("440112-002", "440112", "大沙街", "Dasha Subdistrict"),
        ("440112-003", "440112", "长洲街", "Changzhou Subdistrict"),
    ];

    /// <summary>
    /// The communities. The six named in the report (侨苑, 小东园, 华颖花园, 都府, 港海, 聚龙) keep the report's
    /// names; the report writes every district as "XX区", so their placement is ours: Qiaoyuan and Xiaodongyuan
    /// in Dongshan and Huaying Garden in Tianhe (the 24 September visit went to two different districts),
    /// Dufu in Yuexiu, Ganghai and Julong together in Liwan (the report names them in one breath as one
    /// district's). All other communities are invented; all attributes (kind, households, occupancy,
    /// location...) are invented. Codes carry the current district: Dongshan communities are YX-, Fangcun LW-.
    /// </summary>
    private static readonly CommunityRow[] CommunityRows =
    [
        // Dongshan (now Yuexiu)
        new("YX-QIAOYUAN", "440102-002", "侨苑社区", "Qiaoyuan Community", Kind.Historic, false, Co.None, false, 1850, 0.96m, 23.1318, 113.2921, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("YX-XIAODONGYUAN", "440102-003", "小东园社区", "Xiaodongyuan Community", Kind.Historic, false, Co.None, false, 2300, 0.95m, 23.1262, 113.2905, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("YX-MEIHUA", "440102-004", "梅花社区", "Meihua Community", Kind.UrbanCentre, false, Co.Army, false, 2600, 0.93m, 23.1335, 113.3012, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("YX-NONGLINXIA", "440102-001", "农林下社区", "Nonglinxia Community", Kind.UrbanCentre, false, Co.None, false, 3100, 0.97m, 23.1271, 113.2988, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("YX-DONGHUAXINCUN", "440102-003", "东华新村社区", "Donghua Xincun Community", Kind.NewEstate, true, Co.None, true, 1400, 0.91m, 23.1240, 113.2940, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("YX-JIANGLING", "440102-001", "江岭社区", "Jiangling Community", Kind.UrbanCentre, false, Co.Police, false, 2750, 0.94m, 23.1290, 113.3050, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("YX-YANGJI", "440102-004", "杨箕社区", "Yangji Community", Kind.FarmersNewVillage, false, Co.None, false, 4200, 0.88m, 23.1301, 113.3110, DistrictTitle.Year2002, City2002Outcome.None, Application2003.None),
        new("YX-HUALEYUAN", "440102-002", "华乐园社区", "Hualeyuan Community", Kind.NewEstate, true, Co.None, true, 1600, 0.83m, 23.1350, 113.2870, DistrictTitle.Year2001, City2002Outcome.None, Application2003.CityDraft),
        new("YX-SHUQIAN", "440102-004", "署前社区", "Shuqian Community", Kind.Historic, false, Co.None, false, 1700, 0.95m, 23.1280, 113.2960, DistrictTitle.Year2001, City2002Outcome.None, Application2003.None),

        // Yuexiu
        new("YX-DUFU", "440104-001", "都府社区", "Dufu Community", Kind.Historic, false, Co.None, false, 2100, 0.97m, 23.1275, 113.2710, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("YX-DAFOSI", "440104-001", "大佛寺社区", "Dafosi Community", Kind.Historic, false, Co.None, false, 1900, 0.96m, 23.1252, 113.2690, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("YX-LIURONG", "440104-002", "六榕社区", "Liurong Community", Kind.Historic, false, Co.Police, false, 2450, 0.95m, 23.1330, 113.2610, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("YX-GUANGXIAO", "440104-002", "光孝社区", "Guangxiao Community", Kind.Historic, false, Co.None, false, 1750, 0.92m, 23.1345, 113.2595, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("YX-HONGQIAO", "440104-003", "洪桥社区", "Hongqiao Community", Kind.UrbanCentre, false, Co.None, false, 3300, 0.95m, 23.1405, 113.2680, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("YX-YUEHUA", "440104-003", "越华社区", "Yuehua Community", Kind.UrbanCentre, true, Co.None, true, 1200, 0.90m, 23.1380, 113.2735, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("YX-XIHU", "440104-001", "西湖社区", "Xihu Community", Kind.Historic, false, Co.None, false, 2000, 0.94m, 23.1270, 113.2660, DistrictTitle.Year2002, City2002Outcome.None, Application2003.CitySubmitted),

        // Liwan
        new("LW-JULONG", "440103-001", "聚龙社区", "Julong Community", Kind.Historic, false, Co.None, false, 1650, 0.93m, 23.1195, 113.2430, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("LW-GANGHAI", "440103-003", "港海社区", "Ganghai Community", Kind.UrbanCentre, false, Co.None, false, 2200, 0.92m, 23.1105, 113.2455, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("LW-FENGYUAN", "440103-002", "逢源社区", "Fengyuan Community", Kind.Historic, false, Co.None, false, 2900, 0.96m, 23.1250, 113.2440, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("LW-DUOBAO", "440103-001", "多宝社区", "Duobao Community", Kind.Historic, false, Co.None, false, 2400, 0.95m, 23.1210, 113.2395, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("LW-SHAMIAN", "440103-003", "沙面社区", "Shamian Community", Kind.Historic, false, Co.Police, false, 950, 0.85m, 23.1080, 113.2420, DistrictTitle.Year2002, City2002Outcome.None, Application2003.CityUnderEvaluation),
        new("LW-LONGJIN", "440103-002", "龙津社区", "Longjin Community", Kind.UrbanCentre, false, Co.None, false, 3600, 0.94m, 23.1290, 113.2480, DistrictTitle.None, City2002Outcome.None, Application2003.DistrictSubmitted),

        // Fangcun (now Liwan)
        new("LW-HUADI", "440107-002", "花地社区", "Huadi Community", Kind.NewEstate, true, Co.None, true, 3800, 0.89m, 23.0950, 113.2380, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("LW-CHONGKOU", "440107-001", "冲口社区", "Chongkou Community", Kind.FarmersNewVillage, false, Co.None, false, 5200, 0.86m, 23.0910, 113.2330, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("LW-HEDONG", "440107-003", "鹤东社区", "Hedong Community", Kind.NewEstate, true, Co.Army, false, 1800, 0.91m, 23.0840, 113.2290, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("LW-DACHONGKOU", "440107-001", "大冲口社区", "Dachongkou Community", Kind.FarmersNewVillage, false, Co.None, false, 4700, 0.82m, 23.0885, 113.2360, DistrictTitle.Year2002, City2002Outcome.None, Application2003.None),
        new("LW-LIJINGWAN", "440107-002", "丽景湾社区", "Lijingwan Community", Kind.NewEstate, true, Co.None, true, 2600, 0.57m, 23.0990, 113.2410, DistrictTitle.Year2002, City2002Outcome.None, Application2003.CityFailsOccupancy),
        new("LW-BAIHEDONG", "440107-003", "白鹤洞社区", "Baihedong Community", Kind.FarmersNewVillage, false, Co.None, false, 3300, 0.81m, 23.0830, 113.2350, DistrictTitle.None, City2002Outcome.None, Application2003.DistrictSubmitted),

        // Haizhu
        new("HZ-BINJIANGDONG", "440105-001", "滨江东社区", "Binjiangdong Community", Kind.NewEstate, true, Co.None, true, 3400, 0.92m, 23.1120, 113.3010, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("HZ-NANHUAXI", "440105-002", "南华西社区", "Nanhuaxi Community", Kind.Historic, false, Co.None, false, 2700, 0.96m, 23.1110, 113.2580, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("HZ-HONGDE", "440105-002", "洪德社区", "Hongde Community", Kind.Historic, false, Co.Police, false, 2350, 0.95m, 23.1090, 113.2620, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("HZ-JIANGNANXINCUN", "440105-003", "江南新村社区", "Jiangnan Xincun Community", Kind.UrbanCentre, false, Co.None, false, 4100, 0.97m, 23.1000, 113.2720, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("HZ-CHANGGANG", "440105-004", "昌岗社区", "Changgang Community", Kind.UrbanCentre, false, Co.Army, false, 3000, 0.94m, 23.0960, 113.2750, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("HZ-XIAOGANG", "440105-004", "晓港社区", "Xiaogang Community", Kind.NewEstate, true, Co.None, true, 1500, 0.90m, 23.0930, 113.2810, DistrictTitle.Year2001, City2002Outcome.NotCandidate, Application2003.None),
        new("HZ-BAOGANG", "440105-003", "宝岗社区", "Baogang Community", Kind.UrbanCentre, false, Co.None, false, 2800, 0.93m, 23.0990, 113.2690, DistrictTitle.Year2001Revoked, City2002Outcome.None, Application2003.None),
        new("HZ-HAICHUANG", "440105-002", "海幢社区", "Haichuang Community", Kind.Historic, false, Co.None, false, 2500, 0.94m, 23.1130, 113.2650, DistrictTitle.Year2001, City2002Outcome.None, Application2003.None),
        new("HZ-RUIBAO", "440105-004", "瑞宝社区", "Ruibao Community", Kind.FarmersNewVillage, false, Co.None, false, 5600, 0.78m, 23.0860, 113.2920, DistrictTitle.None, City2002Outcome.None, Application2003.DistrictUnderReview),

        // Tianhe
        new("TH-HUAYING", "440106-001", "华颖花园", "Huaying Garden", Kind.NewEstate, true, Co.None, true, 1300, 0.94m, 23.1370, 113.3260, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("TH-TIYUDONG", "440106-001", "体育东社区", "Tiyudong Community", Kind.UrbanCentre, false, Co.None, false, 3500, 0.96m, 23.1360, 113.3280, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("TH-SHIPAIDONG", "440106-002", "石牌东社区", "Shipaidong Community", Kind.FarmersNewVillage, false, Co.None, false, 5900, 0.87m, 23.1340, 113.3400, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("TH-WUSHAN", "440106-003", "五山社区", "Wushan Community", Kind.UrbanCentre, false, Co.None, false, 2600, 0.95m, 23.1560, 113.3470, DistrictTitle.Year2001, City2002Outcome.Awarded, Application2003.None),
        new("TH-LINHE", "440106-004", "林和社区", "Linhe Community", Kind.NewEstate, true, Co.Police, false, 2200, 0.93m, 23.1470, 113.3250, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("TH-HUIJINGXINCHENG", "440106-002", "汇景新城社区", "Huijing Xincheng Community", Kind.NewEstate, true, Co.None, true, 4800, 0.71m, 23.1250, 113.3650, DistrictTitle.Year2002, City2002Outcome.RejectedAfterObjection, Application2003.None),
        new("TH-LIUYUN", "440106-001", "六运社区", "Liuyun Community", Kind.UrbanCentre, false, Co.None, false, 1900, 0.95m, 23.1340, 113.3300, DistrictTitle.Year2002, City2002Outcome.None, Application2003.None),
        new("TH-HUASHI", "440106-002", "华师社区", "Huashi Community", Kind.UrbanCentre, false, Co.None, false, 3200, 0.96m, 23.1420, 113.3470, DistrictTitle.None, City2002Outcome.None, Application2003.DistrictDraft),

        // Huangpu
        new("HP-DASHA", "440112-002", "大沙社区", "Dasha Community", Kind.UrbanCentre, false, Co.None, false, 3000, 0.92m, 23.1070, 113.4420, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("HP-JUNXIAO", "440112-003", "军校社区", "Junxiao Community", Kind.Historic, false, Co.Army, false, 1100, 0.90m, 23.0880, 113.4150, DistrictTitle.Year2002, City2002Outcome.Awarded, Application2003.None),
        new("HP-XIAYUAN", "440112-001", "夏园社区", "Xiayuan Community", Kind.FarmersNewVillage, false, Co.None, false, 3900, 0.84m, 23.1000, 113.4380, DistrictTitle.Year2002, City2002Outcome.None, Application2003.None),
    ];

    /// <summary>Stores districts, streets (moved to their current district after the mergers) and communities.</summary>
    public static async Task<SampleGeographyResult> SeedAsync(GreenCommunityDbContext db, CancellationToken cancellationToken)
    {
        var districts = DistrictRows.ToDictionary(r => r.Code, r => new District(r.Code, new LocalizedText(r.Zh, r.En), EffectiveFrom));
        var slugs = DistrictRows.ToDictionary(r => r.Code, r => r.Slug);
        db.Districts.AddRange(districts.Values);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (merged, successor) in Mergers)
        {
            districts[merged].MergeInto(districts[successor], MergedOn);
        }

        // Streets are created in the district they belonged to, then moved: Street.DistrictId is the current district.
        var streets = StreetRows.ToDictionary(
            r => r.Code,
            r => new Street(r.Code, new LocalizedText(r.Zh, r.En), districts[r.DistrictCode]) { IsSample = true });
        db.Streets.AddRange(streets.Values);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (merged, successor) in Mergers)
        {
            foreach (var row in StreetRows.Where(r => r.DistrictCode == merged))
            {
                streets[row.Code].MoveTo(districts[successor]);
            }
        }

        var communities = new List<SeededCommunity>();
        foreach (var row in CommunityRows)
        {
            var attributes = new CommunityAttributes(
                row.Kind,
                row.Gated,
                row.CoBuiltWith,
                row.CommercialEstate,
                row.Households,
                new Percentage(row.OccupancyRate),
                new GeoPoint(row.Latitude, row.Longitude));
            var community = new Community(row.Code, new LocalizedText(row.Zh, row.En), streets[row.StreetCode], attributes) { IsSample = true };
            var districtCode = StreetRows.Single(s => s.Code == row.StreetCode).DistrictCode;
            communities.Add(new SeededCommunity(row, community, districts[districtCode], slugs[districtCode]));
        }

        db.Communities.AddRange(communities.Select(c => c.Entity));
        await db.SaveChangesAsync(cancellationToken);
        return new SampleGeographyResult(districts, communities);
    }
}
