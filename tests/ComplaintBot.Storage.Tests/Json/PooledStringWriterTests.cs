using System.Globalization;
using ComplaintBot.Storage.Json;

namespace ComplaintBot.Storage.Tests.Json;

public sealed class PooledStringWriterTests
{
    [Fact]
    public void Growing_GivesWhatAStringWriterGives()
    {
        using var pooled = new PooledStringWriter(1);
        using var plain = new StringWriter(CultureInfo.InvariantCulture);
        for (var i = 0; i < 5_000; i++)
        {
            foreach (var writer in new TextWriter[] { pooled, plain })
            {
                writer.Write('{');
                writer.Write("证据" + i);
                writer.Write("😀,\uD800".ToCharArray(), 0, 3);
                writer.Write(i);
            }
        }

        Assert.Equal(plain.ToString(), pooled.ToString());
        Assert.Equal(plain.ToString(), new string(pooled.WrittenSpan));
    }

    [Fact]
    public void AfterDispose_UseThrows_AndDisposingAgainDoesNothing()
    {
        var writer = new PooledStringWriter();
        writer.Write("x");
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.Write('y'));
        Assert.Throws<ObjectDisposedException>(() => writer.ToString());
        writer.Dispose();
    }
}
