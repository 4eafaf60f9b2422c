using System.Globalization;
using GreenCommunity.Domain.Common;
using GreenCommunity.Domain.Geography;
using GreenCommunity.Domain.Indicators;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>
/// Indicator definitions and yearly observations, all invented (the report names the practices — waste
/// sorting, noise displays, volunteers, green families, questionnaires — but gives no figures). Values of
/// 2001 and 2002 are published; 2003 values are not yet. One 2002 value is corrected and superseded.
/// </summary>
internal static class SampleIndicators
{
    private const string WasteSorting = "waste-sorting-participation";
    private const string GreenCoverage = "green-coverage";
    private const string Volunteers = "environmental-volunteers";
    private const string NoiseDisplay = "noise-display-installed";
    private const string Satisfaction = "resident-satisfaction";
    private const string GreenFamilies = "green-families";

    private static readonly int[] Years = [2001, 2002, 2003];

    private static readonly (string Code, string Zh, string En, string Unit, string Description, string Methodology, string Source)[] Definitions =
    [
        (WasteSorting, "垃圾分类参与率", "Waste-sorting participation", "percent",
            "Share of occupied households taking part in sorting household waste into the community's sorted bins.",
            "Households seen using the sorted bins during a one-week count at every bin point, divided by occupied households, in percent. Checked on site by the evaluation panel in evaluation years.",
            "Residents' committees; city evaluation panels (sample)"),
        (GreenCoverage, "绿化覆盖率", "Green coverage", "percent",
            "Share of the community's land area under vegetation canopy.",
            "Canopy area measured on the district greening office's plans and checked on site, divided by the community's land area, in percent.",
            "District greening offices (sample)"),
        (Volunteers, "环保志愿者人数", "Environmental volunteers", "count",
            "Residents who took part in at least one environmental volunteer activity in the year.",
            "Distinct names on the volunteer rosters of the year's activities.",
            "Residents' committees (sample)"),
        (NoiseDisplay, "噪声监测显示屏", "Noise-monitoring display installed", "flag",
            "Whether the community has a working public noise-monitoring display at year end: 1 for yes, 0 for no.",
            "Checked on site at year end; a display out of order for more than a month counts as 0.",
            "District EPBs (sample)"),
        (Satisfaction, "居民环境满意度", "Resident satisfaction with the environment", "percent",
            "Share of questionnaire respondents satisfied with the community's environment.",
            "Resident questionnaire: in a city evaluation year the panel's survey during the on-site visit, otherwise the community's own survey of at least 30 households. Satisfied respondents divided by respondents, in percent.",
            "City evaluation panels; residents' committees (sample)"),
        (GreenFamilies, "绿色家庭数", "Green families", "count",
            "Households awarded the title of green family in the community's yearly scheme.",
            "Count of families on the year's published award list.",
            "Residents' committees (sample)"),
    ];

    /// <summary>The example of the domain brief: Qiaoyuan's waste-sorting participation was 62% in 2002.</summary>
    private static readonly (string Community, string Indicator, decimal[] Values)[] FixedSeries =
    [
        ("YX-QIAOYUAN", WasteSorting, [48.0m, 62.0m, 70.5m]),
    ];

    /// <summary>The corrected value: Dufu's 2002 green coverage, first entered ten points too high.</summary>
    private const string CorrectedCommunity = "YX-DUFU";

    private static readonly DateTime Published2001 = SampleTime.Beijing(2002, 12, 31, 10);
    private static readonly DateTime Published2002 = SampleTime.Beijing(2003, 1, 15, 10);
    private static readonly DateTime CorrectedAt = SampleTime.Beijing(2003, 2, 10, 11);

