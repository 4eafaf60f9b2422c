using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GreenCommunity.Api.Tests.Http;

/// <summary>
/// A body shorter than its Content-Length (a client that went away mid-request, or lied) is answered as a bad
/// request, not treated as a server failure: nothing is logged as an unhandled exception.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class TruncatedBodyTests
{
    [Fact]
    public async Task ABodyEndingBeforeItsContentLengthIsNotAServerError()
    {
        var errors = new ConcurrentQueue<string>();
        await using var api = new LoggingApiFactory(errors);
        api.UseKestrel(0);
        api.StartServer();
        var address = new Uri(api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(address.Host, address.Port);
            var stream = tcp.GetStream();
            const string Body = "{\"query\":\"{ districts { code } }\"}";
            var request = $"POST /graphql HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: {Body.Length + 100}\r\nConnection: close\r\n\r\n{Body}";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
            await Task.Delay(300);

            // Gone without a goodbye (a reset), as a client killed mid-request.
            tcp.Client.LingerState = new LingerOption(true, 0);
        }

        await Task.Delay(500);

        // The server still answers, and logged no unhandled exception for the truncated request.
        using var client = api.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.PostGraphQLAsync("{ districts { code } }")).Status);
        Assert.Empty(errors);
    }

    private sealed class LoggingApiFactory(ConcurrentQueue<string> errors) : ApiFactory
    {
        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddSingleton<ILoggerProvider>(new ErrorCollector(errors));
    }

    private sealed class ErrorCollector(ConcurrentQueue<string> errors) : ILoggerProvider, ILogger
    {
        private string _category = string.Empty;

        public ILogger CreateLogger(string categoryName) => new ErrorCollector(errors) { _category = categoryName };

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // Unhandled exceptions of a request, however the server reports them. (A query cancelled because its
            // client went away may be logged by EF Core; that is not what this test is about.)
            if (IsEnabled(logLevel) && _category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            {
                errors.Enqueue($"{_category}: {formatter(state, exception)} {exception?.GetType().Name}");
            }
        }

        public void Dispose()
        {
        }
    }
}
