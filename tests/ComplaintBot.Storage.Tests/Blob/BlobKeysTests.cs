using ComplaintBot.Storage.Blob;

namespace ComplaintBot.Storage.Tests.Blob;

public sealed class BlobKeysTests
{
    [Theory]
    [InlineData("abcXYZ019-_", "abcXYZ019-_")]
    [InlineData("msteams/conversations/19:abc@thread.v2", "msteams%2Fconversations%2F19%3Aabc%40thread%2Ev2")]
    [InlineData(".", "%2E")]
    [InlineData("..", "%2E%2E")]
    [InlineData("a b+c~%", "a%20b%2Bc%7E%25")]
    [InlineData("投诉", "%E6%8A%95%E8%AF%89")]
    [InlineData("😀", "%F0%9F%98%80")]
    public void Encode_Key_PercentEncodesAllButLettersDigitsHyphenUnderscore(string key, string expected) =>
        Assert.Equal(expected, BlobKeys.Encode(key));

    [Fact]
    public void Encode_LoneSurrogates_KeepTheirCodeUnitsApart()
    {
        Assert.Equal("a%uD800", BlobKeys.Encode("a\uD800"));
        Assert.Equal("%uDC00b", BlobKeys.Encode("\uDC00b"));
        Assert.NotEqual(BlobKeys.Encode("\uD800"), BlobKeys.Encode("\uD801"));
    }

    [Fact]
    public void ToBlobName_EncodingExactlyAtNameLimit_IsTheEncoding()
    {
        var key = new string('k', BlobKeys.MaxBlobNameLength);

        Assert.Equal(key, BlobKeys.ToBlobName(key));
    }

    [Fact]
    public void ToBlobName_EncodingOverNameLimit_IsPrefixSeparatorAndSha256()
    {
        var key = new string('k', BlobKeys.MaxBlobNameLength - 1) + "/";

        var name = BlobKeys.ToBlobName(key);

        var parts = name.Split(BlobKeys.HashSeparator);
        Assert.Equal(2, parts.Length);
        Assert.Equal(new string('k', BlobKeys.HashedNamePrefixLength), parts[0]);
        Assert.Matches("^[0-9a-f]{64}$", parts[1]);
        Assert.Equal(name, BlobKeys.ToBlobName(key));
    }

    [Fact]
    public void ToBlobName_LongestChineseKey_FitsTheNameLimit()
    {
        var name = BlobKeys.ToBlobName(new string('投', StorageLimits.MaxKeyLength));

        Assert.InRange(name.Length, 1, BlobKeys.MaxBlobNameLength);
    }

    [Fact]
    public void ToBlobName_LongKeysDifferingOnlyAtTheEnd_AreDistinct()
    {
        var start = new string('投', 500);

        Assert.NotEqual(BlobKeys.ToBlobName(start + "a"), BlobKeys.ToBlobName(start + "b"));
    }

    [Fact]
    public void ToBlobName_LongKeysDifferingOnlyInALoneSurrogate_AreDistinct()
    {
        var start = new string('x', BlobKeys.MaxBlobNameLength);

        Assert.NotEqual(BlobKeys.ToBlobName(start + "\uD800"), BlobKeys.ToBlobName(start + "\uD801"));
    }

    [Fact]
    public void ToBlobName_PrefixWouldCutAnEscape_EndsBeforeIt()
    {
        // "a" then nine characters per 投: the 192-character cut falls two characters into an escape.
        var name = BlobKeys.ToBlobName("a" + new string('投', 400));

        var prefix = name.Split(BlobKeys.HashSeparator)[0];
        Assert.Equal(1, prefix.Length % 9);
        Assert.EndsWith("%95", prefix, StringComparison.Ordinal);
    }

    [Fact]
    public void ToBlobName_ShortKey_NeverContainsTheHashSeparator() =>
        Assert.DoesNotContain(BlobKeys.HashSeparator, BlobKeys.ToBlobName("~~~"));
}
