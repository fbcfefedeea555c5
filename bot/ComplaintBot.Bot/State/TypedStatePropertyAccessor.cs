using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.State;

/// <summary>
/// A state property of a <see cref="TypedStateStore"/>, with the SDK accessor's semantics: every call loads the
/// state first (which is how the store learns it was touched); a missing or null value is created by the default
/// factory and stored; stored JSON is converted to the property's type on every read, as the SDK does, and not
/// stored back.
/// </summary>
/// <remarks>
/// The SDK's own accessor finds the state in the turn's state collection, whose keys are compared by culture-aware
/// rules (a collation sort key per lookup), and signals a missing value type by throwing; an interview turn made a
/// dozen such lookups. This one asks the store, which keeps the turn's state under a short key.
/// </remarks>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed class TypedStatePropertyAccessor<T>(TypedStateStore store, string name) : IStatePropertyAccessor<T>
{
    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public async Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        var values = await store.AccessAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var found = values.TryGetValue(name, out var value);
        var result = found ? Convert(value) : default;
        if (defaultValueFactory is not null && (!found || result is null))
        {
            result = defaultValueFactory();
            values[name] = result;
        }

        return result!;
    }

    /// <inheritdoc />
    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        var values = await store.AccessAsync(turnContext, cancellationToken).ConfigureAwait(false);
        values[name] = value;
    }

    /// <inheritdoc />
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var values = await store.AccessAsync(turnContext, cancellationToken).ConfigureAwait(false);
        values.Remove(name);
    }

    // As the SDK converts: objects and arrays read as JSON become T; anything else goes through a token first.
    private static T? Convert(object? value) => value switch
    {
        T typed => typed,
        null => default,
        JObject json => json.ToObject<T>(),
        JArray json => json.ToObject<T>(),
        _ => JToken.FromObject(value).ToObject<T>(),
    };
}
