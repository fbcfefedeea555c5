using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Engine.State;

/// <summary>
/// Puts values into the shape plain-JSON storage gives them back in, and reads such values tolerantly.
/// </summary>
/// <remarks>
/// Storage without type names returns objects as <see cref="JObject"/> and integers as <see cref="long"/>. Normalizing
/// on write means a value looks the same in the turn that wrote it and in every later turn, so a wrong cast fails at
/// once instead of only after a restart.
/// </remarks>
internal static class StateJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Double,
        NullValueHandling = NullValueHandling.Ignore,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = 64,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>Returns null, a string, bool, long, double, or a JObject/JArray: what a storage round trip yields.</summary>
    public static object? Normalize(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string or bool or long or double:
                return value;
            case int i:
                return (long)i;
        }

        var json = JsonConvert.SerializeObject(value, Settings);
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = Settings.MaxDepth,
        };
        return Unwrap(JToken.ReadFrom(reader));
    }

    /// <summary>Turns a JSON primitive into its CLR value; objects and arrays stay tokens.</summary>
    public static object? Unwrap(JToken? token) => token switch
    {
        null => null,
        JValue { Type: JTokenType.Null or JTokenType.Undefined } => null,
        JValue v => v.Value,
        _ => token,
    };

    /// <summary>Converts a stored value to <typeparamref name="T"/>, accepting long/int/double/string for numbers.</summary>
    public static bool TryConvert<T>(object? value, out T result)
    {
        result = default!;
        if (value is null)
        {
            return false;
        }

        if (value is T typed)
        {
            result = typed;
            return true;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            if (value is JValue jv)
            {
                value = jv.Value;
                if (value is null)
                {
                    return false;
                }

                if (value is T unwrapped)
                {
                    result = unwrapped;
                    return true;
                }
            }

            if (target.IsEnum)
            {
                return TryConvertEnum(value, target, out result);
            }

            if (value is IConvertible && value is not JToken && IsSimple(target))
            {
                if (target == typeof(bool) && value is string s)
                {
                    if (!bool.TryParse(s.Trim(), out var b))
                    {
                        return false;
                    }

                    result = (T)(object)b;
                    return true;
                }

                if (target != typeof(string) && target != typeof(bool) && value is double d && IsIntegral(target) && d != Math.Floor(d))
                {
                    return false;
                }

                result = (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
                return true;
            }

            var token = value as JToken ?? JToken.FromObject(value, Serializer);
            var converted = token.ToObject<T>(Serializer);
            if (converted is null)
            {
                return false;
            }

            result = converted;
            return true;
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or JsonException or ArgumentException)
        {
            return false;
        }
    }

    private static bool TryConvertEnum<T>(object value, Type target, out T result)
    {
        result = default!;
        if (value is string s && Enum.TryParse(target, s.Trim(), ignoreCase: true, out var parsed))
        {
            result = (T)parsed!;
            return true;
        }

        if (value is long or int)
        {
            result = (T)Enum.ToObject(target, Convert.ToInt64(value, CultureInfo.InvariantCulture));
            return true;
        }

        return false;
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type == typeof(string) || type == typeof(decimal);

    private static bool IsIntegral(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);
}
