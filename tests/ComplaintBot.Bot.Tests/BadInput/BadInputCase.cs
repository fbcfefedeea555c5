namespace ComplaintBot.Bot.Tests.BadInput;

/// <summary>What the bot must do with a bad input.</summary>
public enum BadInputExpectation
{
    /// <summary>A 4xx status; the request never reaches a turn.</summary>
    Rejected,

    /// <summary>200 with at least one message in the user's language; the interview stays at its step.</summary>
    PoliteReply,

    /// <summary>200 (or 501 for an invoke nobody handles) and the interview stays at its step; a reply is optional.</summary>
    Ignored,
}

/// <summary>One generated bad input.</summary>
/// <param name="Category">The family it belongs to, for the report.</param>
/// <param name="Name">What it is.</param>
/// <param name="Expectation">What must happen.</param>
/// <param name="Body">The request body for <see cref="BadInputExpectation.Rejected"/> cases (raw bytes).</param>
/// <param name="ContentType">The request's content type; null sends none.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Activity">For turn cases: builds the JSON of the activity from a template activity (a JObject the case may change).</param>
public sealed record BadInputCase(
    string Category,
    string Name,
    BadInputExpectation Expectation,
    byte[]? Body = null,
    string? ContentType = "application/json",
    string Method = "POST",
    Func<Newtonsoft.Json.Linq.JObject, string>? Activity = null)
{
    public override string ToString() => $"{Category}/{Name}";
}
