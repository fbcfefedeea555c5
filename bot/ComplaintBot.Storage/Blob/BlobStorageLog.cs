using Microsoft.Extensions.Logging;

namespace ComplaintBot.Storage.Blob;

/// <summary>Log messages of <see cref="BlobStorage"/>. Blob names are never logged: they are encoded keys, and keys carry user ids.</summary>
internal static partial class BlobStorageLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Azure Blob storage {Container}: {Method} request failed transiently (status {Status}); retry {Attempt}")]
    internal static partial void Retrying(ILogger logger, string container, string method, int status, int attempt);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Azure Blob storage {Container}: container created")]
    internal static partial void ContainerCreated(ILogger logger, string container);
}
