using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>How choices are shown to the user.</summary>
[JsonConverter(typeof(StringEnumConverter), typeof(CamelCaseNamingStrategy))]
public enum ListStyle
{
    /// <summary>Prompt text only.</summary>
    None,

    /// <summary>Pick per channel (see <see cref="ChoiceFactory.ForChannel"/>).</summary>
    Auto,

    /// <summary>"text (1) A, (2) B, or (3) C".</summary>
    Inline,

    /// <summary>One numbered line per choice.</summary>
    List,

    /// <summary>Suggested-action (imBack) buttons.</summary>
    SuggestedAction,

    /// <summary>A hero card with imBack buttons.</summary>
    HeroCard,
}
