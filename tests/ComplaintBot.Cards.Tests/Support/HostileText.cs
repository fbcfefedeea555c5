using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Tests.Support;

/// <summary>Text that tries to break JSON, markup, the template language or the renderer.</summary>
internal static class HostileText
{
    /// <summary>Where <c>${x}</c> would lead if user text were ever evaluated: the infected document carries it at the root.</summary>
    public const string Evaluated = "EVALUATED";

    /// <summary>Template syntax inside user data; it must come out literally, never evaluated.</summary>
    public static readonly string[] TemplateMarkers = ["${x}", "${$root}", "${$root.id}", "${labels.summary.title}", "${if(true, 'a', 'b')}"];

    public static readonly string Quotes = "\"quoted\" 'single' \\backslash\\ \\\" } { ] [ end";
    public static readonly string Html = "<script>alert('x')</script><b>bold</b> &amp; <img src=x onerror=alert(1)>";
    public static readonly string Template = string.Join(" ", TemplateMarkers);
    public static readonly string Markdown = "**bold** [link](javascript:alert(1)) _it_ {{DATE(2017-02-14T06:08:00Z, SHORT)}} {0} {1:N}";
    public static readonly string Emoji = "表情 😀👍🏽👨‍👩‍👧 🇨🇳";
    public static readonly string LoneSurrogates = "lone \uD800 high and \uDC00 low";
    public static readonly string Controls = "control \u0000\u0001\u0007\u001b\u007f\u0085 chars\r\nnew line\ttab";
    public static readonly string Huge = new string('长', 19_999) + "😀";

    public static readonly string[] All = [Quotes, Html, Template, Markdown, Emoji, LoneSurrogates, Controls, Huge];

    /// <summary>A copy of the document in which every string except the locale is replaced by hostile text, in turn.</summary>
    public static JsonObject Infect(JsonObject document)
    {
        var counter = 0;
        var infected = (JsonObject)Replace(document, ref counter, null)!;
        infected["x"] = Evaluated;
        return infected;
    }

    private static JsonNode? Replace(JsonNode? node, ref int counter, string? key)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    copy[name] = Replace(value, ref counter, name);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(Replace(item, ref counter, key));
                }

                return items;
            case JsonValue value when value.TryGetValue(out string? _) && key != "locale":
                return JsonValue.Create(All[counter++ % All.Length]);
            default:
                return node?.DeepClone();
        }
    }
}
