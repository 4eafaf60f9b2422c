namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>
/// What a test needs from the machine (a server, a browser, a package). When it is missing the test is reported as
/// skipped with the reason (the test must be a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>), except under
/// <c>CI=true</c>, where it fails: CI must run it.
/// </summary>
public static class Prerequisite
{
    /// <summary>Whether this run is CI's, where nothing may be skipped.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns when <paramref name="missing"/> is null; otherwise skips the test (fails it under CI) with that reason.</summary>
    public static void Require(string? missing)
    {
        if (missing is null)
        {
            return;
        }

        if (InCi)
        {
            Assert.Fail($"CI=true, so this test must run, but {missing}");
        }

        throw new SkipException($"{missing} (under CI=true this is a failure)");
    }
}
