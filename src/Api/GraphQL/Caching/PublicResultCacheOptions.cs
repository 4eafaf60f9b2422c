using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.GraphQL.Caching;

/// <summary>
/// The <c>Caching</c> settings of the public result cache (<see cref="PublicResultCache"/>), checked when the API
/// starts by <see cref="PublicResultCacheOptionsValidator"/>.
/// </summary>
public sealed class PublicResultCacheOptions
{
    public const string Section = "Caching";

    /// <summary>Whether anonymous answers are cached at all.</summary>
    public bool PublicResults { get; set; } = true;

    /// <summary>
    /// How long a cached answer lives, in memory and in Redis; also bounds how stale an answer can be after a change
    /// made outside the API, and how long a replica that could not advance the generation serves no cached answers.
    /// </summary>
    public int PublicResultsSeconds { get; set; } = 300;

    /// <summary>Answers whose JSON data is larger than this many bytes (UTF-8) are not cached.</summary>
    public int PublicResultsMaxBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The bound of the answers this process keeps in memory, in MiB of managed memory they hold (their JSON, its
    /// parsed form, the key and the entry's bookkeeping, as <see cref="PublicResultCache.EstimateBytes"/> counts
    /// them). When full, the least recently used answers go first.
    /// </summary>
    public int MemoryLimitMegabytes { get; set; } = 64;

    /// <summary><see cref="MemoryLimitMegabytes"/> in bytes.</summary>
    public long MemoryLimitBytes => (long)MemoryLimitMegabytes * 1024 * 1024;

    /// <summary><see cref="PublicResultsSeconds"/> as a time span.</summary>
    public TimeSpan Lifetime => TimeSpan.FromSeconds(PublicResultsSeconds);
}

/// <summary>Checks the <c>Caching</c> settings when the API starts; each failure names its setting and its range.</summary>
public sealed class PublicResultCacheOptionsValidator : IValidateOptions<PublicResultCacheOptions>
{
    /// <summary>The largest <see cref="PublicResultCacheOptions.MemoryLimitMegabytes"/> accepted (64 GiB).</summary>
    public const int MaxMemoryLimitMegabytes = 65_536;

    /// <summary>The longest <see cref="PublicResultCacheOptions.PublicResultsSeconds"/> accepted (one day).</summary>
    public const int MaxSeconds = 86_400;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PublicResultCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.PublicResultsSeconds is < 1 or > MaxSeconds)
        {
            failures.Add($"Caching:PublicResultsSeconds must be between 1 and {MaxSeconds}; it is {options.PublicResultsSeconds}.");
        }

        if (options.MemoryLimitMegabytes is < 1 or > MaxMemoryLimitMegabytes)
        {
            failures.Add($"Caching:MemoryLimitMegabytes must be between 1 and {MaxMemoryLimitMegabytes}; it is {options.MemoryLimitMegabytes}.");
        }
        else if (options.PublicResultsMaxBytes < 1 || options.PublicResultsMaxBytes > options.MemoryLimitBytes / 4)
        {
            // An answer holds about two to three times its JSON in memory: a larger one would take most of the budget.
            failures.Add($"Caching:PublicResultsMaxBytes must be between 1 and a quarter of Caching:MemoryLimitMegabytes ({options.MemoryLimitBytes / 4} bytes); it is {options.PublicResultsMaxBytes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
