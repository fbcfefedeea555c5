using ComplaintBot.Cards.Templating.Expressions;
using ComplaintBot.Cards.Tests.Support;

namespace ComplaintBot.Cards.Tests.Templating.Expressions;

public sealed class FunctionTests
{
    private const string Data = """
        {
          "list": ["a", "b", "c"], "none": [], "obj": { "k": 1 }, "text": "Hello 世界", "blank": "   ", "nothing": null,
          "price": 1299.5, "cny": { "value": 129, "currency": "CNY" }, "usd": { "value": 12.3, "currency": "usd" },
          "neg": { "value": -5, "currency": "CNY" }, "date": "2026-11-18", "stamp": "2026-11-27T10:15:00+08:00",
          "emoji": "ab😀cd", "lines": "one\r\ntwo\n\nthree", "hash": "3f2a9c1be07d44a1"
        }
        """;

    [Theory]
    [InlineData("count(list)", "3")]
    [InlineData("count(none)", "0")]
    [InlineData("count(obj)", "1")]
    [InlineData("count(text)", "8")]
    [InlineData("count(nothing)", "0")]
    [InlineData("count(price)", "(missing)")]
    [InlineData("length(text)", "8")]
    [InlineData("length(nothing)", "0")]
    [InlineData("empty(none)", "true")]
    [InlineData("empty(list)", "false")]
    [InlineData("empty('')", "true")]
    [InlineData("empty(nothing)", "true")]
    [InlineData("empty(missing)", "true")]
    [InlineData("empty(obj)", "false")]
    [InlineData("empty(0)", "false")]
    [InlineData("exists(nothing)", "false")]
    [InlineData("exists(missing.x)", "false")]
    [InlineData("exists(none)", "true")]
    [InlineData("exists('')", "true")]
    [InlineData("join(list, ', ')", "\"a, b, c\"")]
    [InlineData("join(list, ', ', ' and ')", "\"a, b and c\"")]
    [InlineData("join(none, ', ')", "\"\"")]
    [InlineData("join(nothing, ', ')", "(missing)")]
    [InlineData("join(text, ', ')", "(missing)")]
    [InlineData("concat('a', 1, nothing, true)", "\"a1true\"")]
    [InlineData("concat(list, none, list)", "[\"a\",\"b\",\"c\",\"a\",\"b\",\"c\"]")]
    [InlineData("coalesce(nothing, missing, 'x', 'y')", "\"x\"")]
    [InlineData("coalesce(nothing)", "(missing)")]
    [InlineData("if(count(list) > 2, 'many', 'few')", "\"many\"")]
    [InlineData("if(nothing, 'yes', 'no')", "\"no\"")]
    [InlineData("if(true, 1, noSuch.path > 1)", "1")]
    public void Evaluate_CollectionAndLogicFunctions_GiveExpectedValue(string expression, string expected) =>
        Assert.Equal(expected, TemplateHarness.Evaluate(expression, Data));

    [Theory]
    [InlineData("string(price)", "\"1299.5\"")]
    [InlineData("string(true)", "\"true\"")]
    [InlineData("string(nothing)", "\"\"")]
    [InlineData("string(obj)", "\"{\\\"k\\\":1}\"")]
    [InlineData("toUpper(text)", "\"HELLO 世界\"")]
    [InlineData("toLower('ÀB')", "\"àb\"")]
    [InlineData("toUpper(nothing)", "(missing)")]
    [InlineData("trim(blank)", "\"\"")]
    [InlineData("startsWith(text, 'Hell')", "true")]
    [InlineData("startsWith(text, 'hell')", "false")]
    [InlineData("substring(hash, 0, 8)", "\"3f2a9c1b\"")]
    [InlineData("substring(hash, 12)", "\"44a1\"")]
    [InlineData("substring(hash, 10, 100)", "\"7d44a1\"")]
    [InlineData("substring(hash, 100, 2)", "\"\"")]
    [InlineData("substring(emoji, 0, 3)", "\"ab\"")]
    [InlineData("substring(nothing, 0, 3)", "(missing)")]
    [InlineData("truncate(text, 5)", "\"Hello…\"")]
    [InlineData("truncate(text, 8)", "\"Hello 世界\"")]
    [InlineData("truncate(emoji, 3)", "\"ab…\"")]
    [InlineData("truncate(emoji, 4)", "\"ab\\uD83D\\uDE00…\"")]
    [InlineData("truncate(nothing, 4)", "(missing)")]
    [InlineData("truncate(text, 1.5)", "(missing)")]
    [InlineData("split(lines, '\\n')", "[\"one\",\"two\",\"\",\"three\"]")]
    [InlineData("split(text, '')", "[\"Hello 世界\"]")]
    [InlineData("split(nothing, ',')", "(missing)")]
    [InlineData("format('{0} of {1}', 2, 6)", "\"2 of 6\"")]
    [InlineData("format('已收到 {0} 项', text)", "\"已收到 Hello 世界 项\"")]
    [InlineData("format('{0} {1}', '{1}', 'x')", "\"{1} x\"")]
    [InlineData("format('{3}', 1)", "(missing)")]
    public void Evaluate_TextFunctions_GiveExpectedValue(string expression, string expected) =>
        Assert.Equal(expected, TemplateHarness.Evaluate(expression, Data));

