namespace GreenCommunity.Api.Features.Downloads;

/// <summary>The <c>OpenData</c> settings: the licence of the published data and the disclosure thresholds (docs/open-data-disclosure.md).</summary>
public sealed class OpenDataOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "OpenData";

    /// <summary>The licence every response and download names.</summary>
    public LicenceOptions Licence { get; set; } = new();

    /// <summary>
    /// Aggregates of personal answers (questionnaires) are published only for YEAR × DISTRICT cells of at least this many
    /// communities, and every other grouping or total is computed from such cells only.
    /// </summary>
    public int MinimumGroupSize { get; set; } = 5;

    /// <summary>A community's own questionnaire result (e.g. its resident-satisfaction value) may be published only when it rests on at least this many respondents.</summary>
    public int MinimumRespondents { get; set; } = 30;
}

/// <summary>A licence.</summary>
public sealed class LicenceOptions
{
    /// <summary>The SPDX identifier.</summary>
    public string Id { get; set; } = "CC-BY-4.0";

    /// <summary>The licence's name.</summary>
    public string Name { get; set; } = "Creative Commons Attribution 4.0 International";

    /// <summary>The licence's text.</summary>
    public string Url { get; set; } = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>How to credit the data.</summary>
    public string Attribution { get; set; } = "Green Community programme open data (sample dataset), city Environmental Protection Bureau";
}
