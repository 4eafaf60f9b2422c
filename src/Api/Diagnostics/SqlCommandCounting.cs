using System.Data.Common;
using System.Runtime.CompilerServices;
using GreenCommunity.Api.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GreenCommunity.Api.Diagnostics;

/// <summary>Settings of the diagnostics (configuration section <c>Diagnostics</c>).</summary>
public sealed class DiagnosticsOptions
{
    public const string Section = "Diagnostics";

    /// <summary>Adds <c>X-Sql-Commands</c> (SQL commands sent) to responses, for benchmarks.</summary>
    public bool SqlCommandHeader { get; set; }

    /// <summary>Maps <c>GET /diagnostics/allocated</c> (bytes this process allocated so far), for benchmarks.</summary>
    public bool AllocationEndpoint { get; set; }
}

/// <summary>
/// For benchmarks: when <c>Diagnostics:SqlCommandHeader</c> is true, every response carries
/// <c>X-Sql-Commands</c>, the number of SQL commands the request sent before its response started. Off by
/// default; it costs one counter per request.
/// </summary>
public static class SqlCommandCounting
{
    /// <summary>The response header.</summary>
    public const string Header = "X-Sql-Commands";

    /// <summary>Registers the counting interceptor when the setting is on.</summary>
    public static IServiceCollection AddSqlCommandCounting(this IServiceCollection services, IConfiguration configuration)
    {
        if (OptionsSetup.Read<DiagnosticsOptions>(configuration, DiagnosticsOptions.Section).SqlCommandHeader)
        {
            services.AddSingleton<IInterceptor, RequestCommandCounter>();
        }

        return services;
    }

    /// <summary>Adds the header to responses, and maps the allocation counter, when the settings are on.</summary>
    public static IApplicationBuilder UseSqlCommandCounting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = OptionsSetup.Read<DiagnosticsOptions>(app.Configuration, DiagnosticsOptions.Section);
        if (options.AllocationEndpoint)
        {
            // The benchmark reads it before and after a run and divides by the requests served in between.
            app.MapGet("/diagnostics/allocated", () => GC.GetTotalAllocatedBytes(precise: true).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!options.SqlCommandHeader)
        {
            return app;
        }

        return app.Use(async (context, next) =>
        {
            var count = new StrongBox<int>();
            RequestCommandCounter.Current.Value = count;
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = count.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next(context);
        });
    }

    private sealed class RequestCommandCounter : DbCommandInterceptor
    {
        public static readonly AsyncLocal<StrongBox<int>?> Current = new();

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Count();
            return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            Count();
            return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Count();
            return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
        }

        private static void Count()
        {
            if (Current.Value is { } box)
            {
                Interlocked.Increment(ref box.Value);
            }
        }
    }
}
