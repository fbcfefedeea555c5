using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace ComplaintBot.Bot.Tests.Configuration;

/// <summary>Every configuration key the code reads, found by reflection rather than listed by hand.</summary>
public static class ConfigurationKeys
{
    /// <summary>The flat keys the Bot Framework SDK reads (<c>ConfigurationBotFrameworkAuthentication</c>).</summary>
    public static IReadOnlyList<string> BotFramework { get; } = ["MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId"];

    /// <summary>
    /// Keys read by ASP.NET Core or OpenTelemetry themselves that the guide documents although the repository's
    /// <c>appsettings.json</c> does not set them.
    /// </summary>
    public static IReadOnlyList<string> Framework { get; } = ["OTEL_EXPORTER_OTLP_ENDPOINT", "Logging:Console:FormatterName"];

    /// <summary>
    /// Every options class of ours that is bound from a section: public types in ComplaintBot assemblies with a
    /// <c>SectionName</c> constant. A new options class joins the check without anyone editing this test.
    /// </summary>
    public static IReadOnlyList<Type> OptionsTypes() =>
        [.. Assemblies().SelectMany(SafeTypes)
            .Where(type => type is { IsClass: true, IsAbstract: false } && SectionOf(type) is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)];

    public static string? SectionOf(Type type) =>
        type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field ? field.GetRawConstantValue() as string : null;

    /// <summary>The keys of one options class and its nested sections, with the default each property has.</summary>
    public static IEnumerable<(string Key, Type Type, object? Default)> KeysOf(Type optionsType)
    {
        var instance = Activator.CreateInstance(optionsType);
        return KeysOf(optionsType, instance, SectionOf(optionsType)!);
    }

    /// <summary>The Teams packager's keys: its <c>…Key</c> constants.</summary>
    public static IEnumerable<string> TeamsPackager()
    {
        var settings = Type.GetType("ComplaintBot.Teams.Packager.Configuration.TeamsAppSettings, ComplaintBot.Teams.Packager", throwOnError: true)!;
        return settings.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.Name.EndsWith("Key", StringComparison.Ordinal))
            .Select(field => (string)field.GetRawConstantValue()!);
    }

    /// <summary>Every leaf key of the repository's <c>appsettings.json</c>.</summary>
    public static IEnumerable<string> AppSettings()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        return Leaves(document.RootElement, prefix: null).ToList();
    }

    private static IEnumerable<string> Leaves(JsonElement element, string? prefix)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            yield return prefix!;
            yield break;
        }

        foreach (var property in element.EnumerateObject())
        {
            foreach (var leaf in Leaves(property.Value, prefix is null ? property.Name : prefix + ":" + property.Name))
            {
                yield return leaf;
            }
        }
    }

    private static IEnumerable<(string Key, Type Type, object? Default)> KeysOf(Type type, object? instance, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0))
        {
            var key = prefix + ":" + property.Name;
            var value = instance is null ? null : property.GetValue(instance);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var settable = property.SetMethod is { IsPublic: true };
            if (IsScalar(propertyType))
            {
                if (settable)
                {
                    yield return (key, propertyType, value);
                }
            }
            else if (typeof(IEnumerable).IsAssignableFrom(propertyType))
            {
                // Lists bind from an array (or indexed keys) even without a setter; the table documents the list as one key.
                yield return (key, propertyType, value);
            }
            else if (propertyType.IsClass && settable)
            {
                foreach (var nested in KeysOf(propertyType, value, key))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(Uri);

    private static List<Assembly> Assemblies()
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(Program).Assembly]);
        while (pending.Count > 0)
        {
            var assembly = pending.Pop();
            if (!seen.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("ComplaintBot.", StringComparison.Ordinal)))
            {
                pending.Push(Assembly.Load(reference));
            }
        }

        return [.. seen.Values];
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly) => assembly.GetExportedTypes();
}
