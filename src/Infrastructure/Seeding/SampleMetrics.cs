using GreenCommunity.Domain.Metrics;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>
/// Programme metrics. Figures the report gives are stored as facts (IsSample false); where the report leaves
/// a detail out (which district, how much each district added) the record is marked as sample. The report is
/// the year-end summary of 2002 (it cites the city's 2002 task book), so its "this year" and "all year" are 2002.
/// </summary>
internal static class SampleMetrics
{
    private const string Yuexiu = "440104";

    /// <summary>
    /// District top-ups, invented. The report says the Yuexiu, Haizhu, Liwan, Tianhe and Huangpu EPBs each put in
    /// from several hundred thousand to several million yuan (数十万元到数百万元); the split and categories are ours.
    /// </summary>
    private static readonly (string DistrictCode, string Source, SupportCategory Category, decimal AmountYuan, string Purpose)[] DistrictTopUps =
    [
        ("440104", "Yuexiu District EPB", SupportCategory.KeySupport, 1_800_000m, "Sorted-waste bins, notice boards and noise displays for poorly equipped old-town communities"),
        ("440104", "Yuexiu District EPB", SupportCategory.PartialSupport, 400_000m, "Part of the greening and facade works of well-equipped non-commercial communities"),
        ("440105", "Haizhu District EPB", SupportCategory.KeySupport, 900_000m, "Facilities and programmes for old streets and farmers' new villages"),
        ("440103", "Liwan District EPB", SupportCategory.KeySupport, 1_200_000m, "Facilities and programmes for historic communities"),
        ("440106", "Tianhe District EPB", SupportCategory.PartialSupport, 600_000m, "Part of the facilities of non-commercial communities"),
        ("440106", "Tianhe District EPB", SupportCategory.SoftSupportOnly, 0m, "Education and publicity only for commercial estates with full facilities and property management: no money"),
        ("440112", "Huangpu District EPB", SupportCategory.KeySupport, 300_000m, "Facilities and programmes for the district's task communities"),
    ];

    /// <summary>Stores funding, training and publicity records.</summary>
    public static async Task SeedAsync(GreenCommunityDbContext db, SampleGeographyResult geography, CancellationToken cancellationToken)
    {
        var districts = geography.DistrictsByCode;

        db.FundingRecords.AddRange(
            new FundingRecord(2001, "City EPB", null, SupportCategory.Programme, 1_000_000m, "Pilots in five districts: Dongshan, Yuexiu, Liwan, Haizhu, Tianhe"),
            new FundingRecord(2002, "City EPB", null, SupportCategory.Programme, 2_900_000m, "Community environmental culture"));
        db.FundingRecords.AddRange(DistrictTopUps.Select(t =>
            new FundingRecord(2002, t.Source, districts[t.DistrictCode].Id, t.Category, t.AmountYuan, t.Purpose) { IsSample = true }));

        db.TrainingRecords.AddRange(
            // The report gives no attendance for the first meeting; 0 with "at least" means "not reported", not "nobody".
            new TrainingRecord(2002, TrainingKind.ExchangeMeeting, 1, 0, true, new DateOnly(2002, 4, 23),
                "First city exchange meeting, at Qiaoyuan Community: the district EPBs' leaders in charge visited Qiaoyuan's creation work and reported their districts' progress. The report gives no attendance figure."),
            new TrainingRecord(2002, TrainingKind.ExchangeMeeting, 1, 90, true, new DateOnly(2002, 9, 24),
                "Second city exchange meeting: the district EPBs' leaders in charge and 90+ managers from 40+ communities; visits to Xiaodongyuan and Huaying Garden. The city EPB reviewed progress and asked for \"two understandings\" and \"four in places\"."),
            new TrainingRecord(2002, TrainingKind.ManagerTraining, 9, 500, true, null,
                "Green Community training for community managers: 9 batches, 500+ person-times in the year."),
            new TrainingRecord(2002, TrainingKind.ResidentSession, 23, 900, true, null,
                "Green Community talks for residents: 23 batches, 900+ person-times in the year."));

        db.PublicityActivities.AddRange(
            new PublicityActivity(2002, PublicityKind.Posters, 40_000, false, null,
                "The city EPB printed two runs of large community environmental posters, 40,000 in all, for communities and grassroots units."),
            // The report names the district as "XX区"; Yuexiu is our guess, so these two records are sample data.
            new PublicityActivity(2002, PublicityKind.Booklets, 10_000, true, districts[Yuexiu].Id,
                "A district EPB handed out 10,000+ copies of a Green Community special issue. The report does not name the district.")
            {
                IsSample = true,
            },
            new PublicityActivity(2002, PublicityKind.LettersToHouseholds, 0, true, districts[Yuexiu].Id,
                "The same district EPB sent a letter to every household through the residents' committees, asking residents to support the creation from daily life. The report gives no count (0 here means not reported).")
            {
                IsSample = true,
            },
            new PublicityActivity(2002, PublicityKind.EnvironmentDayEvents, 6, true, null,
                "World Environment Day, 5 June 2002: the city and the Dongshan, Yuexiu, Liwan, Haizhu, Tianhe and Huangpu districts (\"and others\") held Green Community events."),
            new PublicityActivity(2002, PublicityKind.MediaCoverage, 10, true, null,
                "Coverage by Guangzhou Daily, Yangcheng Evening News, Nanfang Daily, Southern Metropolis Daily, New Express, the provincial and city TV stations, radio, the China Environment News (the criteria, serialised from March) and the Pearl River Environment News."));

        await db.SaveChangesAsync(cancellationToken);
    }
}
