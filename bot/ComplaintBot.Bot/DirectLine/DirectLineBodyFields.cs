using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>Reads optional fields of the channel's own request bodies, refusing a field of the wrong JSON type.</summary>
internal static class DirectLineBodyFields
{
    /// <summary>Reads an optional string property.</summary>
    /// <param name="parent">The object holding it, or null.</param>
    /// <param name="name">The property.</param>
    /// <param name="value">The string, or null when absent or JSON null.</param>
    /// <returns>False when present with another type.</returns>
    public static bool TryString(JToken? parent, string name, out string? value)
    {
        var token = (parent as JObject)?[name];
        value = token?.Type == JTokenType.String ? (string?)token : null;
        return token is null || token.Type is JTokenType.String or JTokenType.Null;
    }

    /// <summary>Reads an optional object property.</summary>
    /// <param name="parent">The object holding it, or null.</param>
    /// <param name="name">The property.</param>
    /// <param name="value">The object, or null when absent or JSON null.</param>
    /// <returns>False when present with another type.</returns>
    public static bool TryObject(JToken? parent, string name, out JObject? value)
    {
        var token = (parent as JObject)?[name];
        value = token as JObject;
        return token is null || token.Type is JTokenType.Object or JTokenType.Null;
    }

    /// <summary>Reads the <c>locale</c> and <c>user.id</c> a start or token request may carry.</summary>
    /// <param name="body">The body, or null.</param>
    /// <param name="locale">The locale as sent.</param>
    /// <param name="userId">The user id as sent.</param>
    /// <returns>Null when well-typed, else the 400 to answer with.</returns>
    public static IResult? ReadStart(JObject? body, out string? locale, out string? userId)
    {
        userId = null;
        if (!TryString(body, "locale", out locale) || !TryObject(body, "user", out var user) || !TryString(user, "id", out userId))
        {
            return DirectLineErrors.Result(StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument, "locale and user.id must be strings and user an object.");
        }

        return null;
    }
}
