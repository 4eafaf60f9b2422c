using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Schema;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Schema;

/// <summary>schema.graphql is the public contract: it must match the running schema, and everything in it is described.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class SchemaContractTests(ApiFactory factory)
{
    private static readonly string[] BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    /// <summary>
    /// The running schema matches the approved snapshot (tests/Api.Tests/Schema/__snapshots__/schema.graphql): a change
    /// fails here until its printed form, written to __mismatch__/, is reviewed and moved over the snapshot.
    /// schema.graphql at the repository's root is a copy of the approved snapshot for readers and tools.
    /// </summary>
    [Fact]
    public void TheRunningSchemaIsTheApprovedContract()
    {
        var printed = Print();
        var folder = Path.Combine(ReviewedSnapshot.RepositoryRoot(), "tests", "Api.Tests", "Schema");
        ReviewedSnapshot.Match(printed, "schema.graphql", folder);

        var path = Path.Combine(ReviewedSnapshot.RepositoryRoot(), "schema.graphql");
        var committed = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        if (committed == printed)
        {
            return;
        }

        if (Prerequisite.InCi)
        {
            Assert.Fail("schema.graphql differs from the approved schema snapshot. Run `dotnet test` locally to copy it, and commit it.");
        }

        File.WriteAllText(path, printed);
    }

    [Fact]
    public void EveryTypeFieldAndArgumentHasADescription()
    {
        var schema = Schema();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.Contains(t.Name)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    missing.AddRange((field.Arguments ?? []).Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            }
        }

        Assert.True(missing.Count == 0, "Undescribed: " + string.Join(", ", missing));
    }

    [Fact]
    public void AnonymousCallersCannotReachPersonalOrInProgressWorkflowData()
    {
        var schema = Schema();
        var reachable = new HashSet<string>();
        var fields = new HashSet<string>();
        var pending = new Queue<IGraphType>([schema.Query, schema.Mutation!]);
        while (pending.TryDequeue(out var type))
        {
            if (RequiresSignIn(type) || !reachable.Add(type.Name))
            {
                continue;
            }

            var possible = type is IAbstractGraphType abstractType ? abstractType.PossibleTypes.Cast<IGraphType>() : [];
            var children = type is IComplexGraphType complex
                ? complex.Fields.Where(f => !RequiresSignIn(f)).Select(f => { fields.Add($"{type.Name}.{f.Name}"); return f.ResolvedType!.GetNamedType(); })
                : [];
            foreach (var child in possible.Concat(children))
            {
                pending.Enqueue(child);
            }
        }

        string[] privateTypes = ["Application", "Objection", "PanelMember", "IndicatorScore", "Evidence", "ApplicationEvent", "QuestionnaireResult", "GateFacts", "Evaluation", "CollectiveReview"];
        Assert.DoesNotContain(privateTypes, reachable.Contains);
        Assert.DoesNotContain(fields, f => f.EndsWith(".contact", StringComparison.Ordinal) || f.EndsWith(".objectorContact", StringComparison.Ordinal) || f == "Panel.members");
        Assert.Contains("Mutation.fileObjection", fields);
        Assert.Contains("Award", reachable);
    }

    [Fact]
    public void EveryMutationButFilingAnObjectionNeedsARole()
    {
        var mutation = Schema().Mutation!;
        var open = mutation.Fields.Where(f => !RequiresSignIn(f) || f.GetRoles() is not { Count: > 0 }).Select(f => f.Name);
        Assert.Equal(["fileObjection"], open);
    }

    private static bool RequiresSignIn(IMetadataReader requirements) =>
        requirements.IsAuthorizationRequired() && !requirements.IsAnonymousAllowed();

    private GreenCommunitySchema Schema()
    {
        var schema = factory.Services.GetRequiredService<GreenCommunitySchema>();
        schema.Initialize();
        return schema;
    }

    private string Print() => Schema().Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
