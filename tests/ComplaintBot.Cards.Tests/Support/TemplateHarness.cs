using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintBot.Cards.Input;
using ComplaintBot.Cards.Templating;
using ComplaintBot.Cards.Templating.Expressions;

namespace ComplaintBot.Cards.Tests.Support;

/// <summary>Expands small inline templates the way the cards do (data cleaned first), for templating tests.</summary>
internal static class TemplateHarness
{
    public static JsonNode Expand(string template, string data = "{}", string culture = "zh-CN") =>
        CardTemplate.Parse("test", template).Expand(CardData.Copy(JsonNode.Parse(data)), CultureInfo.GetCultureInfo(culture));

    public static string ExpandToText(string template, string data = "{}", string culture = "zh-CN") =>
        Expand(template, data, culture).ToJsonString(JsonValues.WriteOptions);

    /// <summary>The JSON of one expression's value, or "(missing)" when the binding produced nothing.</summary>
    public static string Evaluate(string expression, string data = "{}", string culture = "zh-CN")
    {
        var template = new JsonObject { ["v"] = "${" + expression + "}" }.ToJsonString();
        var result = (JsonObject)Expand(template, data, culture);
        return result.TryGetPropertyValue("v", out var value) ? value?.ToJsonString(JsonValues.WriteOptions) ?? "null" : "(missing)";
    }
}
