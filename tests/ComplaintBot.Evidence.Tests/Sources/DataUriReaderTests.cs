using System.Text;
using ComplaintBot.Evidence.Refusals;
using ComplaintBot.Evidence.Sources;

namespace ComplaintBot.Evidence.Tests.Sources;

public sealed class DataUriReaderTests
{
    [Fact]
    public void Read_Base64_DecodesBytesAndMediaType()
    {
        var (mediaType, bytes) = DataUriReader.Read("data:image/png;base64,iVBORw0KGgo=", 100);

        Assert.Equal("image/png", mediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes);
    }

    [Fact]
    public void Read_PercentEncodedText_DecodesUtf8()
    {
        var (mediaType, bytes) = DataUriReader.Read("data:text/plain;charset=utf-8,%E5%BF%AB%E9%80%92 ok", 100);

        Assert.Equal("text/plain", mediaType);
        Assert.Equal("快递 ok", Encoding.UTF8.GetString(bytes!));
    }

    [Fact]
    public void Read_NoMediaType_ReturnsNullType()
    {
        var (mediaType, bytes) = DataUriReader.Read("data:,hello", 100);

        Assert.Null(mediaType);
        Assert.Equal("hello"u8.ToArray(), bytes);
    }

    [Fact]
    public void Read_PayloadOverTheCap_ReturnsNoBytes()
    {
        var (_, bytes) = DataUriReader.Read("data:image/jpeg;base64," + Convert.ToBase64String(new byte[1000]), 999);

        Assert.Null(bytes);
    }

    [Theory]
    [InlineData("data:image/png;base64")]
    [InlineData("data:image/png;base64,@@@")]
    [InlineData("data:text/plain,%G1")]
    [InlineData("data:text/plain,%4")]
    public void Read_Malformed_RefusedAsBadDataUri(string uri)
    {
        var ex = Assert.Throws<EvidenceRefusedException>(() => DataUriReader.Read(uri, 100));

        Assert.Equal(EvidenceRefusalCodes.BadDataUri, ex.Code);
    }
}
