using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ComplaintBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>
/// The activity log of each Direct Line conversation and the files uploaded to it, kept in the configured
/// <see cref="IStorage"/> so that several instances can serve one conversation.
/// </summary>
/// <remarks>
/// <para>
/// One record per conversation (<c>directline-channel/conversations/{id}</c>) is the commit point: it holds the count, the
/// user and the newest activities (the tail, at most <see cref="PageSize"/>). Appending reads it, adds the activity
/// and writes it back under its ETag, retrying on a conflict, so concurrent writers on any instance never lose or
/// reorder an activity. When the tail is full it is first written out as an immutable page
/// (<c>…/pages/{n}</c>); a page's content is fixed by the committed tail, so two writers racing to write the same
/// page write the same bytes. An activity whose JSON is larger than <see cref="InlineActivityBytes"/> is stored on
/// its own and referenced, so no record comes near the storage value limit.
/// </para>
/// <para>The watermark is the index of the next activity, as a decimal string.</para>
/// </remarks>
public sealed class DirectLineConversationStore(IStorage storage, TimeProvider time, IOptions<DirectLineOptions> options)
{
    /// <summary>Activities per page (and the most in the tail).</summary>
    public const int PageSize = 16;

    /// <summary>Activities larger than this (JSON bytes) are stored in their own record.</summary>
    public const int InlineActivityBytes = 48 * 1024;

    /// <summary>Bytes of file content per stored chunk (base64 in storage, well under the 1 MiB value limit).</summary>
    public const int FileChunkBytes = 512 * 1024;

    private const string ReferenceProperty = "_directLineRef";
    private const int MaxConflictRetries = 20;

