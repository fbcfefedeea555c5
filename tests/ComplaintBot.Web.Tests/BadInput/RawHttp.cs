using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>Sends bytes exactly as given on a new connection and reads one HTTP/1.1 response back.</summary>
public static class RawHttp
{
    public static async Task<(int Status, string ContentType, string Body)> SendAsync(string authority, byte[] request, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var uri = new Uri("http://" + authority);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port, cancel.Token);
        var stream = tcp.GetStream();
        await stream.WriteAsync(request, cancel.Token);

        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int headEnd;
        while ((headEnd = IndexOf(received.ToArray(), "\r\n\r\n"u8)) < 0)
        {
            var read = await stream.ReadAsync(buffer, cancel.Token);
            if (read == 0)
            {
                throw new IOException("The server closed the connection before answering.");
            }

            received.Write(buffer, 0, read);
        }

        var all = received.ToArray();
        var head = Encoding.ASCII.GetString(all, 0, headEnd).Split("\r\n");
        var status = int.Parse(head[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = head.Skip(1).Select(h => h.Split(':', 2)).Where(h => h.Length == 2).ToDictionary(h => h[0].Trim(), h => h[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = new MemoryStream();
        body.Write(all, headEnd + 4, all.Length - headEnd - 4);

        // Read what the headers promise: a length, chunks up to the last one, or nothing more.
        bool Complete(byte[] soFar) =>
            headers.TryGetValue("Content-Length", out var length) ? soFar.Length >= long.Parse(length, CultureInfo.InvariantCulture)
            : !headers.TryGetValue("Transfer-Encoding", out var encoding) || !encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase) || IndexOf(soFar, "0\r\n\r\n"u8) >= 0;
        while (!Complete(body.ToArray()))
        {
            var read = await stream.ReadAsync(buffer, cancel.Token);
            if (read == 0)
            {
                break;
            }

            body.Write(buffer, 0, read);
        }

        var text = Encoding.UTF8.GetString(body.ToArray());
        if (headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            text = Dechunk(text);
        }

        return (status, headers.GetValueOrDefault("Content-Type") ?? string.Empty, text);
    }

    private static string Dechunk(string chunked)
    {
        var result = new StringBuilder();
        var position = 0;
        while (position < chunked.Length)
        {
            var lineEnd = chunked.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = int.Parse(chunked[position..lineEnd].Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                break;
            }

            // Sizes count bytes; the suite's bodies are ASCII JSON, where bytes and characters agree.
            result.Append(chunked, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }

        return result.ToString();
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
