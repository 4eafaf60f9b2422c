using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace GreenCommunity.Api.GraphQL.Errors;

/// <summary>
/// Failures outside the GraphQL engine (a bug in middleware, a malformed HTTP request Kestrel refuses): every response
/// carries <c>X-Correlation-Id</c>, the ID the logs use for the request; an unexpected exception is answered with
/// <c>INTERNAL_SERVER_ERROR</c> and that ID, nothing else (no type name, stack trace, SQL or path), and logged with it.
/// </summary>
public static class ErrorHandlingSetup
{
    /// <summary>The response header with the request's correlation ID.</summary>
    public const string CorrelationHeader = "X-Correlation-Id";

    /// <summary>Adds the correlation header and the JSON error answer for unhandled exceptions.</summary>
    public static IApplicationBuilder UseGreenCommunityErrors(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[CorrelationHeader] = context.TraceIdentifier;
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteAsync, SuppressDiagnosticsCallback = _ => false });
        return app;
    }

    private static async Task WriteAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, code, message) = exception is BadHttpRequestException bad
            ? (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.BadRequest, "The HTTP request is malformed or too large.")
            : (StatusCodes.Status500InternalServerError, ErrorCodes.InternalServerError, $"An unexpected error occurred. Quote this reference when reporting it: {context.TraceIdentifier}.");
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new Dictionary<string, object?> { ["code"] = code, ["correlationId"] = context.TraceIdentifier } } } };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
