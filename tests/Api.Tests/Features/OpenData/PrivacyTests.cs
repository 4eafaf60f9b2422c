using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.Schema;
using GreenCommunity.Api.Tests.Infrastructure;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GreenCommunity.Api.Tests.Features.OpenData;

/// <summary>No personal data (objectors, residents, evaluators, applicants' sign-in subjects) in any public field or download.</summary>
[Collection(ApiTestGroup.Name)]
public sealed class PrivacyTests(ApiFactory factory)
{
    /// <summary>Names that would carry personal data, as field names (camelCase) or column names (snake_case).</summary>
    private static readonly string[] PersonalNames = ["contact", "objector", "subject", "displayName", "display_name", "evaluator", "email", "phone", "members", "by", "respondent", "questionnaire", "reasons", "evidenceUrl", "url"];

    [Fact]
    public void NoPublicGraphQLFieldCarriesPersonalData()
    {
        var schema = factory.Services.GetRequiredService<GreenCommunitySchema>();
        schema.Initialize();
        var seen = new HashSet<string>();
        var offending = new List<string>();
        var pending = new Queue<IGraphType>([schema.Query]);
        while (pending.TryDequeue(out var type))
        {
            if (Private(type) || !seen.Add(type.Name))
            {
                continue;
            }

            foreach (var possible in type is IAbstractGraphType a ? a.PossibleTypes : [])
            {
                pending.Enqueue(possible);
            }

            if (type is not IComplexGraphType complex)
            {
                continue;
            }

            foreach (var field in complex.Fields.Where(f => !Private(f)))
            {
                // Links of the API itself are not personal, nor is Viewer: it echoes the caller's own token to the caller.
                if (PersonalNames.Contains(field.Name, StringComparer.OrdinalIgnoreCase) && type.Name is not ("DownloadLink" or "Licence" or "FeedEntry" or "DatasetInfo" or "Viewer"))
                {
                    offending.Add($"{type.Name}.{field.Name}");
                }

                pending.Enqueue(field.ResolvedType!.GetNamedType());
            }
        }

        Assert.Empty(offending);
        Assert.Contains("Edition", seen);
        Assert.Contains("Statistics", seen);
        Assert.Contains("QuestionnaireAggregate", seen);
        Assert.DoesNotContain("QuestionnaireResult", seen);
        Assert.DoesNotContain("Objection", seen);
        Assert.DoesNotContain("PanelMember", seen);
        Assert.DoesNotContain("ApplicationEvent", seen);
    }

    [Fact]
    public async Task NoDownloadColumnOrValueCarriesPersonalData()
    {
        Assert.All(DownloadDatasets.All.SelectMany(d => d.Columns), c => Assert.DoesNotContain(c.Name.Split('_'), part => PersonalNames.Contains(part, StringComparer.OrdinalIgnoreCase)));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GreenCommunityDbContext>();
        var secrets = (await db.Objections.Where(o => o.ObjectorContact != null).Select(o => o.ObjectorContact!).ToListAsync())
            .Concat(await db.PanelMembers.Select(m => m.Subject).ToListAsync())
            .Concat(await db.PanelMembers.Where(m => m.Contact != null).Select(m => m.Contact!).ToListAsync())
            .Concat(await db.ApplicationEvents.Select(e => e.By).ToListAsync())
            .Where(s => s.Length >= 6)
            .Distinct()
            .ToList();
        Assert.NotEmpty(secrets);
        using var client = factory.CreateClient();
        foreach (var dataset in DownloadDatasets.All)
        {
            foreach (var format in new[] { "csv", "ndjson" })
            {
                var body = await client.GetStringAsync($"/downloads/{dataset.Name}.{format}");
                Assert.DoesNotContain(secrets, s => body.Contains(s, StringComparison.Ordinal));
            }
        }

        var feed = await client.GetStringAsync("/feeds/publications.atom");
        Assert.DoesNotContain(secrets, s => feed.Contains(s, StringComparison.Ordinal));
    }

    private static bool Private(IMetadataReader requirements) => requirements.IsAuthorizationRequired() && !requirements.IsAnonymousAllowed();
}