    /// <summary>Bot Framework JSON conventions for activities: nulls omitted, ISO dates kept as written.</summary>
    public static JsonSerializerSettings ActivitySettings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 64,
        ContractResolver = PlainAttachmentContentResolver.Instance,
    };

    private static readonly JsonSerializer ActivitySerializer = JsonSerializer.Create(ActivitySettings);

    /// <summary>Turns an activity into its stored JSON form.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>A JSON object.</returns>
    public static JObject ToJson(object activity) => JObject.FromObject(activity, ActivitySerializer);

    /// <summary>Reads a conversation's record.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, or null when the conversation was never started.</returns>
    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = ConversationKey(conversationId);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var value) ? ToRecord(value) : null;
    }

    /// <summary>Starts a conversation, or returns it when it was already started.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="userId">The user it belongs to.</param>
    /// <param name="locale">The locale the user asked for, if any.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The record and whether this call created it.</returns>
    public async Task<(DirectLineConversation Conversation, bool Created)> StartAsync(string conversationId, string userId, string? locale, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return (existing, false);
        }

        var record = new DirectLineConversation
        {
            ConversationId = conversationId,
            UserId = userId,
            Locale = locale,
            CreatedAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        await storage.WriteAsync(new Dictionary<string, object> { [ConversationKey(conversationId)] = record }, cancellationToken).ConfigureAwait(false);
        return (await FindAsync(conversationId, cancellationToken).ConfigureAwait(false) ?? record, true);
    }

    /// <summary>
    /// Appends an activity: gives it the next id (<c>{conversationId}|{seq}</c>) and a timestamp later than every
    /// earlier one, and stores it.
    /// </summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="activity">The activity JSON; its <c>id</c> and <c>timestamp</c> are overwritten.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The stored activity.</returns>
    /// <exception cref="DirectLineConversationNotFoundException">The conversation was never started.</exception>
    /// <exception cref="DirectLineConversationFullException">The conversation holds the most activities it may.</exception>
    public async Task<JObject> AppendAsync(string conversationId, JObject activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var key = ConversationKey(conversationId);
        var max = options.Value.MaxActivitiesPerConversation;
        string? largeKey = null;
        for (var attempt = 0; ; attempt++)
        {
            var record = await FindAsync(conversationId, cancellationToken).ConfigureAwait(false)
                ?? throw new DirectLineConversationNotFoundException(conversationId);
            if (record.Count >= max)
            {
                throw new DirectLineConversationFullException(conversationId);
            }

            var seq = record.Count;
            var now = time.GetUtcNow();
            var last = DateTimeOffset.FromUnixTimeMilliseconds(record.LastTimestamp);
            var timestamp = now > last ? now : last.AddMilliseconds(1);
            var stored = (JObject)activity.DeepClone();
            stored["id"] = ActivityId(conversationId, seq);
            stored["timestamp"] = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

            JObject entry = stored;
            if (Encoding.UTF8.GetByteCount(stored.ToString(Formatting.None)) > InlineActivityBytes)
            {
                largeKey ??= $"{key}/large/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
                await storage.WriteAsync(new Dictionary<string, object> { [largeKey] = new LargeActivity { Activity = stored } }, cancellationToken).ConfigureAwait(false);
                entry = new JObject { [ReferenceProperty] = largeKey };
            }

            if (record.Tail.Count >= PageSize)
            {
                // The committed tail becomes an immutable page before the record forgets it.
                var page = new ActivityPage { Activities = record.Tail.Take(PageSize).ToList() };
                await storage.WriteAsync(new Dictionary<string, object> { [PageKey(conversationId, record.Flushed / PageSize)] = page }, cancellationToken).ConfigureAwait(false);
                record.Tail = record.Tail.Skip(PageSize).ToList();
                record.Flushed += PageSize;
            }

            record.Tail.Add(entry);
            record.Count = seq + 1;
            record.LastTimestamp = timestamp.ToUnixTimeMilliseconds();
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = record }, cancellationToken).ConfigureAwait(false);
                return stored;
            }
            catch (StorageConcurrencyException) when (attempt < MaxConflictRetries)
            {
                await Task.Delay(Random.Shared.Next(1, 10 + (attempt * 5)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads activities from a watermark on: at most one page per call, so clients page by watermark.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="watermark">The index of the first activity wanted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The activities and the watermark after them.</returns>
    /// <exception cref="DirectLineConversationNotFoundException">The conversation was never started.</exception>
    public async Task<(IReadOnlyList<JObject> Activities, int Watermark)> ReadAsync(string conversationId, int watermark, CancellationToken cancellationToken)
    {
        var record = await FindAsync(conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new DirectLineConversationNotFoundException(conversationId);
        var from = Math.Clamp(watermark, 0, record.Count);
        List<JObject> entries;
        if (from >= record.Flushed)
        {
            entries = record.Tail.Skip(from - record.Flushed).ToList();
        }
        else
        {
            var pageKey = PageKey(conversationId, from / PageSize);
            var items = await storage.ReadAsync([pageKey], cancellationToken).ConfigureAwait(false);
            var page = items.TryGetValue(pageKey, out var value) ? ((JToken)value).ToObject<ActivityPage>() : null;
            entries = page?.Activities.Skip(from % PageSize).ToList() ?? [];
        }

        var activities = new List<JObject>(entries.Count);
        foreach (var entry in entries)
        {
            activities.Add(await ResolveAsync(entry, cancellationToken).ConfigureAwait(false));
        }

        return (activities, from + activities.Count);
    }

    /// <summary>Stores an uploaded file.</summary>
    /// <param name="conversationId">The conversation it was uploaded to.</param>
    /// <param name="name">The file name the client gave.</param>
    /// <param name="contentType">The declared type.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The file's unguessable id (the capability to download it).</returns>
    public async Task<string> SaveFileAsync(string conversationId, string? name, string contentType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var chunks = new Dictionary<string, object>();
        var count = 0;
        for (var offset = 0; offset < content.Length; offset += FileChunkBytes, count++)
        {
            var slice = content.Slice(offset, Math.Min(FileChunkBytes, content.Length - offset));
            chunks[FileKey(id) + "/" + count.ToString(CultureInfo.InvariantCulture)] = new FileChunk { Data = Convert.ToBase64String(slice.Span) };
        }

        if (chunks.Count > 0)
        {
            await storage.WriteAsync(chunks, cancellationToken).ConfigureAwait(false);
        }

        var file = new StoredFile
        {
            ConversationId = conversationId,
            Name = name,
            ContentType = contentType,
            Length = content.Length,
            Chunks = count,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span)),
            CreatedAt = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        await storage.WriteAsync(new Dictionary<string, object> { [FileKey(id)] = file }, cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>Reads an uploaded file.</summary>
    /// <param name="id">The file id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The file and its bytes, or null.</returns>
    public async Task<(StoredFile File, byte[] Content)?> ReadFileAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length != 48 || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var items = await storage.ReadAsync([FileKey(id)], cancellationToken).ConfigureAwait(false);
        if (!items.TryGetValue(FileKey(id), out var value) || ((JToken)value).ToObject<StoredFile>() is not { } file)
        {
            return null;
        }

        var keys = Enumerable.Range(0, file.Chunks).Select(i => FileKey(id) + "/" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var chunks = keys.Length == 0 ? new Dictionary<string, object>() : await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var content = new byte[file.Length];
        var offset = 0;
        foreach (var key in keys)
        {
            if (!chunks.TryGetValue(key, out var chunk) || ((JToken)chunk).ToObject<FileChunk>()?.Data is not { } data)
            {
                return null;
            }

            var bytes = Convert.FromBase64String(data);
            if (offset + bytes.Length > content.Length)
            {
                return null;
            }

            bytes.CopyTo(content, offset);
            offset += bytes.Length;
        }

        return offset == content.Length ? (file, content) : null;
    }

    /// <summary>The id of the activity at a position.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="seq">The position.</param>
    /// <returns>The id.</returns>
    public static string ActivityId(string conversationId, int seq) =>
        conversationId + "|" + seq.ToString("D7", CultureInfo.InvariantCulture);

    // Not "directline/conversations/{id}": that is where ConversationState keeps the bot's own state for this channel.
    private static string ConversationKey(string conversationId) => "directline-channel/conversations/" + conversationId;

    private static string PageKey(string conversationId, int page) =>
        ConversationKey(conversationId) + "/pages/" + page.ToString(CultureInfo.InvariantCulture);

    private static string FileKey(string id) => "directline-channel/files/" + id;

    private static DirectLineConversation? ToRecord(object value) => ((JToken)value).ToObject<DirectLineConversation>();

    private async Task<JObject> ResolveAsync(JObject entry, CancellationToken cancellationToken)
    {
        if (entry[ReferenceProperty]?.Value<string>() is not { } largeKey)
        {
            return entry;
        }

        var items = await storage.ReadAsync([largeKey], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(largeKey, out var value) && ((JToken)value).ToObject<LargeActivity>()?.Activity is { } activity
            ? activity
            : throw new InvalidOperationException("A stored activity is missing: " + largeKey);
    }

    private sealed class ActivityPage
    {
        public List<JObject> Activities { get; set; } = [];
    }

    private sealed class LargeActivity
    {
        public JObject? Activity { get; set; }
    }

    private sealed class FileChunk
    {
        public string? Data { get; set; }
    }
}

/// <summary>The stored record of one Direct Line conversation.</summary>
public sealed class DirectLineConversation : IStoreItem
{
    /// <summary>Gets or sets the conversation id.</summary>
    public string ConversationId { get; set; } = string.Empty;

    /// <summary>Gets or sets the user the conversation belongs to.</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>Gets or sets the locale asked for at start.</summary>
    public string? Locale { get; set; }

    /// <summary>Gets or sets when it started (Unix milliseconds).</summary>
    public long CreatedAt { get; set; }

    /// <summary>Gets or sets how many activities it holds.</summary>
    public int Count { get; set; }

    /// <summary>Gets or sets how many activities live in pages (a multiple of the page size).</summary>
    public int Flushed { get; set; }

    /// <summary>Gets or sets the newest activity's timestamp (Unix milliseconds).</summary>
    public long LastTimestamp { get; set; }

    /// <summary>Gets or sets the activities not yet written out as a page.</summary>
    public List<JObject> Tail { get; set; } = [];

    /// <inheritdoc />
    public string? ETag { get; set; }
}

/// <summary>An uploaded file's description.</summary>
public sealed class StoredFile
{
    /// <summary>Gets or sets the conversation it was uploaded to.</summary>
    public string ConversationId { get; set; } = string.Empty;

    /// <summary>Gets or sets the name the client gave.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the declared type.</summary>
    public string ContentType { get; set; } = "application/octet-stream";

    /// <summary>Gets or sets the size in bytes.</summary>
    public int Length { get; set; }

    /// <summary>Gets or sets how many chunks hold it.</summary>
    public int Chunks { get; set; }

    /// <summary>Gets or sets the SHA-256 of the content (hex).</summary>
    public string? Sha256 { get; set; }

    /// <summary>Gets or sets when it was stored (Unix milliseconds).</summary>
    public long CreatedAt { get; set; }
}

/// <summary>The conversation was never started.</summary>
/// <param name="conversationId">The conversation.</param>
public sealed class DirectLineConversationNotFoundException(string conversationId)
    : Exception("Unknown Direct Line conversation " + conversationId);

/// <summary>The conversation holds the most activities it may.</summary>
/// <param name="conversationId">The conversation.</param>
public sealed class DirectLineConversationFullException(string conversationId)
    : Exception("Direct Line conversation " + conversationId + " is full");
