namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>
/// One bad input for the Direct Line channel: an HTTP request (or raw bytes on a socket, or WebSocket frames),
/// built against the conversations of a <see cref="BadInputTarget"/>, and what must happen.
/// </summary>
/// <param name="Category">The family it belongs to, for the report.</param>
/// <param name="Name">What it is.</param>
/// <param name="Expectation">What must happen.</param>
public sealed record DirectLineBadInputCase(string Category, string Name, BadInputExpectation Expectation)
{
    /// <summary>Gets the request, for ordinary HTTP cases.</summary>
    public Func<BadInputTarget, HttpRequestMessage>? Request { get; init; }

    /// <summary>Gets the bytes of a whole HTTP/1.1 request, for what HttpClient refuses to send (lying headers, raw paths).</summary>
    public Func<BadInputTarget, byte[]>? Raw { get; init; }

    /// <summary>Gets the frames sent on an open stream, for <see cref="BadInputExpectation.StreamSurvives"/>.</summary>
    public IReadOnlyList<StreamFrame>? Frames { get; init; }

    /// <summary>Gets the exact status a rejection must have, when one is right; otherwise any 4xx.</summary>
    public int? Status { get; init; }

    /// <summary>Gets the exact error code a rejection must carry, when one is right.</summary>
    public string? Code { get; init; }

    /// <summary>Gets a value indicating whether a rejection must carry an <c>ErrorResponse</c> (false only where the request never reaches the channel).</summary>
    public bool ErrorBody { get; init; } = true;

    /// <summary>Gets the locale of the conversation a content case is posted to.</summary>
    public string Locale { get; init; } = "zh-CN";

    /// <summary>Gets how many times the request is sent (a replay sends the same activity again).</summary>
    public int Times { get; init; } = 1;

    /// <summary>Gets a further check of what came back; returns why it failed, or null.</summary>
    public Func<BadInputOutcome, string?>? Check { get; init; }

    public override string ToString() => $"{Category}/{Name}";
}

/// <summary>One WebSocket frame sent by the client.</summary>
/// <param name="Type">Text or binary.</param>
/// <param name="Payload">The bytes.</param>
/// <param name="EndOfMessage">False leaves a message unfinished.</param>
public sealed record StreamFrame(System.Net.WebSockets.WebSocketMessageType Type, byte[] Payload, bool EndOfMessage = true);
