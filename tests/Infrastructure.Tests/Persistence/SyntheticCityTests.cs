using GreenCommunity.Infrastructure.Queries;
using GreenCommunity.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Infrastructure.Tests.Persistence;

public sealed class SyntheticCityTests
{
    [Fact]
    public async Task GeneratesTheSameCityForTheSameSeedAndListsItInAnEdition()
    {
        var first = await GenerateAsync(seed: 7);
        var again = await GenerateAsync(seed: 7);
        var other = await GenerateAsync(seed: 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first.ValueSum, other.ValueSum);
        Assert.Equal(60, first.Communities);
        Assert.True(first.Applications > 41 && first.Observations > 817, "More than the sample dataset alone.");
        Assert.Equal(first.PublishedAwards, first.AwardsInLatestEdition);
    }

    private static async Task<Snapshot> GenerateAsync(ulong seed)
    {
        await using var database = await SqliteDatabase.CreateAsync();
        await using var db = database.NewContext();
        Assert.True(await SyntheticCity.GenerateAsync(db, new SyntheticCityOptions(2, seed), TimeProvider.System, CancellationToken.None));
        Assert.False(await SyntheticCity.GenerateAsync(db, new SyntheticCityOptions(2, seed), TimeProvider.System, CancellationToken.None));
        var latest = await db.Editions.MaxAsync(e => e.Number);
        Assert.NotNull((await db.Editions.SingleAsync(e => e.Number == latest)).ContentHash);
        return new Snapshot(
            await db.Communities.CountAsync(),
            await db.Applications.CountAsync(),
            await db.Observations.CountAsync(),
            Math.Round(await db.Observations.SumAsync(o => (double)o.Value), 1),
            await db.Awards.CountAsync(a => a.PublishedAt != null),
            await db.AwardsAsOf(latest).CountAsync());
    }

    private sealed record Snapshot(int Communities, int Applications, int Observations, double ValueSum, int PublishedAwards, int AwardsInLatestEdition);
}
