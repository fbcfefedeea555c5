using System.Diagnostics.CodeAnalysis;
using ComplaintBot.Dialogs.Engine.Choices;
using ComplaintBot.Dialogs.Engine.State;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt asks and how; persisted with the prompt's instance (plain JSON).</summary>
public sealed class PromptOptions
{
    /// <summary>Gets or sets the question.</summary>
    /// <value>The activity sent first and on reprompt.</value>
    public Activity? Prompt { get; set; }

    /// <summary>Gets or sets the message sent after an invalid answer.</summary>
    /// <value>Null to repeat <see cref="Prompt"/>.</value>
    public Activity? RetryPrompt { get; set; }

    /// <summary>Gets or sets the choices (choice prompt).</summary>
    /// <value>The choices, or null.</value>
    [SuppressMessage("Usage", "CA2227:Collection properties should be read only", Justification = "Mirrors the Bot Framework PromptOptions shape; set by JSON and initializers.")]
    public IList<Choice>? Choices { get; set; }

    /// <summary>Gets or sets how choices are shown, overriding the prompt's style.</summary>
    /// <value>Null for the prompt's style.</value>
    public ListStyle? Style { get; set; }

    /// <summary>Gets or sets extra data for validators. After a storage round trip objects arrive as JSON
    /// (<c>JObject</c>); read them with <see cref="GetValidations{T}"/>.</summary>
    /// <value>Any JSON-serializable value, or null.</value>
    public object? Validations { get; set; }

    /// <summary>Gets or sets the language used to recognize the answer, overriding the activity's locale.</summary>
    /// <value>A locale, or null.</value>
    public string? RecognizeLanguage { get; set; }

    /// <summary>
    /// Gets or sets the number of invalid answers after which the prompt gives up: it then ends with a
    /// <see cref="PromptGaveUpResult"/> instead of asking again.
    /// </summary>
    /// <value>Null for the prompt's <see cref="Prompt{T}.MaxAttempts"/> (unlimited unless set there).</value>
    public int? MaxAttempts { get; set; }

    /// <summary>Reads <see cref="Validations"/> as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The wanted type.</typeparam>
    /// <returns>The value, or default when absent or not convertible.</returns>
    public T? GetValidations<T>() => StateJson.TryConvert<T>(Validations, out var value) ? value : default;
}
