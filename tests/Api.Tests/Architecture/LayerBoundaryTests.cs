using System.Reflection;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Domain.Common;
using GreenCommunity.Infrastructure.Persistence;
using NetArchTest.Rules;

namespace GreenCommunity.Api.Tests.Architecture;

/// <summary>
/// The layer rules of docs/architecture.md, checked on the compiled assemblies, so a wrong import fails the build's
/// tests instead of waiting for a reviewer to notice it.
/// </summary>
public sealed class LayerBoundaryTests
{
    private const string Domain = "GreenCommunity.Domain";
    private const string Infrastructure = "GreenCommunity.Infrastructure";
    private const string Api = "GreenCommunity.Api";
    private const string Plumbing = "GreenCommunity.Api.GraphQL";
    private const string Features = "GreenCommunity.Api.Features";
    private const string CompositionRoot = "GreenCommunity.Api.Schema";

    private static readonly Assembly DomainAssembly = typeof(Entity).Assembly;
    private static readonly Assembly InfrastructureAssembly = typeof(GreenCommunityDbContext).Assembly;
    private static readonly Assembly ApiAssembly = typeof(MutationContext).Assembly;

    [Fact]
    public void DomainReferencesNothingButTheBaseClassLibrary()
    {
        var outside = DomainAssembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name is not ("netstandard" or "mscorlib") && !name.StartsWith("System", StringComparison.Ordinal))
            .ToList();
        Assert.True(outside.Count == 0, $"{Domain} references {string.Join(", ", outside)}; it may reference the base class library only.");
        AssertPasses(Types.InAssembly(DomainAssembly).ShouldNot().HaveDependencyOnAny(Infrastructure, Api, "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "GraphQL"));
    }

    [Fact]
    public void InfrastructureReferencesTheDomainButNotTheApi()
    {
        var ours = InfrastructureAssembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("GreenCommunity.", StringComparison.Ordinal))
            .ToList();
        Assert.Equal([Domain], ours);
        AssertPasses(Types.InAssembly(InfrastructureAssembly).ShouldNot().HaveDependencyOnAny(Api, "GraphQL", "Microsoft.AspNetCore"));
    }

    [Fact]
    public void GraphQLPlumbingKnowsNoFeatureAndNotTheSchemaRoot() =>
        AssertPasses(Types.InAssembly(ApiAssembly).That().ResideInNamespace(Plumbing).ShouldNot().HaveDependencyOnAny(Features, CompositionRoot));

    [Fact]
    public void FeaturesDoNotReachBackIntoTheCompositionRoot() =>
        AssertPasses(Types.InAssembly(ApiAssembly).That().ResideInNamespace(Features).ShouldNot().HaveDependencyOnAny(CompositionRoot));

    [Fact]
    public void ThePlumbingAndTheFeaturesAreNotEmpty()
    {
        // A renamed namespace would make the rules above pass vacuously.
        Assert.NotEmpty(Types.InAssembly(ApiAssembly).That().ResideInNamespace(Plumbing).GetTypes());
        Assert.NotEmpty(Types.InAssembly(ApiAssembly).That().ResideInNamespace(Features).GetTypes());
        Assert.NotEmpty(Types.InAssembly(ApiAssembly).That().ResideInNamespace(CompositionRoot).GetTypes());
    }

    private static void AssertPasses(ConditionList rule)
    {
        var result = rule.GetResult();
        Assert.True(result.IsSuccessful, "These types break the layer rule: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
