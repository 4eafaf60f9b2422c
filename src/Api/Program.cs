using GreenCommunity.Api.Diagnostics;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.Features.Feed;
using GreenCommunity.Api.Features.Portal;
using GreenCommunity.Api.GraphQL;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.Hosting;
using GreenCommunity.Api.ScaleOut;
using GreenCommunity.Api.Schema;

var (hostArguments, command) = ApiCommandLine.Split(args);
var builder = WebApplication.CreateBuilder(hostArguments);
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
builder.Services.AddWarmUp(builder.Configuration);

var app = builder.Build();
if (command.Length > 0)
{
    return await ApiCommandLine.InvokeAsync(app.Services, app.Configuration, command);
}

app.UseTrustedProxies();
app.UseGreenCommunityErrors();
app.UseShutdownDrain();
app.UseSqlCommandCounting();
app.UsePortalAssets();
app.UseStaticFiles();
app.UseAuthentication();
app.UseCors();
app.UseWebSockets();
app.MapGreenCommunityHealthChecks();
app.MapGreenCommunityGraphQL();
app.MapDownloads();
app.MapPublicationFeed();
app.MapPortal();
await app.RunAsync();
return 0;

/// <summary>The API's entry point; public so integration tests can host it.</summary>
public partial class Program;
