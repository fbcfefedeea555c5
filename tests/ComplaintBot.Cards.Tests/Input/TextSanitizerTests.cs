using ComplaintBot.Cards.Input;

namespace ComplaintBot.Cards.Tests.Input;

public sealed class TextSanitizerTests
{
    // Lone surrogates cannot travel through attribute arguments, so the cases are built in code.
    public static TheoryData<string, string> Cases => new()
    {
        { "plain 中文", "plain 中文" },
        { "emoji 😀👨‍👩‍👧", "emoji 😀👨‍👩‍👧" },
        { "keep\r\nlines\tand tabs", "keep\r\nlines\tand tabs" },
        { "\"quotes\" <b>html</b> ${x}", "\"quotes\" <b>html</b> ${x}" },
        { "nul\u0000bell\u0007esc\u001bdel\u007fnel\u0085", "nulbellescdelnel" },
        { "high \uD800 alone", "high \uFFFD alone" },
        { "low \uDC00 alone", "low \uFFFD alone" },
        { "reversed \uDE00\uD83D pair", "reversed \uFFFD\uFFFD pair" },
        { "ends with high \uD83D", "ends with high \uFFFD" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_Text_KeepsContentAndRemovesWhatRenderersCannotShow(string input, string expected) =>
        Assert.Equal(expected, TextSanitizer.Clean(input));

    [Fact]
    public void Clean_CleanText_ReturnsSameInstance()
    {
        var text = "nothing to clean 😀";

        Assert.Same(text, TextSanitizer.Clean(text));
    }
}
