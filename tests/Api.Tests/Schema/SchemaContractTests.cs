using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Schema;

/// <summary>schema.graphql is the public contract: it must match the running schema, and everything in it is described.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class SchemaContractTests(ApiFactory factory)
{
    private static readonly string[] BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    [Fact]
    public void CommittedSchemaMatchesTheRunningSchema()
    {
        var printed = Print();
        var path = Path.Combine(RepositoryRoot(), "schema.graphql");
        var committed = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        if (committed == printed)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("schema.graphql differs from the running schema. Run `dotnet test` locally to regenerate it, review the diff and commit it.");
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
    public void NoPublicTypeExposesPersonalOrUnpublishedWorkflowData()
    {
        var typeNames = Schema().AllTypes.Select(t => t.Name).ToHashSet();
        string[] forbidden = ["Objection", "PanelMember", "IndicatorScore", "Evidence", "ApplicationEvent", "QuestionnaireResult"];
        Assert.DoesNotContain(forbidden, typeNames.Contains);
        var fieldNames = Schema().AllTypes.OfType<IComplexGraphType>().SelectMany(t => t.Fields.Select(f => f.Name)).ToHashSet();
        string[] forbiddenFields = ["contact", "objectorContact", "members", "scores"];
        Assert.DoesNotContain(forbiddenFields, fieldNames.Contains);
    }

    private GreenCommunitySchema Schema()
    {
        var schema = factory.Services.GetRequiredService<GreenCommunitySchema>();
        schema.Initialize();
        return schema;
    }

    private string Print() => Schema().Print(new global::GraphQL.Utilities.PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GreenCommunity.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GreenCommunity.sln not found above " + AppContext.BaseDirectory);
    }
}
