using GreenCommunity.Domain.Activities;
using GreenCommunity.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Tests.Persistence;

public sealed class SampleActivitiesTests
{
    [Fact]
    public async Task TheSampleKeepsTheReportsFiguresAsPublishedFacts()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using var db = database.NewContext();
        Assert.True(await SampleDataSeeder.SeedAsync(db, TimeProvider.System, CancellationToken.None));

        // Everything the sample holds is in edition 1, the sample's only edition.
        Assert.Equal(1, await db.Editions.CountAsync());
        Assert.True(await db.ProgrammeEvents.AllAsync(e => e.PublishedInEdition == 1 && e.PublishedAt != null));
        Assert.True(await db.OutreachItems.AllAsync(o => o.PublishedInEdition == 1));
        Assert.True(await db.CommunityPractices.AllAsync(p => p.PublishedInEdition == 1));

        var managers = await db.ProgrammeEvents.SingleAsync(e => e.Kind == ProgrammeEventKind.ManagerTraining);
        Assert.Equal((RecordBasis.ReportedTotal, 9, 500, true, false), (managers.Basis, managers.Sessions, managers.Attendance!.Value, managers.AttendanceIsMinimum, managers.IsSample));
        Assert.Equal(40_000, await db.OutreachItems.Where(o => o.Kind == OutreachKind.Poster && o.Basis == RecordBasis.ReportedTotal && !o.IsSample).SumAsync(o => o.Quantity));
        Assert.Equal(40_000, await db.OutreachItems.Where(o => o.Kind == OutreachKind.Poster && o.Basis == RecordBasis.Individual && o.IsSample).SumAsync(o => o.Quantity));
    }

    [Fact]
    public async Task TheSyntheticCityFillsThemAtScaleAndLeavesTheLastYearAsDrafts()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using var db = database.NewContext();
        Assert.True(await SyntheticCity.GenerateAsync(db, new SyntheticCityOptions(2, 7), TimeProvider.System, CancellationToken.None));

        var latest = await db.Editions.MaxAsync(e => e.Number);
        var years = SyntheticCity.LastYear - SyntheticCity.FirstYear + 1;
        Assert.True(await db.ProgrammeEvents.CountAsync(e => e.IsSample && e.Kind == ProgrammeEventKind.EnvironmentDayEvent) >= 5 * years);
        Assert.True(await db.CommunityPractices.CountAsync(p => p.IsSample) > 0);
        Assert.True(await db.ProgrammeEvents.Where(e => e.Year < SyntheticCity.LastYear && e.IsSample).AllAsync(e => e.PublishedInEdition != null && e.PublishedInEdition <= latest));
        Assert.True(await db.ProgrammeEvents.Where(e => e.Year == SyntheticCity.LastYear).AllAsync(e => e.PublishedInEdition == null));
        Assert.True(await db.OutreachItems.Where(o => o.Year == SyntheticCity.LastYear).AllAsync(o => o.PublishedInEdition == null));
    }
}