    [Theory]
    [InlineData("formatNumber(price, 2)", "zh-CN", "1,299.50")]
    [InlineData("formatNumber(price, 0)", "en-US", "1,300")]
    [InlineData("formatNumber(price, 1, 'de-DE')", "en-US", "1.299,5")]
    [InlineData("formatNumber(price, 1, 'xx-NOPE')", "en-US", "1,299.5")]
    [InlineData("formatMoney(cny)", "zh-CN", "¥129.00")]
    [InlineData("formatMoney(cny)", "en-US", "CNY 129.00")]
    [InlineData("formatMoney(usd)", "zh-CN", "USD 12.30")]
    [InlineData("formatMoney(neg)", "zh-CN", "-¥5.00")]
    [InlineData("formatMoney(price, 'CNY')", "en-US", "CNY 1,299.50")]
    [InlineData("formatDateTime(date, 'yyyy年M月d日')", "zh-CN", "2026年11月18日")]
    [InlineData("formatDateTime(date, 'MMM d, yyyy')", "en-US", "Nov 18, 2026")]
    [InlineData("formatDateTime(date, 'MMMM', 'zh-CN')", "en-US", "十一月")]
    [InlineData("formatDateTime(date)", "en-US", "2026-11-18")]
    [InlineData("formatDateTime(stamp, 'yyyy-MM-dd HH:mm')", "en-US", "2026-11-27 10:15")]
    [InlineData("formatDateTime('not a date', 'yyyy')", "en-US", "not a date")]
    [InlineData("formatBytes(512)", "zh-CN", "512 B")]
    [InlineData("formatBytes(1843200)", "zh-CN", "1.8 MB")]
    [InlineData("formatBytes(2048)", "en-US", "2 KB")]
    public void Evaluate_FormatFunctions_FollowCulture(string expression, string culture, string expected) =>
        Assert.Equal($"\"{expected}\"", TemplateHarness.Evaluate(expression, Data, culture));

    [Theory]
    [InlineData("formatMoney(nothing)")]
    [InlineData("formatMoney(obj)")]
    [InlineData("formatNumber(nothing, 2)")]
    [InlineData("formatDateTime(nothing, 'yyyy')")]
    [InlineData("formatBytes(nothing)")]
    public void Evaluate_FormatFunctionsOfMissingValues_AreMissing(string expression) =>
        Assert.Equal("(missing)", TemplateHarness.Evaluate(expression, Data));

    [Fact]
    public void FunctionTable_ListsEveryDocumentedFunction()
    {
        string[] documented =
        [
            "count", "empty", "exists", "join", "concat", "coalesce", "string", "length", "toUpper", "toLower", "trim",
            "startsWith", "substring", "truncate", "split", "format", "formatNumber", "formatDateTime", "formatMoney", "formatBytes",
        ];

        Assert.Equal(documented.Order(StringComparer.Ordinal), FunctionTable.Names.Order(StringComparer.Ordinal));
    }
}
