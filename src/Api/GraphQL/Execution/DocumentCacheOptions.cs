using System.ComponentModel.DataAnnotations;

namespace GreenCommunity.Api.GraphQL.Execution;

/// <summary>The parsed-document cache (configuration section <c>DocumentCache</c>, ADR-012).</summary>
public sealed class DocumentCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "DocumentCache";

    /// <summary>Total length in characters of the documents kept; the least recently used go first. 0 turns the cache off.</summary>
    [Range(0, long.MaxValue)]
    public long MaxCharacters { get; set; } = 4_000_000;

    /// <summary>A document not used for this long is dropped.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromMinutes(30);
}
