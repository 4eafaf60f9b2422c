namespace GreenCommunity.Api.Tests.Infrastructure;

/// <summary>
/// Tests that run alone, after the parallel collections: they measure the process (the managed heap) or host their own
/// API with heavy traffic, which would otherwise show up in process-wide measurements and trace listeners of other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialTestGroup
{
    /// <summary>The collection's name.</summary>
    public const string Name = "serial";
}