    /// <summary>Stores the definitions and observations.</summary>
    /// <param name="db">The database.</param>
    /// <param name="geography">The sample communities.</param>
    /// <param name="satisfaction2002">Questionnaire satisfaction (percent) of the communities evaluated by a 2002 city panel.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task SeedAsync(
        GreenCommunityDbContext db,
        SampleGeographyResult geography,
        IReadOnlyDictionary<int, decimal> satisfaction2002,
        CancellationToken cancellationToken)
    {
        var definitions = Definitions.ToDictionary(
            d => d.Code,
            d => new IndicatorDefinition(d.Code, new LocalizedText(d.Zh, d.En), d.Unit, d.Description, d.Methodology, d.Source) { IsSample = true });
        db.IndicatorDefinitions.AddRange(definitions.Values);
        await db.SaveChangesAsync(cancellationToken);

        var random = new SampleRandom(2004);
        Observation? toCorrect = null;
        var observations = new List<Observation>();
        foreach (var community in geography.Communities)
        {
            // Title holders report from 2001; communities only now applying report from 2003.
            var years = community.Row.Title == DistrictTitle.None ? Years[2..] : Years;
            var panelVerified = satisfaction2002.ContainsKey(community.Entity.Id);
            foreach (var definition in Definitions)
            {
                var series = Series(definition.Code, community, random);
                if (definition.Code == Satisfaction && satisfaction2002.TryGetValue(community.Entity.Id, out var surveyed))
                {
                    series[1] = surveyed;
                    series[2] = Math.Min(99m, surveyed + random.NextDecimal(0.5m, 4.0m, 1));
                }

                foreach (var year in years)
                {
                    var (provenance, document) = SourceOf(definition.Code, year, panelVerified);
                    var value = series[year - 2001];
                    var wrong = year == 2002 && definition.Code == GreenCoverage && community.Row.Code == CorrectedCommunity;
                    var observation = new Observation(
                        definitions[definition.Code].Id,
                        community.Entity.Id,
                        year,
                        wrong ? value + 10m : value,
                        provenance,
                        document,
                        RecordedAt(year))
                    {
                        IsSample = true,
                    };
                    Publish(observation, year);
                    observations.Add(observation);
                    if (wrong)
                    {
                        toCorrect = observation;
                    }
                }
            }
        }

        db.Observations.AddRange(observations);
        await db.SaveChangesAsync(cancellationToken);

        if (toCorrect is not null)
        {
            var corrected = new Observation(
                toCorrect.IndicatorId,
                toCorrect.CommunityId,
                toCorrect.Year,
                toCorrect.Value - 10m,
                Provenance.OfficialRecord,
                string.Create(CultureInfo.InvariantCulture, $"Yuexiu District greening office correction of 10 February 2003: {toCorrect.Value:0.0} was a typing error for {toCorrect.Value - 10m:0.0} (sample)"),
                CorrectedAt)
            {
                IsSample = true,
            };
            corrected.Publish(CorrectedAt);
            db.Observations.Add(corrected);
            await db.SaveChangesAsync(cancellationToken);
            toCorrect.SupersedeWith(corrected);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Values for 2001, 2002 and 2003, rising on average.</summary>
    private static decimal[] Series(string code, SeededCommunity community, SampleRandom random)
    {
        foreach (var (fixedCommunity, indicator, values) in FixedSeries)
        {
            if (fixedCommunity == community.Row.Code && indicator == code)
            {
                return [.. values];
            }
        }

        var row = community.Row;
        switch (code)
        {
            case WasteSorting:
                return Rising(random, random.NextDecimal(15m, 45m, 1), 6m, 18m, 97m, 1);
            case GreenCoverage:
                var (low, high) = row.Kind switch
                {
                    CommunityKind.Historic => (12m, 24m),
                    CommunityKind.NewEstate => (30m, 40m),
                    CommunityKind.FarmersNewVillage => (15m, 26m),
                    _ => (18m, 30m),
                };
                return Rising(random, random.NextDecimal(low, high, 1), 0.5m, 3.0m, 45m, 1);
            case Volunteers:
                var first = Math.Round(row.Households * random.NextDecimal(0.004m, 0.012m, 4), 0, MidpointRounding.AwayFromZero);
                return Rising(random, first, first * 0.15m, first * 0.6m, decimal.MaxValue, 0);
            case NoiseDisplay:
                // City awardees have a display by 2002 (sign four); others install one later or not yet.
                var installed = row.City2002 == City2002Outcome.Awarded
                    ? random.Next(2001, 2003)
                    : random.Next(2002, 2006);
                return [.. Years.Select(y => y >= installed ? 1m : 0m)];
            case Satisfaction:
                return Rising(random, random.NextDecimal(68m, 84m, 1), 1m, 6m, 98m, 1);
            default:
                return Rising(random, random.Next(0, 16), 5m, 20m, decimal.MaxValue, 0);
        }
    }

    private static decimal[] Rising(SampleRandom random, decimal first, decimal minimumStep, decimal maximumStep, decimal cap, int decimals)
    {
        var values = new decimal[Years.Length];
        values[0] = Math.Min(cap, first);
        for (var i = 1; i < values.Length; i++)
        {
            values[i] = Math.Min(cap, Math.Round(values[i - 1] + random.NextDecimal(minimumStep, maximumStep, 2), decimals, MidpointRounding.AwayFromZero));
        }

        return values;
    }

    private static (Provenance Provenance, string Document) SourceOf(string code, int year, bool panelVerified)
    {
        var evaluated = year == 2002 && panelVerified;
        return code switch
        {
            WasteSorting or NoiseDisplay when evaluated => (Provenance.PanelVerified, "2002 city-level on-site evaluation record (sample)"),
            Satisfaction when evaluated => (Provenance.Survey, "Questionnaire of the 2002 city-level on-site evaluation (sample)"),
            Satisfaction => (Provenance.Survey, Invariant($"Community resident survey {year} (sample)")),
            GreenCoverage => (Provenance.OfficialRecord, Invariant($"District greening office survey {year} (sample)")),
            NoiseDisplay => (Provenance.OfficialRecord, Invariant($"District EPB year-end check {year} (sample)")),
            _ => (Provenance.SelfReported, Invariant($"Community year-end self-report {year} (sample)")),
        };
    }

    private static DateTime RecordedAt(int year) => year switch
    {
        2001 => SampleTime.Beijing(2001, 12, 20, 10),
        2002 => SampleTime.Beijing(2002, 12, 27, 10),
        _ => SampleTime.Beijing(2003, 10, 20, 10),
    };

    /// <summary>2001 and 2002 values are published; 2003 values are still being checked.</summary>
    private static void Publish(Observation observation, int year)
    {
        if (year == 2001)
        {
            observation.Publish(Published2001);
        }
        else if (year == 2002)
        {
            observation.Publish(Published2002);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
