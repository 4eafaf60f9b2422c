using System.Text.Json.Nodes;

namespace GreenCommunity.Api.Tests.Operations;

/// <summary>The memory budget in docs/deployment.md was measured with workstation GC; the built API must run with it (ADR-031).</summary>
public sealed class GarbageCollectorSettingTests
{
    [Fact]
    public void TheBuiltApiRunsWithConcurrentWorkstationGarbageCollection()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "GreenCommunity.Api.runtimeconfig.json");
        var options = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]!;
        Assert.False(options["System.GC.Server"]!.GetValue<bool>());
        Assert.True(options["System.GC.Concurrent"]!.GetValue<bool>());
    }
}
