using System.Reflection;
using System.Text.RegularExpressions;
using GraphQL.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GreenCommunity.Api.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, EF Core and GraphQL.NET's own activity source, exported over
/// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the standard <c>OTEL_*</c> settings apply). Spans carry
/// no request headers, no URL query, no SQL parameter values and no GraphQL literal values.
/// </summary>
public static partial class TelemetrySetup
{
    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> does not give one.</summary>
    public const string ServiceName = "greencommunity-api";

    /// <summary>GraphQL.NET's activity source, enabled by <c>UseTelemetry()</c> on the GraphQL builder.</summary>
    public const string GraphQLActivitySource = "GraphQL";

    /// <summary>The setting that turns the OTLP exporter on.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Adds tracing and metrics, and the OTLP exporter when an endpoint is configured.</summary>
    public static IServiceCollection AddGreenCommunityTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var version = typeof(TelemetrySetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(ServiceName, serviceVersion: version);
                }
            })
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Npgsql"));
        var exporting = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]);

        // Spans are recorded only when something takes them: listening to the sources makes every request, GraphQL
        // operation and SQL command build an Activity, which nobody would read (ADR-030).
        if (exporting || OptionsSetup.Read<TelemetryOptions>(configuration, TelemetryOptions.Section).Traces)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(GraphQLActivitySource)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddEntityFrameworkCoreInstrumentation()); // SQL text without parameter values
        }

        if (exporting)
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }

    /// <summary>GraphQL.NET's telemetry: operation name and type, and the document with its string literals removed.</summary>
    public static void ConfigureGraphQL(GraphQLTelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RecordDocument = true;
        options.SanitizeDocument = execution => SanitizeDocument(execution.Query);
    }

    /// <summary>
    /// The document with every string literal replaced by <c>"***"</c>: names, contacts or tokens written into a
    /// document never reach a trace (values sent as variables are never recorded).
    /// </summary>
    public static string? SanitizeDocument(string? document) =>
        document is null ? null : StringLiteral().Replace(BlockString().Replace(document, "\"***\""), "\"***\"");

    [GeneratedRegex("\"\"\"(?:[^\"\\\\]|\\\\.|\"(?!\"\"))*\"\"\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlockString();

    [GeneratedRegex("\"(?:[^\"\\\\\n]|\\\\.)*\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StringLiteral();
}

/// <summary>Settings of telemetry beyond the standard <c>OTEL_*</c> ones (configuration section <c>Telemetry</c>).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Records traces even without an OTLP endpoint, for an exporter added in code (tests, diagnostics).</summary>
    public bool Traces { get; set; }
}
