using ComplaintBot.Evidence.Sources;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Evidence.Tests.Sources;

public sealed class EvidenceAttachmentFilterTests
{
    [Fact]
    public void Candidates_TeamsMessageWithFileAndHtmlBody_KeepsOnlyTheFile()
    {
        var file = new Attachment { ContentType = TeamsContentTypes.FileDownloadInfo, Name = "a.pdf", Content = new { downloadUrl = "https://x.example/a" } };
        var html = new Attachment { ContentType = "text/html", Content = "<div>hi</div>" };

        Assert.Equal([file], EvidenceAttachmentFilter.Candidates([html, file]));
    }

    [Theory]
    [InlineData("application/vnd.microsoft.card.adaptive", "https://x.example/c")]
    [InlineData("application/vnd.microsoft.teams.card.file.consent", "https://x.example/c")]
    [InlineData("image/png", null)]
    [InlineData("text/html", "https://x.example/page")]
    public void IsCandidate_CardsHtmlAndAttachmentsWithoutUrl_False(string contentType, string? url) =>
        Assert.False(EvidenceAttachmentFilter.IsCandidate(new Attachment { ContentType = contentType, ContentUrl = url }));

    [Theory]
    [InlineData("image/png", "https://x.example/a.png")]
    [InlineData("application/pdf", "data:application/pdf;base64,JVBERi0=")]
    [InlineData(null, "http://localhost:5000/v3/attachments/1/views/original")]
    public void IsCandidate_FilesWithUrl_True(string? contentType, string url) =>
        Assert.True(EvidenceAttachmentFilter.IsCandidate(new Attachment { ContentType = contentType, ContentUrl = url }));

    [Fact]
    public void Candidates_Null_Empty() => Assert.Empty(EvidenceAttachmentFilter.Candidates(null));
}
