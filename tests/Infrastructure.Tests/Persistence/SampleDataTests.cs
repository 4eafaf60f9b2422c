using GreenCommunity.Domain.Criteria;
using GreenCommunity.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Tests.Persistence;

public sealed class SampleDataTests
{
    [Fact]
    public async Task SeedsOnceAndLeavesASeededDatabaseUnchanged()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using (var db = database.NewContext())
        {
            Assert.True(await SampleDataSeeder.SeedAsync(db, TimeProvider.System, CancellationToken.None));
        }

        var first = await CountsAsync(database);
        await using (var db = database.NewContext())
        {
            Assert.False(await SampleDataSeeder.SeedAsync(db, TimeProvider.System, CancellationToken.None));
        }

        Assert.Equal(first, await CountsAsync(database));
    }

    [Fact]
    public async Task ModelsTheReport()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using var db = database.NewContext();
        await SampleDataSeeder.SeedAsync(db, TimeProvider.System, CancellationToken.None);

        Assert.Equal(7, await db.Districts.CountAsync());
        Assert.Equal(2, await db.Districts.CountAsync(d => d.EffectiveTo != null));
        Assert.Equal(31, await db.Awards.CountAsync(a => a.Year == 2002 && a.Level == TitleLevel.City && a.PublishedAt != null));
        string[] named = ["Qiaoyuan", "Xiaodongyuan", "Huaying", "Dufu", "Ganghai", "Julong"];
        foreach (var name in named)
        {
            Assert.True(await db.Awards.AnyAsync(a => a.Year == 2002 && a.Level == TitleLevel.City && a.Community!.Name.En.Contains(name)), $"{name} holds a 2002 city-level title.");
        }

        Assert.Equal(3, await db.Campaigns.Select(c => c.Year).Distinct().CountAsync());
        Assert.Equal(0, await db.Awards.CountAsync(a => a.Year == 2003));
    }

    [Fact]
    public async Task EveryCityAwardeeHeldADistrictTitleFirst()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using var db = database.NewContext();
        await SampleDataSeeder.SeedAsync(db, TimeProvider.System, CancellationToken.None);

        var cityAwards = await db.Awards.Where(a => a.Level == TitleLevel.City).ToListAsync();
        var districtAwards = await db.Awards.Where(a => a.Level == TitleLevel.District).ToListAsync();
        Assert.All(cityAwards, city => Assert.Contains(districtAwards, d => d.CommunityId == city.CommunityId && d.AwardedOn < city.AwardedOn && d.IsValidOn(city.AwardedOn)));
    }

    [Fact]
    public async Task FlagsInventedRecordsAsSampleData()
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using var db = database.NewContext();
        await SampleDataSeeder.SeedAsync(db, TimeProvider.System, CancellationToken.None);

        Assert.True(await db.Communities.AllAsync(c => c.IsSample));
        Assert.True(await db.Awards.AllAsync(a => a.IsSample));
        Assert.True(await db.CriteriaSchemes.AllAsync(s => s.IsSample));
        Assert.False(await db.Districts.AnyAsync(d => d.IsSample));
        Assert.True(await db.FundingRecords.AnyAsync(f => !f.IsSample && f.AmountYuan == 1_000_000m));
    }

    private static async Task<(int, int, int, int, int, int)> CountsAsync(SqliteDatabase database)
    {
        await using var db = database.NewContext();
        return (await db.Districts.CountAsync(), await db.Communities.CountAsync(), await db.Awards.CountAsync(),
            await db.Applications.CountAsync(), await db.Observations.CountAsync(), await db.FundingRecords.CountAsync());
    }
}
