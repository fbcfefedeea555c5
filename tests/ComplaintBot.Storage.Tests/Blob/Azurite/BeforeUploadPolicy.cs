using Azure.Core;
using Azure.Core.Pipeline;

namespace ComplaintBot.Storage.Tests.Blob.Azurite;

/// <summary>Runs an action once, just before the first upload (PUT) of one blob: another writer slipping in.</summary>
public sealed class BeforeUploadPolicy(string blobName, Action action) : HttpPipelineSynchronousPolicy
{
    private int _done;

    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Method == RequestMethod.Put
            && message.Request.Uri.Path.EndsWith("/" + blobName, StringComparison.Ordinal)
            && Interlocked.Exchange(ref _done, 1) == 0)
        {
            action();
        }
    }
}
