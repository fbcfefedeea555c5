using ComplaintBot.Dialogs.Engine.Recognition;

namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>Wording used when choices are rendered as text.</summary>
public sealed class ChoiceFactoryOptions
{
    /// <summary>Gets or sets the separator between choices ("， " in Chinese).</summary>
    /// <value>Default ", ".</value>
    public string? InlineSeparator { get; set; }

    /// <summary>Gets or sets the word between two choices.</summary>
    /// <value>Default " or ".</value>
    public string? InlineOr { get; set; }

    /// <summary>Gets or sets the word before the last of three or more choices.</summary>
    /// <value>Default ", or ".</value>
    public string? InlineOrMore { get; set; }

    /// <summary>Gets or sets a value indicating whether choices are numbered.</summary>
    /// <value>Null means true.</value>
    public bool? IncludeNumbers { get; set; }

    /// <summary>Gets the defaults for a locale: Chinese "，" and "或", English ", " and "or".</summary>
    /// <param name="locale">Any locale.</param>
    /// <returns>New options.</returns>
    public static ChoiceFactoryOptions ForLocale(string? locale) => LocaleMapper.IsChinese(locale)
        ? new ChoiceFactoryOptions { InlineSeparator = "，", InlineOr = " 或 ", InlineOrMore = "，或 ", IncludeNumbers = true }
        : new ChoiceFactoryOptions { InlineSeparator = ", ", InlineOr = " or ", InlineOrMore = ", or ", IncludeNumbers = true };
}
