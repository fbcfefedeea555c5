using ComplaintBot.Domain.Complaints;
using ComplaintBot.Evidence.Content;

namespace ComplaintBot.Evidence.Tests.Content;

public sealed class EvidenceKindInferenceTests
{
    [Theory]
    [InlineData("IMG_0001.jpg", EvidenceContentTypes.Jpeg, EvidenceKind.Photo)]
    [InlineData("unboxing.mp4", EvidenceContentTypes.Mp4, EvidenceKind.Video)]
    [InlineData("clip.mov", EvidenceContentTypes.QuickTime, EvidenceKind.Video)]
    [InlineData("report.pdf", EvidenceContentTypes.Pdf, EvidenceKind.Document)]
    [InlineData("电子发票.pdf", EvidenceContentTypes.Pdf, EvidenceKind.Receipt)]
    [InlineData("Invoice-2026-05.pdf", EvidenceContentTypes.Pdf, EvidenceKind.Receipt)]
    [InlineData("receipt.png", EvidenceContentTypes.Png, EvidenceKind.Receipt)]
    [InlineData("物流信息.png", EvidenceContentTypes.Png, EvidenceKind.Logistics)]
    [InlineData("快递单.jpg", EvidenceContentTypes.Jpeg, EvidenceKind.Logistics)]
    [InlineData("tracking_SF123.png", EvidenceContentTypes.Png, EvidenceKind.Logistics)]
    [InlineData("聊天记录.txt", EvidenceContentTypes.PlainText, EvidenceKind.Chat)]
    [InlineData("chat.txt", EvidenceContentTypes.PlainText, EvidenceKind.Chat)]
    [InlineData("notes.txt", EvidenceContentTypes.PlainText, EvidenceKind.Document)]
    [InlineData("border.jpg", EvidenceContentTypes.Jpeg, EvidenceKind.Photo)]
    [InlineData("chatter-free.jpg", EvidenceContentTypes.Jpeg, EvidenceKind.Photo)]
    [InlineData(null, EvidenceContentTypes.Gif, EvidenceKind.Photo)]
    public void Infer_NameAndType_GivesTheExpectedKind(string? name, string contentType, EvidenceKind expected) =>
        Assert.Equal(expected, EvidenceKindInference.Infer(name, contentType));
}
