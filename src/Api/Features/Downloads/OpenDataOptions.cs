using Microsoft.Extensions.Options;

namespace GreenCommunity.Api.Features.Downloads;

/// <summary>
/// The <c>OpenData</c> settings: the licence of the published data, the disclosure thresholds
/// (docs/open-data-disclosure.md) and the public address absolute links are built from. Checked at start by
/// <see cref="OpenDataOptionsValidator"/>.
/// </summary>
public sealed class OpenDataOptions
{
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

    /// <summary>
    /// The address the public reaches the API at, e.g. <c>https://data.example.gov.cn</c> (with a path when a reverse
    /// proxy serves the API under one). Every absolute link the API writes (the Atom feed's) starts with it; none is
    /// built from the request's <c>Host</c> header, which the client chooses. Required: there is no default in code
    /// (appsettings.Development.json sets <c>http://localhost:5080</c>).
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The absolute URL of <paramref name="pathAndQuery"/> (a path of the API, starting with <c>/</c>) under <see cref="PublicBaseUrl"/>.</summary>
    public Uri AbsoluteUrl(string pathAndQuery)
    {
        ArgumentException.ThrowIfNullOrEmpty(pathAndQuery);
        if (pathAndQuery[0] != '/')
        {
            throw new ArgumentException("A path of the API starts with '/'.", nameof(pathAndQuery));
        }

        var root = PublicBaseUrl is { IsAbsoluteUri: true } url ? url : throw new InvalidOperationException("OpenData:PublicBaseUrl is not set.");
        return new Uri(root.GetLeftPart(UriPartial.Path).TrimEnd('/') + pathAndQuery, UriKind.Absolute);
    }
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

/// <summary>Checks the <c>OpenData</c> settings when the API starts; each failure names its setting and how to fix it.</summary>
public sealed class OpenDataOptionsValidator : IValidateOptions<OpenDataOptions>
{
    private const string BaseUrlSetting = "OpenData:PublicBaseUrl";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, OpenDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Licence?.Id))
        {
            failures.Add("OpenData:Licence:Id is required: the licence's SPDX identifier, e.g. CC-BY-4.0.");
        }

        if (!Uri.IsWellFormedUriString(options.Licence?.Url, UriKind.Absolute))
        {
            failures.Add("OpenData:Licence:Url must be the absolute URL of the licence's text.");
        }

        if (options.MinimumGroupSize < 2)
        {
            failures.Add($"OpenData:MinimumGroupSize must be at least 2; it is {options.MinimumGroupSize}.");
        }

        if (options.MinimumRespondents < 1)
        {
            failures.Add($"OpenData:MinimumRespondents must be positive; it is {options.MinimumRespondents}.");
        }

        if (PublicBaseUrlProblem(options.PublicBaseUrl) is { } problem)
        {
            failures.Add(problem);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>What is wrong with <paramref name="url"/> as <c>OpenData:PublicBaseUrl</c>, or null.</summary>
    public static string? PublicBaseUrlProblem(Uri? url)
    {
        if (url is null || string.IsNullOrWhiteSpace(url.OriginalString))
        {
            return $"{BaseUrlSetting} is required: the address the public reaches this API at, e.g. https://data.example.gov.cn "
                + "(environment variable OpenData__PublicBaseUrl). The feed's links are built from it, never from the request's Host header. "
                + "See docs/configuration.md.";
        }

        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || string.IsNullOrEmpty(url.Host))
        {
            return $"{BaseUrlSetting} must be an absolute http:// or https:// URL such as https://data.example.gov.cn; it is '{url.OriginalString}'.";
        }

        if (url.UserInfo.Length > 0)
        {
            return $"{BaseUrlSetting} must not contain a user name or password.";
        }

        return url.Query.Length > 0 || url.Fragment.Length > 0
            ? $"{BaseUrlSetting} must have no query (?...) or fragment (#...); it is '{url.OriginalString}'."
            : null;
    }
}
