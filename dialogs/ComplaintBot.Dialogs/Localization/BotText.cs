using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using ComplaintBot.Dialogs.Engine.Recognition;

namespace ComplaintBot.Dialogs.Localization;

/// <summary>
/// Every sentence the bot says, per culture, read once from the embedded <c>Resources/strings.{culture}.json</c>
/// files. Keys are dotted names (<c>order.orderId.prompt</c>); values may hold composite-format placeholders
/// (<c>{0}</c>). A test keeps the two cultures' key sets and placeholders identical.
/// </summary>
public sealed class BotText
{
    /// <summary>The culture used when a user's locale is not Chinese.</summary>
    public const string English = LocaleMapper.English;

    /// <summary>The default culture of the product.</summary>
    public const string Chinese = LocaleMapper.Chinese;

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _cultures;

    private BotText(FrozenDictionary<string, FrozenDictionary<string, string>> cultures) => _cultures = cultures;

    /// <summary>Gets the texts shipped with the bot.</summary>
    public static BotText Default { get; } = LoadEmbedded();

    /// <summary>Gets the cultures that have texts.</summary>
    public IReadOnlyCollection<string> Cultures => _cultures.Keys;

    /// <summary>Maps any locale to a supported culture: <c>zh*</c> is Chinese, everything else English.</summary>
    /// <param name="locale">A BCP-47 locale such as <c>zh-cn</c>, <c>zh-TW</c> or <c>en-GB</c>; may be null.</param>
    /// <returns><see cref="Chinese"/> or <see cref="English"/>.</returns>
    public static string CultureOf(string? locale) => LocaleMapper.Map(locale);

    /// <summary>Gets a text in the culture of <paramref name="locale"/>, formatted with <paramref name="args"/>.</summary>
    /// <param name="locale">The user's locale (mapped with <see cref="CultureOf"/>).</param>
    /// <param name="key">The text's key.</param>
    /// <param name="args">Values for the text's placeholders.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">The key does not exist (a programming error caught by tests).</exception>
    public string Get(string? locale, string key, params object?[] args)
    {
        var culture = CultureOf(locale);
        if (!_cultures[culture].TryGetValue(key, out var text))
        {
            throw new KeyNotFoundException($"No text '{key}' for {culture}.");
        }

        return args.Length == 0 ? text : string.Format(CultureInfo.GetCultureInfo(culture), text, args);
    }

    /// <summary>Gets the keys of one culture.</summary>
    /// <param name="culture">A supported culture.</param>
    /// <returns>The keys.</returns>
    public IReadOnlyCollection<string> KeysOf(string culture) => _cultures[culture].Keys;

    /// <summary>Gets the raw (unformatted) text of a key in one culture.</summary>
    /// <param name="culture">A supported culture.</param>
    /// <param name="key">The key.</param>
    /// <returns>The raw text.</returns>
    public string RawText(string culture, string key) => _cultures[culture][key];

    private static BotText LoadEmbedded()
    {
        var assembly = typeof(BotText).Assembly;
        var cultures = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var culture in new[] { Chinese, English })
        {
            cultures[culture] = Read(assembly, $"ComplaintBot.Dialogs.Resources.strings.{culture}.json");
        }

        return new BotText(cultures.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static FrozenDictionary<string, string> Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded resource {resource}.");
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"Empty resource {resource}.");
        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
