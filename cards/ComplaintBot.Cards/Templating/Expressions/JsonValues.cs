using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>
/// The value rules of the expression language over <see cref="JsonNode"/>: <c>null</c> stands for both JSON
/// null and a missing value, numbers compare numerically whatever their CLR type, and truthiness follows
/// Adaptive Expressions (only <c>false</c> and null are false).
/// </summary>
internal static class JsonValues
{
    /// <summary>Options for writing JSON text: Chinese stays readable instead of \uXXXX (the text is never embedded in HTML).</summary>
    public static readonly JsonSerializerOptions WriteOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonValue True = JsonValue.Create(true);
    private static readonly JsonValue False = JsonValue.Create(false);

    public static JsonNode From(string value) => JsonValue.Create(value);

    /// <summary>
    /// One shared node per boolean: conditions (<c>$when</c>, <c>!empty(…)</c>) are evaluated by the hundred per
    /// card and only read. Never attach the result; expressions that may return it say so
    /// (<see cref="Expression.ReturnsNewNode"/>) and the expander clones it.
    /// </summary>
    public static JsonNode From(bool value) => value ? True : False;

    public static JsonNode From(double value) => JsonValue.Create(value);

    public static JsonNode From(long value) => JsonValue.Create(value);

    public static bool TryGetString(JsonNode? node, out string value)
    {
        value = string.Empty;
        return node is JsonValue v && v.TryGetValue(out value!);
    }

    public static bool TryGetBoolean(JsonNode? node, out bool value)
    {
        value = false;
        return node is JsonValue v && v.TryGetValue(out value);
    }

    public static bool TryGetNumber(JsonNode? node, out double value)
    {
        value = 0;
        if (node is not JsonValue v)
        {
            return false;
        }

        if (v.TryGetValue(out double d)) { value = d; return true; }
        if (v.TryGetValue(out long l)) { value = l; return true; }
        if (v.TryGetValue(out int i)) { value = i; return true; }
        if (v.TryGetValue(out decimal m)) { value = (double)m; return true; }
        if (v.TryGetValue(out float f)) { value = f; return true; }
        if (v.TryGetValue(out JsonElement e) && e.ValueKind == JsonValueKind.Number) { value = e.GetDouble(); return true; }
        return false;
    }

    public static bool IsTruthy(JsonNode? node) =>
        node switch
        {
            null => false,
            _ when TryGetBoolean(node, out var b) => b,
            _ => true,
        };

    public static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (TryGetNumber(left, out var a) && TryGetNumber(right, out var b))
        {
            return a.Equals(b);
        }

        return JsonNode.DeepEquals(left, right);
    }

    /// <summary>Orders two numbers or two strings (ordinal); anything else cannot be compared.</summary>
    public static int Compare(JsonNode? left, JsonNode? right)
    {
        if (TryGetNumber(left, out var a) && TryGetNumber(right, out var b))
        {
            return a.CompareTo(b);
        }

        if (TryGetString(left, out var s) && TryGetString(right, out var t))
        {
            return string.CompareOrdinal(s, t);
        }

        throw new ExpressionEvaluationException("Only two numbers or two strings can be compared.");
    }

    /// <summary>The text a value contributes to an interpolated string; missing values contribute nothing.</summary>
    public static string ToText(JsonNode? node)
    {
        if (node is null)
        {
            return string.Empty;
        }

        if (TryGetString(node, out var s))
        {
            return s;
        }

        if (TryGetBoolean(node, out var b))
        {
            return b ? "true" : "false";
        }

        if (TryGetNumber(node, out var d))
        {
            return d.ToString(CultureInfo.InvariantCulture);
        }

        return node.ToJsonString(WriteOptions);
    }

    /// <summary>Integer argument of a function (a position or a length), rejecting fractions.</summary>
    public static int ToInt32(JsonNode? node, string function)
    {
        if (!TryGetNumber(node, out var d) || d != Math.Floor(d) || d < int.MinValue || d > int.MaxValue)
        {
            throw new ExpressionEvaluationException($"{function} expects a whole number.");
        }

        return (int)d;
    }
}
