using ComplaintBot.Cards.Templating;
using ComplaintBot.Cards.Templating.Expressions;

namespace ComplaintBot.Cards.Tests.Templating.Expressions;

public sealed class ExpressionParserTests
{
    [Theory]
    [InlineData("noSuchFunction(1)", "unknown function")]
    [InlineData("ToUpper('a')", "unknown function")]
    [InlineData("count()", "takes 1-1 arguments")]
    [InlineData("count(a, b)", "takes 1-1 arguments")]
    [InlineData("formatNumber(1)", "takes 2-3 arguments")]
    [InlineData("if(true, 1)", "if() takes 3 arguments")]
    [InlineData("a +", "unexpected end")]
    [InlineData("(a", "expected ')'")]
    [InlineData("a[0", "expected ']'")]
    [InlineData("a..b", "property name")]
    [InlineData("a b", "unexpected 'b'")]
    [InlineData("'unterminated", "Unterminated string")]
    [InlineData("a # b", "Unexpected character")]
    [InlineData("", "Empty expression")]
    public void Parse_MalformedExpression_ThrowsTemplateException(string expression, string expectedMessage)
    {
        var error = Assert.Throws<TemplateException>(() => ExpressionParser.Parse(expression));

        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.b[0]['c'].d")]
    [InlineData("$root.labels[$data]")]
    [InlineData("!empty(x) && (a >= 1 || b != 'x')")]
    [InlineData("if(a, 'yes', if(b, 1, null))")]
    [InlineData("-1.5 * (2 + 3) % 4 / 5")]
    [InlineData("concat('a', \"b\", 'c\\'d')")]
    [InlineData("  count (  items  )  ")]
    [InlineData("$index == 0")]
    public void Parse_WellFormedExpression_Succeeds(string expression) =>
        Assert.NotNull(ExpressionParser.Parse(expression));

    [Fact]
    public void Parse_TemplateWithUnknownFunction_NamesTheTemplate()
    {
        var error = Assert.Throws<TemplateException>(() => CardTemplate.Parse("broken", """{ "text": "${shout(x)}" }"""));

        Assert.Contains("Template 'broken'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "text": "${a" }""")]
    [InlineData("""{ "text": "x ${'}' " }""")]
    [InlineData("""{ "text": """)]
    public void Parse_MalformedTemplate_ThrowsTemplateException(string template) =>
        Assert.Throws<TemplateException>(() => CardTemplate.Parse("broken", template));
}
