using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace GreenCommunity.Api.GraphQL.Ide;

/// <summary>
/// Serves the GraphiQL IDE at <c>GET /graphql</c> to browsers. The page and its scripts are installed
/// from npm into <c>wwwroot/ide/</c> by <c>Ide/Ide.targets</c> during the build; when they are missing
/// (no Node.js on the build machine) a short help page is served instead.
/// </summary>
internal static class GraphiQLPage
{
    /// <summary>Text of the help page served when the IDE assets are not installed.</summary>
    internal const string AssetsMissingText = "The GraphiQL IDE assets are not installed";

    private const string InlineScriptOpenTag = "<script>";
    private const string ScriptCloseTag = "</script>";

    // Scripts: own files plus the page's inline bootstrap script, allowed by its hash (added per response).
    // Styles: GraphiQL's dependencies inject <style> elements at run time (react-remove-scroll), which a
    // hash cannot cover, hence 'unsafe-inline' for styles only. Fonts are data: URIs in graphiql.min.css.
    // GraphiQL 3 starts no web workers, so no worker-src is needed.
    private const string IdeScriptSourcesPrefix = "default-src 'none'; script-src 'self'";

    private const string IdeContentSecurityPolicyRest =
        "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string FallbackContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Returns <see langword="true"/> when the request is a browser navigation that should get the IDE:
    /// a GET whose Accept header lists <c>text/html</c> and whose query string carries no GraphQL
    /// request (no <c>query</c> and no <c>documentId</c> parameter).
    /// </summary>
    /// <param name="request">The incoming request.</param>
    /// <returns>Whether to answer with the IDE page instead of executing GraphQL.</returns>
    public static bool IsBrowserRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!HttpMethods.IsGet(request.Method)
            || request.Query.ContainsKey("query")
            || request.Query.ContainsKey("documentId"))
        {
            return false;
        }

        foreach (var headerValue in request.Headers.Accept)
        {
            if (headerValue is null)
            {
                continue;
            }

            foreach (var mediaRange in headerValue.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (IsAcceptedHtml(mediaRange))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Writes the GraphiQL page from <c>{WebRootPath}/ide/index.html</c> with a restrictive
    /// Content-Security-Policy, or, when the IDE assets are not installed, a help page explaining how to
    /// install them. Both answers have status 200 and are not cached.
    /// </summary>
    /// <param name="context">The HTTP context of the browser request.</param>
    /// <returns>A task that completes when the response has been written.</returns>
    public static async Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var environment = context.RequestServices.GetService<IWebHostEnvironment>();
        var webRootPath = environment?.WebRootPath;
        var indexPath = string.IsNullOrEmpty(webRootPath) ? null : Path.Combine(webRootPath, "ide", "index.html");

        string html;
        string contentSecurityPolicy;
        if (indexPath is not null && File.Exists(indexPath))
        {
            html = await File.ReadAllTextAsync(indexPath, Encoding.UTF8, context.RequestAborted);
            contentSecurityPolicy = IdeScriptSourcesPrefix + InlineScriptHashSources(html) + IdeContentSecurityPolicyRest;
        }
        else
        {
            html = FallbackPage(context.Request);
            contentSecurityPolicy = FallbackContentSecurityPolicy;
        }

        var body = Encoding.UTF8.GetBytes(html);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = body.Length;
        response.Headers.CacheControl = "no-cache";
        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static bool IsAcceptedHtml(string mediaRange)
    {
        var parts = mediaRange.Split(';', StringSplitOptions.TrimEntries);
        if (!string.Equals(parts[0], "text/html", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "text/html;q=0" explicitly refuses HTML.
        foreach (var parameter in parts.AsSpan(1))
        {
            if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                && double.TryParse(parameter.AsSpan(2), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quality)
                && quality <= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// CSP hash sources (<c> 'sha256-…'</c>) for every attribute-less <c>&lt;script&gt;</c> block of the page,
    /// computed from the file actually served so that editing index.html needs no code change.
    /// </summary>
    private static string InlineScriptHashSources(string html)
    {
        var sources = new StringBuilder();
        var index = 0;
        while ((index = html.IndexOf(InlineScriptOpenTag, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var start = index + InlineScriptOpenTag.Length;
            var end = html.IndexOf(ScriptCloseTag, start, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                break;
            }

            // Browsers hash the script text after HTML input normalisation, which turns CRLF and CR into LF
            // (matters for a Windows checkout with autocrlf).
            var script = html[start..end]
                .Replace("\r\n", "\n", StringComparison.Ordinal)
                .Replace('\r', '\n');
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(script));
            sources.Append(" 'sha256-").Append(Convert.ToBase64String(hash)).Append('\'');
            index = end + ScriptCloseTag.Length;
        }

        return sources.ToString();
    }

    private static string FallbackPage(HttpRequest request)
    {
        // Not built from the Host header, which the client chooses: the page names the path only.
        var endpoint = "https://&lt;this server&gt;" + WebUtility.HtmlEncode($"{request.PathBase}{request.Path}");
        return $$"""
            <!doctype html>
            <html lang="en">
              <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>GreenCommunity GraphQL</title>
                <style>
                  body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; }
                  code, pre { background: #f2f4f2; border-radius: 4px; padding: 0.1rem 0.3rem; }
                  pre { padding: 0.75rem; overflow-x: auto; }
                </style>
              </head>
              <body>
                <h1>GreenCommunity GraphQL</h1>
                <p>{{AssetsMissingText}} on this server, so the in-browser IDE cannot be shown.</p>
                <p>To get it, install Node.js (which includes npm) on the build machine and rebuild the API:</p>
                <pre>dotnet build src/Api</pre>
                <p>The build runs <code>npm ci</code> in <code>src/Api/Ide</code> and copies the IDE files to <code>src/Api/wwwroot/ide/</code>.</p>
                <p>Meanwhile the API works as usual: <code>/graphql</code> accepts GraphQL requests as HTTP POST with a JSON body, for example:</p>
                <pre>curl -X POST {{endpoint}} \
              -H 'Content-Type: application/json' \
              -H 'Accept: application/graphql-response+json, application/json' \
              -d '{"query": "{ __typename }"}'</pre>
              </body>
            </html>
            """;
    }
}
