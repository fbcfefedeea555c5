using ComplaintBot.Cards.Tests.Support;

namespace ComplaintBot.Cards.Tests.Templating;

/// <summary>
/// A value the expander puts in a card must belong to that card alone. Booleans and literals are shared and data
/// belongs to the data, so bindings that return them are cloned; only values made by the evaluation are not.
/// Getting this wrong shows as a missing value the second time the same node would be attached.
/// </summary>
public sealed class NodeOwnershipTests
{
    [Fact]
    public void SharedBooleans_InManyPlacesOfOneCard_AllAppear()
    {
        var card = TemplateHarness.ExpandToText(
            """{ "a": "${x == 1}", "b": "${x == 1}", "c": ["${!empty(s)}", "${exists(s)}", "${startsWith(s, 'a')}", "${true}", "${x > 0 && x < 2}"], "d": { "e": "${!false}" } }""",
            """{ "x": 1, "s": "abc" }""");

        Assert.Equal("""{"a":true,"b":true,"c":[true,true,true,true,true],"d":{"e":true}}""", card);
    }

    [Fact]
    public void LiteralsAndData_ReturnedByFunctions_AppearEachTime()
    {
        var card = TemplateHarness.ExpandToText(
            """{ "a": ["${coalesce(missing, 'x')}", "${coalesce(missing, 'x')}", "${if(true, 1, 2)}", "${if(true, 1, 2)}", "${coalesce(o)}", "${coalesce(o)}", "${concat(list, list)}"] }""",
            """{ "o": { "k": [1, "v"] }, "list": ["p", { "q": true }] }""");

        Assert.Equal("""{"a":["x","x",1,1,{"k":[1,"v"]},{"k":[1,"v"]},["p",{"q":true},"p",{"q":true}]]}""", card);
    }

    [Fact]
    public void NewValues_RepeatedOverData_AppearPerItem()
    {
        var card = TemplateHarness.ExpandToText(
            """{ "items": [{ "$data": "${list}", "n": "${$index + 1}", "t": "${toUpper($data)}", "b": "${$data == 'b'}", "s": "${split($data, '-')}" }] }""",
            """{ "list": ["a-1", "b", "c-3"] }""");

        Assert.Equal(
            """{"items":[{"n":1,"t":"A-1","b":false,"s":["a","1"]},{"n":2,"t":"B","b":true,"s":["b"]},{"n":3,"t":"C-3","b":false,"s":["c","3"]}]}""",
            card);
    }
}
