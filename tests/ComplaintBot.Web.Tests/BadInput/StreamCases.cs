using System.Net.WebSockets;
using System.Text;
using ComplaintBot.Bot.DirectLine;
using static ComplaintBot.Web.Tests.BadInput.DirectLineRequests;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>The WebSocket stream: handshakes it must refuse, and client frames it must read and ignore.</summary>
public static class StreamCases
{
    private const string Category = "stream";

    public static IEnumerable<DirectLineBadInputCase> All()
    {
        static string Stream(BadInputTarget t, string query) => t.ConversationPath + "/stream" + query;

        yield return Refused("plain GET without an upgrade", t => Get(Stream(t, "?t=" + Uri.EscapeDataString(t.Token)), null), 400, DirectLineErrors.BadArgument);
        yield return Refused("handshake without a token", t => Handshake(Stream(t, string.Empty)), 401, DirectLineErrors.MissingToken);
        yield return Refused("handshake with a garbage token", t => Handshake(Stream(t, "?t=garbage")), 403, DirectLineErrors.BadToken);
        yield return Refused("handshake with an expired token", t => Handshake(Stream(t, "?t=" + Uri.EscapeDataString(t.ExpiredToken))), 403, DirectLineErrors.TokenExpired);
        yield return Refused("handshake with another conversation's token", t => Handshake(Stream(t, "?t=" + Uri.EscapeDataString(t.OtherToken))), 403, DirectLineErrors.WrongConversation);
        yield return Refused("handshake from a foreign origin", t => Handshake(Stream(t, "?t=" + Uri.EscapeDataString(t.Token)), "http://evil.example"), 403, DirectLineErrors.BadArgument);
        yield return Refused("handshake with a negative watermark", t => Handshake(Stream(t, "?t=" + Uri.EscapeDataString(t.Token) + "&watermark=-1")), 400, DirectLineErrors.BadArgument);
        yield return Refused("handshake with a watermark that is not a number", t => Handshake(Stream(t, "?t=" + Uri.EscapeDataString(t.Token) + "&watermark=abc")), 400, DirectLineErrors.BadArgument);
        yield return Refused("handshake to an unknown conversation with the secret", t => Handshake("v3/directline/conversations/" + new string('e', 32) + "/stream?t=" + Uri.EscapeDataString(t.Secret)), 404, DirectLineErrors.ConversationNotFound);

        var activityJson = Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"sent over the socket\",\"from\":{\"id\":\"x\"}}");
        yield return Junk("binary frame", new StreamFrame(WebSocketMessageType.Binary, [0x00, 0xFF, 0x10, 0x80]));
        yield return Junk("text that is not JSON", new StreamFrame(WebSocketMessageType.Text, Encoding.UTF8.GetBytes("hello <script>alert(1)</script>")));
        yield return Junk("an activity sent over the socket", new StreamFrame(WebSocketMessageType.Text, activityJson));
        yield return Junk("a 1 MB text frame", new StreamFrame(WebSocketMessageType.Text, Encoding.ASCII.GetBytes(new string('x', 1024 * 1024))));
        yield return Junk("a 4 MB binary frame", new StreamFrame(WebSocketMessageType.Binary, new byte[4 * 1024 * 1024]));
        yield return Junk("500 empty pings", [.. Enumerable.Repeat(new StreamFrame(WebSocketMessageType.Text, []), 500)]);
        yield return Junk("a message in 200 fragments", [.. Enumerable.Range(0, 200).Select(i => new StreamFrame(WebSocketMessageType.Text, "{\"a\":"u8.ToArray(), EndOfMessage: i == 199))]);
        yield return Junk("a message left unfinished", new StreamFrame(WebSocketMessageType.Text, "{\"type\":\"mess"u8.ToArray(), EndOfMessage: false));
    }

    private static DirectLineBadInputCase Refused(string name, Func<BadInputTarget, HttpRequestMessage> request, int status, string code) =>
        MalformedBodyCases.Rejected(Category, name, request, status, code);

    private static DirectLineBadInputCase Junk(string name, params StreamFrame[] frames) =>
        new(Category, name, BadInputExpectation.StreamSurvives) { Frames = frames };
}
