using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using GreenCommunity.Api.GraphQL.Mutations;
using GreenCommunity.Infrastructure.Persistence;

namespace GreenCommunity.Api.Tests.Architecture;

/// <summary>
/// docs/configuration.md is checked against the settings classes (every class with a <c>Section</c> constant), so
/// neither can change without the other: every setting has a row with its default, and every row of a known
/// section names a real setting.
/// </summary>
public sealed partial class ConfigurationDocTests
{
    // Settings the API reads under another key than Section:Property.
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["Database:ConnectionString"] = "ConnectionStrings:GreenCommunity",
    };

    [Fact]
    public void EverySettingHasARowWithItsDefault()
    {
        var rows = DocumentedRows();
        var problems = new List<string>();
        foreach (var (key, value) in Settings())
        {
            if (!rows.TryGetValue(key, out var documented))
            {
                problems.Add($"{key}: no row in docs/configuration.md");
            }
            else if (value is null ? !documented.Contains("none", StringComparison.Ordinal) : !documented.Contains($"`{value}`", StringComparison.Ordinal))
            {
                problems.Add($"{key}: the default is {(value is null ? "none" : $"`{value}`")}, the doc says \"{documented}\"");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void EveryRowOfAKnownSectionIsARealSetting()
    {
        var settings = Settings().Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var sections = settings.Where(k => !Renamed.ContainsValue(k)).Select(k => k[..k.IndexOf(':', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var stale = DocumentedRows().Keys
            .Where(k => sections.Contains(k[..k.IndexOf(':', StringComparison.Ordinal)]) && !settings.Contains(k))
            .ToList();
        Assert.True(stale.Count == 0, "docs/configuration.md documents settings that do not exist: " + string.Join(", ", stale));
    }

    [Fact]
    public void FindsTheSettingsClasses()
    {
        var keys = Settings().Select(s => s.Key).ToList();
        Assert.Contains("Limits:MaxCost", keys);
        Assert.Contains("OpenData:Licence:Id", keys);
        Assert.Contains("Objections:AnonymousPerHour", keys);
        Assert.Contains("ConnectionStrings:GreenCommunity", keys);
    }

    // Each setting and its default, as the doc writes it (null: none).
    private static IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        var types = typeof(MutationContext).Assembly.GetTypes().Concat(typeof(GreenCommunityDbContext).Assembly.GetTypes());
        foreach (var type in types.Where(t => t.IsClass && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null))
        {
            var section = type.GetField("Section", BindingFlags.Public | BindingFlags.Static) ?? type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static);
            if (section is { IsLiteral: true } && section.GetRawConstantValue() is string name)
            {
                foreach (var setting in Flatten(name, Activator.CreateInstance(type)!))
                {
                    yield return setting;
                }
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, string?>> Flatten(string prefix, object instance)
    {
        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = $"{prefix}:{property.Name}";
            var value = property.GetValue(instance);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsClass && type != typeof(string) && type != typeof(Uri) && !typeof(IEnumerable).IsAssignableFrom(type) && value is not null)
            {
                foreach (var nested in Flatten(key, value))
                {
                    yield return nested;
                }

                continue;
            }

            yield return new(Renamed.GetValueOrDefault(key, key), Text(value));
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        IEnumerable e and not string => e.Cast<object>().Any() ? string.Join(", ", e.Cast<object>()) : null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    // Key → default cell, from every table row whose first cell names settings.
    private static Dictionary<string, string> DocumentedRows()
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot(), "docs", "configuration.md")))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length < 4 || !line.StartsWith('|'))
            {
                continue;
            }

            foreach (Match key in SettingKey().Matches(cells[1]))
            {
                rows[key.Groups[1].Value] = cells[2];
            }
        }

        return rows;
    }

    [GeneratedRegex(@"`([A-Za-z]+(?::[A-Za-z0-9]+)+)`")]
    private static partial Regex SettingKey();

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
