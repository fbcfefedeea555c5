using ComplaintBot.Cards.Tests.Support;

namespace ComplaintBot.Cards.Tests.Templating.Expressions;

public sealed class ExpressionEvaluationTests
{
    private const string Data = """
        {
          "order": { "id": "A1", "amount": { "value": 129.5 }, "tags": ["x", "y"], "dict": { "k-1": "v" } },
          "n": 3, "zero": 0, "t": true, "f": false, "s": "text", "empty": "", "nothing": null,
          "items": [ { "name": "first" }, { "name": "second" } ]
        }
        """;

    [Theory]
    // Paths: dot access, indexers, keys with odd characters, graceful nulls through missing levels.
    [InlineData("order.id", "\"A1\"")]
    [InlineData("order.amount.value", "129.5")]
    [InlineData("order.tags[1]", "\"y\"")]
    [InlineData("order['id']", "\"A1\"")]
    [InlineData("order.dict['k-1']", "\"v\"")]
    [InlineData("items[n - 2].name", "\"second\"")]
    [InlineData("order.tags[5]", "(missing)")]
    [InlineData("order.tags[-1]", "(missing)")]
    [InlineData("order.missing.deeper.still", "(missing)")]
    [InlineData("s.length", "(missing)")]
    [InlineData("nothing", "(missing)")]
    // Scopes: a bare name is $data.name, and $data is $root at the top.
    [InlineData("$root.order.id", "\"A1\"")]
    [InlineData("$data.s", "\"text\"")]
    [InlineData("$index", "(missing)")]
    // Literals.
    [InlineData("42", "42")]
    [InlineData("1.25", "1.25")]
    [InlineData("'single'", "\"single\"")]
    [InlineData("\"double\"", "\"double\"")]
    [InlineData("'it\\'s'", "\"it's\"")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "(missing)")]
    // Comparison, equality across number types, strings ordinal.
    [InlineData("n == 3", "true")]
    [InlineData("n == 3.0", "true")]
    [InlineData("n != 3", "false")]
    [InlineData("n < 4", "true")]
    [InlineData("n <= 3", "true")]
    [InlineData("n > 3", "false")]
    [InlineData("n >= 4", "false")]
    [InlineData("s == 'text'", "true")]
    [InlineData("'a' < 'b'", "true")]
    [InlineData("nothing == null", "true")]
    [InlineData("missing == nothing", "true")]
    [InlineData("s == 3", "false")]
    [InlineData("nothing > 1", "(missing)")]
    // Logic follows Adaptive Expressions truthiness: only false and null are false.
    [InlineData("t && f", "false")]
    [InlineData("t || f", "true")]
    [InlineData("!t", "false")]
    [InlineData("!nothing", "true")]
    [InlineData("!zero", "false")]
    [InlineData("!empty", "false")]
    [InlineData("f || nothing", "false")]
    [InlineData("!(n > 1 && s == 'text')", "false")]
    [InlineData("f && noSuch.path > 1", "false")]
    // Arithmetic and precedence; + joins text when either side is text.
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 % 4", "2")]
    [InlineData("-n + 1", "-2")]
    [InlineData("7 / 2", "3.5")]
    [InlineData("1 / 0", "(missing)")]
    [InlineData("'n=' + n", "\"n=3\"")]
    [InlineData("s + nothing", "\"text\"")]
    [InlineData("t + 1", "(missing)")]
    public void Evaluate_Expression_GivesExpectedValue(string expression, string expected) =>
        Assert.Equal(expected, TemplateHarness.Evaluate(expression, Data));
}
