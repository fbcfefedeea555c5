using System.Collections;
using System.Globalization;
using ComplaintBot.Bot.Telemetry;
using ComplaintBot.Domain;
using ComplaintBot.Evidence;
using ComplaintBot.Storage;

namespace ComplaintBot.Bot.Tests.Configuration;

/// <summary>Keeps the configuration reference of <c>docs/deploy.md</c> and the code that reads configuration in step.</summary>
public sealed class ConfigurationTableTests
{
    [Fact]
    public void OptionsDiscovery_FindsTheKnownOptionsClasses()
    {
        var types = ConfigurationKeys.OptionsTypes();

        Assert.Contains(typeof(StorageOptions), types);
        Assert.Contains(typeof(EvidenceOptions), types);
        Assert.Contains(typeof(ComplaintRulesOptions), types);
        Assert.Contains(typeof(TelemetryOptions), types);
        Assert.Contains(ConfigurationKeys.KeysOf(typeof(StorageOptions)), key => key.Key == "Storage:Blob:ServiceUri");
    }

    [Fact]
    public void Table_EveryKeyTheCodeReads_IsDocumented()
    {
        var documented = DeployGuideTable.Rows().Select(row => row.Key).ToHashSet(StringComparer.Ordinal);

        var missing = ExpectedKeys().Where(key => !documented.Contains(key)).ToList();

        Assert.True(missing.Count == 0, $"Add these keys to the table in {DeployGuideTable.Path}:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Table_EveryDocumentedKey_StillExists()
    {
        var expected = ExpectedKeys().Concat(ConfigurationKeys.Framework).ToHashSet(StringComparer.Ordinal);

        var stale = DeployGuideTable.Rows().Select(row => row.Key).Where(key => !expected.Contains(key)).ToList();

        Assert.True(stale.Count == 0, $"These keys in {DeployGuideTable.Path} are read by nothing any more:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void Table_KeysAreListedOnce()
    {
        var duplicates = DeployGuideTable.Rows().GroupBy(row => row.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Table_EnvironmentVariableColumn_IsTheKeyWithDoubleUnderscores()
    {
        var wrong = DeployGuideTable.Rows().Where(row => row.EnvironmentVariable != row.Key.Replace(":", "__", StringComparison.Ordinal)).Select(row => row.Key).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Table_DefaultsOfOptionsKeys_MatchTheOptionsClasses()
    {
        var rows = DeployGuideTable.Rows().ToDictionary(row => row.Key, StringComparer.Ordinal);
        var appSettings = ConfigurationKeys.AppSettings().ToHashSet(StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var (key, type, value) in ConfigurationKeys.OptionsTypes().SelectMany(ConfigurationKeys.KeysOf))
        {
            // A key the repository's appsettings.json sets documents that value; the test for it is the file itself.
            if (appSettings.Contains(key) || !rows.TryGetValue(key, out var row))
            {
                continue;
            }

            if (!DefaultMatches(row.Default, type, value))
            {
                wrong.Add($"{key}: table says {row.Default}, code says {Describe(value)}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static IEnumerable<string> ExpectedKeys() =>
        ConfigurationKeys.BotFramework
            .Concat(ConfigurationKeys.OptionsTypes().SelectMany(ConfigurationKeys.KeysOf).Select(key => key.Key))
            .Concat(ConfigurationKeys.AppSettings())
            .Concat(ConfigurationKeys.TeamsPackager())
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// A default written as a code span (<c>`3`</c>, <c>`00:00:10`</c>) must equal the property's default; "empty"
    /// and "none" mean null, empty text or an empty list. Anything else is prose, explained in the Meaning column.
    /// </summary>
    private static bool DefaultMatches(string cell, Type type, object? value)
    {
        if (cell.StartsWith("none", StringComparison.Ordinal) || cell.StartsWith("empty", StringComparison.Ordinal))
        {
            return value is null || (value is string text && text.Length == 0) || (value is IEnumerable list and not string && !list.Cast<object>().Any());
        }

        if (!cell.StartsWith('`'))
        {
            return true;
        }

        var literal = cell[1..cell.IndexOf('`', 1)];
        return value switch
        {
            TimeSpan span => TimeSpan.TryParse(literal, CultureInfo.InvariantCulture, out var parsed) && parsed == span,
            bool flag => bool.TryParse(literal, out var parsed) && parsed == flag,
            int or long => long.TryParse(literal, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed == Convert.ToInt64(value, CultureInfo.InvariantCulture),
            _ => type == typeof(string) && string.Equals(literal, value as string, StringComparison.Ordinal),
        };
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
