namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>What the Direct Line channel must do with one bad input.</summary>
public enum BadInputExpectation
{
    /// <summary>A 4xx with an <c>ErrorResponse</c> body; nothing is stored and no turn runs.</summary>
    Rejected,

    /// <summary>200 with the stored activity's id, and a reply in the conversation's language that asks the same step again.</summary>
    PoliteReply,

    /// <summary>A 2xx; the bot may stay silent, but if it asks anything it asks the same step.</summary>
    Ignored,

    /// <summary>WebSocket frames the stream must read and ignore: the socket keeps delivering, nothing is stored.</summary>
    StreamSurvives,
}
