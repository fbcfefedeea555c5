using System.Text;
using ComplaintBot.Evidence.Content;
using ComplaintBot.Evidence.Tests.Infrastructure;

namespace ComplaintBot.Evidence.Tests.Content;

public sealed class ContentSnifferTests
{
    public static TheoryData<byte[], string> Signatures => new()
    {
        { TestFiles.Jpeg(64), EvidenceContentTypes.Jpeg },
        { TestFiles.Png(64), EvidenceContentTypes.Png },
        { Ascii("GIF89a\u0001\u0000\u0001\u0000"), EvidenceContentTypes.Gif },
        { Ascii("GIF87a\u0001\u0000\u0001\u0000"), EvidenceContentTypes.Gif },
        { Ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 "), EvidenceContentTypes.WebP },
        { TestFiles.Pdf(64), EvidenceContentTypes.Pdf },
        { Box("ftyp", "heic", "mif1", "heic"), EvidenceContentTypes.Heic },
        { Box("ftyp", "mif1", "mif1", "heic"), EvidenceContentTypes.Heic },
        { Box("ftyp", "mif1", "mif1", "avif"), EvidenceContentTypes.Heif },
        { Box("ftyp", "isom", "isom", "mp41"), EvidenceContentTypes.Mp4 },
        { Box("ftyp", "mp42", "mp42", "isom"), EvidenceContentTypes.Mp4 },
        { Box("ftyp", "qt  ", "qt  ", "    "), EvidenceContentTypes.QuickTime },
        { Box("moov", "mvhd", "0000", "0000"), EvidenceContentTypes.QuickTime },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Sniff_KnownSignature_ReturnsItsType(byte[] header, string expected) =>
        Assert.Equal(expected, ContentSniffer.Sniff(header, isUtf8Text: false).ContentType);

    [Theory]
    [InlineData("<!DOCTYPE html><html></html>")]
    [InlineData("\uFEFF  <html lang=\"zh\">")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<?xml version=\"1.0\"?><svg/>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")]
    [InlineData("\n\n<!-- comment --><p>hi</p>")]
    [InlineData("<b>bold</b>")]
    public void Sniff_Markup_IsMarkupAndNotAccepted(string text)
    {
        var result = ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text), isUtf8Text: true);

        Assert.True(result.IsMarkup);
        Assert.Null(result.ContentType);
    }

    [Theory]
    [InlineData("卖家说七天无理由退货")]
    [InlineData("<bonus> points were promised")]
    [InlineData("Order 1234 < 5 days")]
    public void Sniff_PlainUtf8Text_IsPlainText(string text) =>
        Assert.Equal(EvidenceContentTypes.PlainText, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text), isUtf8Text: true).ContentType);

    [Fact]
    public void Sniff_UnknownBinary_IsNeitherAcceptedNorMarkup()
    {
        var result = ContentSniffer.Sniff([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], isUtf8Text: false);

        Assert.Equal(SniffResult.Unknown, result);
    }

    [Fact]
    public void Sniff_AudioIsoBrand_IsNotAccepted() =>
        Assert.Null(ContentSniffer.Sniff(Box("ftyp", "M4A ", "M4A ", "isom"), isUtf8Text: false).ContentType);

    private static byte[] Ascii(string s) => Encoding.Latin1.GetBytes(s);

    private static byte[] Box(string type, string major, string compatible1, string compatible2)
    {
        var bytes = new List<byte> { 0, 0, 0, 24 };
        bytes.AddRange(Encoding.ASCII.GetBytes(type + major));
        bytes.AddRange(new byte[4]);
        bytes.AddRange(Encoding.ASCII.GetBytes(compatible1 + compatible2));
        bytes.AddRange(new byte[16]);
        return [.. bytes];
    }
}
