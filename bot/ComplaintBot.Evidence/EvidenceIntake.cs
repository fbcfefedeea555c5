using ComplaintBot.Dialogs.Evidence;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Evidence.Content;
using ComplaintBot.Evidence.Limits;
using ComplaintBot.Evidence.Logging;
using ComplaintBot.Evidence.Network;
using ComplaintBot.Evidence.Refusals;
using ComplaintBot.Evidence.Sources;
using ComplaintBot.Evidence.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Evidence;

/// <summary>
/// Takes in one attachment: finds its bytes for the channel, fetches them safely within the limits, checks what
/// they really are, hashes and stores them, and describes them as an <see cref="EvidenceItem"/>. Anything wrong
/// becomes a refusal with a stable code and a message in the user's language; the interview simply continues.
/// </summary>
public sealed class EvidenceIntake : IEvidenceIntake
{
    private readonly IEvidenceStore store;
    private readonly EvidenceDownloader downloader;
    private readonly EvidenceOptions options;
    private readonly EvidenceRefusalMessages messages;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly IntakeReservations reservations = new();

    /// <summary>Initializes a new instance of the <see cref="EvidenceIntake"/> class.</summary>
    /// <param name="store">Where accepted files go.</param>
    /// <param name="clients">Creates the <see cref="EvidenceHttpClients.Evidence"/> and <see cref="EvidenceHttpClients.EvidenceExempt"/> clients.</param>
    /// <param name="resolver">Resolves host names for the address check.</param>
    /// <param name="tokens">The bot's token, for Teams inline images.</param>
    /// <param name="options">Limits and allowed hosts.</param>
    /// <param name="time">The clock for received times and download time limits.</param>
    /// <param name="logger">The logger.</param>
    public EvidenceIntake(
        IEvidenceStore store,
        IHttpClientFactory clients,
        IHostAddressResolver resolver,
        IBotTokenProvider tokens,
        IOptions<EvidenceOptions> options,
        TimeProvider time,
        ILogger<EvidenceIntake> logger)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        this.store = store;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        messages = new EvidenceRefusalMessages(this.options);
        downloader = new EvidenceDownloader(clients, new HostGuard(resolver), tokens, this.options);
        Limits = new EvidenceLimits(this.options.MaxFilesPerComplaint, this.options.MaxFileBytes, this.options.MaxComplaintBytes);
    }

    /// <inheritdoc />
    public EvidenceLimits Limits { get; }

    /// <inheritdoc />
    public async Task<EvidenceIntakeResult> AcceptAsync(EvidenceIntakeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Attachment);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ComplaintId);

        try
        {
            // Reserved before the first await, so files sent together are all counted against the limit.
            using var reservation = reservations.Reserve(request.ComplaintId, request.FilesAccepted, options.MaxFilesPerComplaint);
            var source = EvidenceSourceResolver.Resolve(request, options);
            var remaining = options.MaxComplaintBytes - request.BytesAccepted - reservation.OtherBytesInFlight;
            if (remaining <= 0)
            {
                throw new EvidenceRefusedException(EvidenceRefusalCodes.TotalTooLarge);
            }

            var cap = Math.Min(options.MaxFileBytes, remaining);
            var (staged, declared) = await StageAsync(source, request, cap, cancellationToken).ConfigureAwait(false);
            await using (staged.ConfigureAwait(false))
            {
                var item = Describe(staged, source, declared);
                if (!reservation.TryClaimBytes(staged.Length, request.BytesAccepted, options.MaxComplaintBytes))
                {
                    throw new EvidenceRefusedException(EvidenceRefusalCodes.TotalTooLarge);
                }

                await SaveAsync(request.ComplaintId, staged, cancellationToken).ConfigureAwait(false);
                EvidenceLog.Accepted(logger, request.ChannelId, item.ContentType, item.SizeBytes, item.Sha256![..12]);
                return EvidenceIntakeResult.Accepted(item);
            }
        }
        catch (EvidenceRefusedException ex)
        {
            EvidenceLog.Refused(logger, request.ChannelId, ex.Code);
            return EvidenceIntakeResult.Refused(ex.Code, messages.Get(ex.Code, Locales.FromTag(request.Locale)));
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string complaintId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(complaintId);
        return store.DeleteAsync(complaintId, cancellationToken);
    }

    private static EvidenceRefusedException TooLarge(long? length, long cap, EvidenceOptions options) =>
        new(cap >= options.MaxFileBytes || length > options.MaxFileBytes ? EvidenceRefusalCodes.TooLarge : EvidenceRefusalCodes.TotalTooLarge);

    private async Task<(StagedContent Staged, string? Declared)> StageAsync(EvidenceSource source, EvidenceIntakeRequest request, long cap, CancellationToken cancellationToken)
    {
        if (source.DataUri is not null)
        {
            var (mediaType, bytes) = DataUriReader.Read(source.DataUri, cap);
            if (bytes is null)
            {
                throw TooLarge(null, cap, options);
            }

            using var memory = new MemoryStream(bytes, writable: false);
            return (await StagedContent.CopyAsync(memory, cap, cancellationToken).ConfigureAwait(false), mediaType ?? source.DeclaredType);
        }

        // One clock for the whole download, body included: the resilience timeouts stop at the response headers.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.DownloadTimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await downloader.GetAsync(source, EvidenceSourceResolver.ServiceOrigin(request.ServiceUrl), linked.Token).ConfigureAwait(false);
            var length = response.Content.Headers.ContentLength;
            if (length > cap)
            {
                throw TooLarge(length, cap, options);
            }

            var body = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                return (await StagedContent.CopyAsync(body, cap, linked.Token).ConfigureAwait(false), source.DeclaredType);
            }
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.Timeout, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            // The connection broke while the body was streaming.
            EvidenceLog.DownloadFailed(logger, request.ChannelId, ex.GetType().Name);
            throw new EvidenceRefusedException(EvidenceRefusalCodes.Unreachable, ex);
        }
    }

    private EvidenceItem Describe(StagedContent staged, EvidenceSource source, string? declared)
    {
        if (staged.Exceeded)
        {
            throw TooLarge(null, staged.Length - 1, options);
        }

        if (staged.Length == 0)
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.Empty);
        }

        var type = DeclaredTypeCheck.Verify(ContentSniffer.Sniff(staged.Header, staged.IsText), source.Name, declared);
        var name = EvidenceFileNames.Clean(source.Name, type, staged.Sha256);
        return new EvidenceItem
        {
            Name = name,
            ContentType = type,
            SizeBytes = staged.Length,
            Sha256 = staged.Sha256,
            Kind = EvidenceKindInference.Infer(name, type),
            ReceivedAt = time.GetUtcNow(),
        };
    }

    private async Task SaveAsync(string complaintId, StagedContent staged, CancellationToken cancellationToken)
    {
        try
        {
            var content = staged.OpenRead();
            await using (content.ConfigureAwait(false))
            {
                await store.SaveAsync(complaintId, staged.Sha256, content, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            EvidenceLog.StoreFailed(logger, ex.GetType().Name);
            throw new EvidenceRefusedException(EvidenceRefusalCodes.StoreFailed, ex);
        }
    }
}
