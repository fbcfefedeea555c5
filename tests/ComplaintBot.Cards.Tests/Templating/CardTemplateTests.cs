using System.Text.Json.Nodes;
using ComplaintBot.Cards.Templating;
using ComplaintBot.Cards.Tests.Support;

namespace ComplaintBot.Cards.Tests.Templating;

public sealed class CardTemplateTests
{
    [Theory]
    // Interpolation mixes text and several bindings; a missing binding contributes nothing.
    [InlineData("""{ "t": "Order ${id} from ${shop}" }""", """{ "id": "A1", "shop": "S" }""", """{"t":"Order A1 from S"}""")]
    [InlineData("""{ "t": "Order ${id} from ${shop}" }""", """{ "id": "A1" }""", """{"t":"Order A1 from "}""")]
    [InlineData("""{ "t": "n=${n}, b=${b}" }""", """{ "n": 2.5, "b": true }""", """{"t":"n=2.5, b=true"}""")]
    // A string that is exactly one binding keeps the value's type; a missing value omits the property.
    [InlineData("""{ "n": "${n}", "b": "${b}", "o": "${o}", "a": "${a}" }""", """{ "n": 2, "b": false, "o": { "x": 1 }, "a": [1] }""", """{"n":2,"b":false,"o":{"x":1},"a":[1]}""")]
    [InlineData("""{ "t": "${missing}", "u": "kept" }""", "{}", """{"u":"kept"}""")]
    [InlineData("""{ "t": " ${n}" }""", """{ "n": 2 }""", """{"t":" 2"}""")]
    // Strings without bindings, numbers, booleans and null are copied.
    [InlineData("""{ "t": "plain $ { }", "n": 1.5, "b": true, "z": null }""", "{}", """{"t":"plain $ { }","n":1.5,"b":true,"z":null}""")]
    // $when keeps an element only when it is exactly true; errors and non-booleans drop it.
    [InlineData("""[ { "$when": "${n > 1}", "k": 1 }, { "$when": "${n > 5}", "k": 2 } ]""", """{ "n": 2 }""", """[{"k":1}]""")]
    [InlineData("""[ { "$when": "${s}", "k": 1 }, { "$when": "${1}", "k": 2 }, { "$when": "true", "k": 3 } ]""", """{ "s": "true" }""", "[]")]
    [InlineData("""[ { "$when": "${missing > 1}", "k": 1 }, { "$when": "${formatBytes('x') == ''}", "k": 2 } ]""", "{}", "[]")]
    [InlineData("""[ { "$when": true, "k": 1 } ]""", "{}", """[{"k":1}]""")]
    // $data over an array repeats the element and splices the copies in; $index counts; $root reaches the top.
    [InlineData("""[ "a", { "$data": "${items}", "t": "${$index}:${name}@${$root.title}" }, "z" ]""", """{ "title": "T", "items": [ { "name": "x" }, { "name": "y" } ] }""", """["a",{"t":"0:x@T"},{"t":"1:y@T"},"z"]""")]
    [InlineData("""[ { "$data": "${items}", "t": "${$data}" } ]""", """{ "items": ["p", "q"] }""", """[{"t":"p"},{"t":"q"}]""")]
    [InlineData("""[ { "$data": "${items}", "t": "x" } ]""", """{ "items": [] }""", "[]")]
    [InlineData("""[ { "$data": "${missing}", "t": "x" } ]""", "{}", "[]")]
    [InlineData("""[ { "$data": "${items}", "$when": "${$index != 1}", "t": "${$data}" } ]""", """{ "items": ["p", "q", "r"] }""", """[{"t":"p"},{"t":"r"}]""")]
    // $data with an object sets the scope; a literal object or array works too.
    [InlineData("""{ "$data": "${order}", "t": "${id}/${$root.id}" }""", """{ "id": "root", "order": { "id": "inner" } }""", """{"t":"inner/root"}""")]
    [InlineData("""[ { "$data": [ { "v": 1 }, { "v": 2 } ], "t": "${v}" } ]""", "{}", """[{"t":1},{"t":2}]""")]
    [InlineData("""{ "$data": { "v": "${x}" }, "t": "${v}" }""", """{ "x": "from root" }""", """{"t":"from root"}""")]
    // Nested repetition keeps $root and gives each level its own $index.
    [InlineData("""[ { "$data": "${groups}", "items": [ { "$data": "${members}", "t": "${$index}${$data}${$root.s}" } ] } ]""", """{ "s": "!", "groups": [ { "members": ["a", "b"] }, { "members": [] } ] }""", """[{"items":[{"t":"0a!"},{"t":"1b!"}]},{"items":[]}]""")]
    // A repeated element that is a property value becomes an array.
    [InlineData("""{ "p": { "$data": "${items}", "v": "${$data}" } }""", """{ "items": [1, 2] }""", """{"p":[{"v":1},{"v":2}]}""")]
    // Reserved keys never reach the output.
    [InlineData("""{ "$data": "${o}", "$when": "${true}", "$root": 1, "$index": 2, "k": 1 }""", """{ "o": {} }""", """{"k":1}""")]
    public void Expand_Template_GivesExpectedJson(string template, string data, string expected) =>
        Assert.Equal(expected, TemplateHarness.ExpandToText(template, data));

    [Theory]
    [InlineData("${x}")]
    [InlineData("${$root}")]
    [InlineData("${if(true, 'a', 'b')}")]
    [InlineData("${")]
    [InlineData("}{\"$data\":1}")]
    public void Expand_UserValueLooksLikeTemplate_IsInsertedLiterally(string value)
    {
        var data = new JsonObject { ["v"] = value, ["x"] = "EVALUATED" }.ToJsonString();

        var single = TemplateHarness.Expand("""{ "t": "${v}" }""", data);
        var mixed = TemplateHarness.Expand("""{ "t": "<${v}>" }""", data);

        Assert.Equal(value, single["t"]!.GetValue<string>());
        Assert.Equal($"<{value}>", mixed["t"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("\"quotes\" and \\backslashes\\")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("line\nbreak\ttab")]
    [InlineData("😀👨‍👩‍👧")]
    public void Expand_UserValueWithJsonSpecialCharacters_RoundTrips(string value)
    {
        var data = new JsonObject { ["v"] = value }.ToJsonString();

        var text = TemplateHarness.ExpandToText("""{ "t": "[${v}]" }""", data);

        Assert.Equal($"[{value}]", JsonNode.Parse(text)!["t"]!.GetValue<string>());
    }

    [Fact]
    public void Expand_SameTemplateTwice_DoesNotShareOrChangeData()
    {
        var template = CardTemplate.Parse("t", """{ "o": "${o}", "items": [ { "$data": "${list}", "v": "${$data}" } ] }""");
        var data = JsonNode.Parse("""{ "o": { "k": 1 }, "list": [1, 2] }""");
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        var first = template.Expand(data, culture);
        first["o"]!["k"] = 99;
        var second = template.Expand(data, culture);

        Assert.Equal(1, data!["o"]!["k"]!.GetValue<int>());
        Assert.Equal("""{"o":{"k":1},"items":[{"v":1},{"v":2}]}""", second.ToJsonString());
    }

    [Fact]
    public void Expand_RootDroppedByWhen_ThrowsTemplateException()
    {
        var template = CardTemplate.Parse("t", """{ "$when": "${false}", "type": "AdaptiveCard" }""");

        Assert.Throws<TemplateException>(() => template.Expand(new JsonObject(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
