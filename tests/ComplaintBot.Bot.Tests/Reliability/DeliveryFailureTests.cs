using System.Net;
using ComplaintBot.Bot.Adapter;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ComplaintBot.Bot.Tests.Reliability;

/// <summary>Which failed posts may be made again: only those the channel certainly did not take.</summary>
public sealed class DeliveryFailureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(429, "NotTaken")]
    [InlineData(503, "NotTaken")]
    [InlineData(408, "NotTaken")]
    [InlineData(500, "Unknown")]
    [InlineData(502, "Unknown")]
    [InlineData(504, "Unknown")]
    [InlineData(400, "Refused")]
    [InlineData(403, "Refused")]
    [InlineData(404, "Refused")]
    [InlineData(413, "Refused")]
    public void Classify_ChannelStatus_OnlyRefusalsToHandleTheRequestMayBePostedAgain(int status, string expected)
    {
        var failure = DeliveryFailure.Classify(ChannelError((HttpStatusCode)status), Now);

        Assert.Equal(Enum.Parse<DeliveryFailureKind>(expected), failure?.Kind);
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), failure?.Reason);
    }

    [Theory]
    [InlineData("7", 7.0)]
    [InlineData("Wed, 25 Nov 2026 08:00:30 GMT", 30.0)]
    [InlineData("Wed, 25 Nov 2026 07:59:00 GMT", 0.0)]
    [InlineData("soon", null)]
    public void Classify_RetryAfter_ReadAsSecondsOrAsDate(string header, double? expectedSeconds)
    {
        var failure = DeliveryFailure.Classify(ChannelError(HttpStatusCode.TooManyRequests, header), Now);

        Assert.Equal(expectedSeconds, failure?.RetryAfter?.TotalSeconds);
    }

    [Fact]
    public void Classify_ConnectionNeverOpened_NotTaken() =>
        Assert.Equal(DeliveryFailureKind.NotTaken, DeliveryFailure.Classify(new HttpRequestException(HttpRequestError.ConnectionError, "refused"), Now)?.Kind);

    [Fact]
    public void Classify_ConnectionDroppedWhileWaitingForTheAnswer_Unknown() =>
        Assert.Equal(DeliveryFailureKind.Unknown, DeliveryFailure.Classify(new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), Now)?.Kind);

    [Fact]
    public void Classify_Timeouts_Unknown()
    {
        Assert.Equal(DeliveryFailureKind.Unknown, DeliveryFailure.Classify(new TimeoutRejectedException(), Now)?.Kind);
        Assert.Equal(DeliveryFailureKind.Unknown, DeliveryFailure.Classify(new TimeoutException(), Now)?.Kind);
    }

    [Fact]
    public void Classify_OpenCircuit_NotTakenWithItsRetryAfter()
    {
        var failure = DeliveryFailure.Classify(new BrokenCircuitException("open", TimeSpan.FromSeconds(5)), Now);

        Assert.Equal(DeliveryFailureKind.NotTaken, failure?.Kind);
        Assert.Equal(TimeSpan.FromSeconds(5), failure?.RetryAfter);
    }

    [Fact]
    public void Classify_AnExceptionThatIsNotAboutDelivery_IsLeftToPropagate() =>
        Assert.Null(DeliveryFailure.Classify(new ArgumentException("bug"), Now));

    private static ErrorResponseException ChannelError(HttpStatusCode status, string? retryAfter = null)
    {
        using var response = new HttpResponseMessage(status);
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return new ErrorResponseException("Operation returned an invalid status code") { Response = new HttpResponseMessageWrapper(response, string.Empty) };
    }
}
