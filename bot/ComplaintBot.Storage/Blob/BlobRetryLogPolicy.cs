using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Storage.Blob;

/// <summary>
/// Reports every retry the SDK's own retry policy makes, so an unhealthy account shows up in the logs before it
/// fails turns. Runs once per attempt; the first attempt is not a retry and is not logged.
/// </summary>
internal sealed class BlobRetryLogPolicy(ILogger logger, string container) : HttpPipelineSynchronousPolicy
{
    /// <inheritdoc />
    public override void OnSendingRequest(HttpMessage message)
    {
        var attempt = message.ProcessingContext.RetryNumber;
        if (attempt > 0)
        {
            // The previous attempt's response, when there was one; 0 means it failed without an answer.
            var status = message.HasResponse ? message.Response.Status : 0;
            BlobStorageLog.Retrying(logger, container, message.Request.Method.Method, status, attempt);
        }
    }
}
