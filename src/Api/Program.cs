using GreenCommunity.Api.Diagnostics;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.Features.Feed;
using GreenCommunity.Api.GraphQL;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.Hosting;
using GreenCommunity.Api.ScaleOut;
using GreenCommunity.Api.Schema;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDatabase(builder.Configuration, builder.Environment);
builder.Services.AddGreenCommunityHealthChecks();
builder.Services.AddShutdownDrain(builder.Configuration);
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddGreenCommunityTelemetry(builder.Configuration);
builder.Services.AddHttpContextAccessor();
builder.Services.AddSignIn(builder.Configuration);
builder.Services.AddGreenCommunityGraphQL(builder.Configuration);
builder.Services.AddScaleOut(builder.Configuration);
builder.Services.AddSqlCommandCounting(builder.Configuration);
builder.Services.AddOpenData(builder.Configuration);

var app = builder.Build();
if (await PersistedOperationCommands.TryRunAsync(app, args) || await app.RunCommandAsync(args))
{
    return;
}

app.UseTrustedProxies();
app.UseGreenCommunityErrors();
app.UseShutdownDrain();
app.UseSqlCommandCounting();
app.UseStaticFiles();
app.UseAuthentication();
app.UseCors();
app.UseWebSockets();
app.MapGreenCommunityHealthChecks();
app.MapGreenCommunityGraphQL();
app.MapDownloads();
app.MapPublicationFeed();
app.MapGet("/", () => Results.Redirect(GraphQLSetup.Path));
await app.RunAsync();

/// <summary>The API's entry point; public so integration tests can host it.</summary>
public partial class Program;
