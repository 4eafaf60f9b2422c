using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>An API host whose clock the test moves, for walking a campaign through its timetable.</summary>
public sealed class WorkflowApiFactory : ApiFactory
{
    /// <summary>The API's clock.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2004, 2, 1, 9, 0, 0, TimeSpan.Zero));

    /// <inheritdoc />
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
