using System.Globalization;
using ComplaintBot.Storage.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Storage.Tests.Json;

public sealed class PooledJsonTests
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    public static TheoryData<string, object?> Values => new()
    {
        { "null", null },
        { "escapes and numbers", new { Text = "引号\"、反斜杠\\、换行\n、制表\t、\u0001、\u2028", Number = 12.5m, Big = long.MaxValue, Double = 0.1, At = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8)) } },
        { "token tree", JObject.Parse("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"漏水\n😀"}],"n":null}""") },
        { "long strings that need escaping", new { Text = string.Concat(Enumerable.Repeat("证据\"照片\"\n", 20_000)) } },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Serialize_WritesWhatTheSerializersOwnTextWriterOverloadWrites(string shape, object? value)
    {
        using var expected = new StringWriter(CultureInfo.InvariantCulture);
        Serializer.Serialize(expected, value);

        using var pooled = new PooledStringWriter();
        PooledJson.Serialize(Serializer, pooled, value);

        Assert.True(expected.ToString() == pooled.ToString(), shape);
    }

    [Fact]
    public void Serialize_ThatFails_Throws_AndLeavesTheOutputOpen()
    {
        using var pooled = new PooledStringWriter();

        Assert.Throws<JsonSerializationException>(() => PooledJson.Serialize(Serializer, pooled, new Looping()));

        pooled.Write("still open");
        Assert.EndsWith("still open", pooled.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CharPool_RentsAtLeastTheLength_AndTakesBackWhatItGaveOrNothing()
    {
        var array = JsonCharArrayPool.Instance.Rent(100);

        Assert.True(array.Length >= 100);
        JsonCharArrayPool.Instance.Return(array);
        JsonCharArrayPool.Instance.Return(null);
    }

    private sealed class Looping
    {
        public Looping Self => this;
    }
}
