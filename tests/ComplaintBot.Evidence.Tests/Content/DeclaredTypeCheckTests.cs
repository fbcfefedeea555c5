using ComplaintBot.Evidence.Content;
using ComplaintBot.Evidence.Refusals;

namespace ComplaintBot.Evidence.Tests.Content;

public sealed class DeclaredTypeCheckTests
{
    [Theory]
    [InlineData("photo.jpg", "text/html")]
    [InlineData("page.html", "image/jpeg")]
    [InlineData("notes.txt", "text/plain")]
    [InlineData("scan", "pdf")]
    public void Verify_MarkupClaimingAnAcceptedType_RefusedAsDisguised(string name, string declared)
    {
        var ex = Assert.Throws<EvidenceRefusedException>(() => DeclaredTypeCheck.Verify(SniffResult.Markup, name, declared));

        Assert.Equal(EvidenceRefusalCodes.Disguised, ex.Code);
    }

    [Fact]
    public void Verify_PlainTextNamedJpeg_RefusedAsDisguised()
    {
        var ex = Assert.Throws<EvidenceRefusedException>(() => DeclaredTypeCheck.Verify(new SniffResult(EvidenceContentTypes.PlainText, false), "photo.jpg", null));

        Assert.Equal(EvidenceRefusalCodes.Disguised, ex.Code);
    }

    [Theory]
    [InlineData("archive.zip", "application/zip")]
    [InlineData(null, "application/octet-stream")]
    [InlineData("page.html", "text/html")]
    public void Verify_UnacceptedContentMakingNoFalseClaim_RefusedAsTypeNotAllowed(string? name, string declared)
    {
        var ex = Assert.Throws<EvidenceRefusedException>(() => DeclaredTypeCheck.Verify(SniffResult.Unknown, name, declared));

        Assert.Equal(EvidenceRefusalCodes.TypeNotAllowed, ex.Code);
    }

    [Theory]
    [InlineData("chat.txt", "text/plain")]
    [InlineData(null, null)]
    [InlineData("log", "application/octet-stream")]
    public void Verify_PlainTextWithoutBinaryClaim_Accepted(string? name, string? declared) =>
        Assert.Equal(EvidenceContentTypes.PlainText, DeclaredTypeCheck.Verify(new SniffResult(EvidenceContentTypes.PlainText, false), name, declared));
}
