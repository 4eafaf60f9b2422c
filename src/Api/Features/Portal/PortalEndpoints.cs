using Microsoft.Extensions.FileProviders;

namespace GreenCommunity.Api.Features.Portal;

/// <summary>
/// The public portal for residents and the press (<c>src/Portal</c>, built by <c>npm run build</c> there into
/// <c>wwwroot/portal/</c>): its page at <c>/</c>, its fingerprinted files under <c>/portal/assets/</c> cached
/// immutably. When it has not been built (no Node.js on the build machine), <c>/</c> says how to build it and the
/// API runs as usual. GraphiQL stays at <c>/graphql</c>.
/// </summary>
public static class PortalEndpoints
{
    /// <summary>Where the portal's fingerprinted files are served.</summary>
    public const string AssetsPath = "/portal/assets";

    /// <summary>Text of the page served at <c>/</c> when the portal is not built.</summary>
    public const string NotBuiltText = "The portal is not built on this server";

    /// <summary>The cache header of a fingerprinted file: its name changes whenever its content does.</summary>
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    // The portal's own scripts only, no inline script. Styles: Leaflet and uPlot set element styles at run time.
    private const string PortalContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private const string FallbackContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Serves <c>/portal/assets/*</c> with immutable caching; call before the general static files.</summary>
    public static WebApplication UsePortalAssets(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var assets = Path.Combine(BuildDirectory(app.Environment), "assets");
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = AssetsPath,
            FileProvider = Directory.Exists(assets) ? new PhysicalFileProvider(assets) : new NullFileProvider(),
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.CacheControl = ImmutableCacheControl;
                headers.XContentTypeOptions = "nosniff";
            },
        });
        return app;
    }

    /// <summary>Maps <c>GET /</c> to the portal's page, or to a page saying how to build it.</summary>
    public static WebApplication MapPortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], WriteIndexAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>The folder the portal's build writes: <c>{web root}/portal</c>.</summary>
    public static string BuildDirectory(IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var webRoot = string.IsNullOrEmpty(environment.WebRootPath) ? Path.Combine(environment.ContentRootPath, "wwwroot") : environment.WebRootPath;
        return Path.Combine(webRoot, "portal");
    }

    private static async Task WriteIndexAsync(HttpContext context, IWebHostEnvironment environment)
    {
        var index = Path.Combine(BuildDirectory(environment), "index.html");
        var built = File.Exists(index);
        var body = built ? await File.ReadAllBytesAsync(index, context.RequestAborted) : System.Text.Encoding.UTF8.GetBytes(FallbackPage());
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = body.Length;
        response.Headers.CacheControl = "no-cache";
        response.Headers.ContentSecurityPolicy = built ? PortalContentSecurityPolicy : FallbackContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static string FallbackPage() => $$"""
        <!doctype html>
        <html lang="en">
          <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>GreenCommunity</title>
            <style>
              body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; }
              code, pre { background: #f2f4f2; border-radius: 4px; padding: 0.1rem 0.3rem; }
              pre { padding: 0.75rem; overflow-x: auto; }
            </style>
          </head>
          <body>
            <h1>GreenCommunity · 绿色社区</h1>
            <p>{{NotBuiltText}}, so the public portal (titles, map, publicity notices, open data) cannot be shown.</p>
            <p>To get it, install Node.js (which includes npm) and build it, then reload this page:</p>
            <pre>npm ci --prefix src/Portal
        npm run build --prefix src/Portal</pre>
            <p>The build writes the portal to <code>src/Api/wwwroot/portal/</code>, which the API serves here.</p>
            <p>Meanwhile everything else works: the GraphQL API and its IDE at <a href="/graphql">/graphql</a>, the
            downloads at <a href="/downloads/awards.csv">/downloads/awards.csv</a> and the feed at
            <a href="/feeds/publications.atom">/feeds/publications.atom</a>.</p>
          </body>
        </html>
        """;
}
