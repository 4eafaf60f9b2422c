namespace GreenCommunity.Infrastructure.Seeding;

/// <summary>Fixed historical timestamps for the sample data: given in Beijing time (UTC+8), stored in UTC.</summary>
internal static class SampleTime
{
    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    /// <summary>The UTC instant of <paramref name="hour"/>:<paramref name="minute"/> Beijing time on a day.</summary>
    public static DateTime Beijing(int year, int month, int day, int hour, int minute = 0) =>
        new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc) - BeijingOffset;

    /// <summary>The UTC instant of <paramref name="hour"/>:<paramref name="minute"/> Beijing time on <paramref name="day"/>.</summary>
    public static DateTime Beijing(DateOnly day, int hour, int minute = 0) => Beijing(day.Year, day.Month, day.Day, hour, minute);
}
