using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>
/// <c>GET /conversations/{id}/stream?t={token}&amp;watermark={w}</c>: a WebSocket that pushes <c>ActivitySet</c> frames
/// as activities are stored (instantly on this instance, within a second from another) and typing as it happens.
/// Frames from the client (DirectLineJS pings with empty messages) are read and ignored.
/// </summary>
internal static class DirectLineStream
{
    private static readonly TimeSpan StoragePoll = TimeSpan.FromSeconds(1);

    public static async Task RunAsync(
        HttpContext context,
        string conversationId,
        DirectLineAuth auth,
        DirectLineConversationStore store,
        DirectLineNotifier notifier,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime)
    {
        if (!options.Value.WebSocket || !context.WebSockets.IsWebSocketRequest)
        {
            await DirectLineErrors.WriteAsync(context, StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument, "This address takes a WebSocket upgrade.").ConfigureAwait(false);
            return;
        }

        if (!DirectLineSetup.OriginAllowed(context, options.Value))
        {
            await DirectLineErrors.WriteAsync(context, StatusCodes.Status403Forbidden, DirectLineErrors.BadArgument, "This origin may not open the stream.").ConfigureAwait(false);
            return;
        }

        if (auth.Check(context.Request.Query["t"], conversationId, out _) is { } error)
        {
            await error.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!DirectLineConversationIds.IsWellFormed(conversationId))
        {
            await DirectLineConversationIds.Unknown.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!DirectLineWatermark.TryRead(context.Request.Query["watermark"], out var requested))
        {
            await DirectLineWatermark.Malformed.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var conversation = await store.FindAsync(conversationId, context.RequestAborted).ConfigureAwait(false);
        if (conversation is null)
        {
            await DirectLineEndpoints.NotFound(conversationId).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var watermark = requested ?? conversation.Count;
        using var subscription = notifier.Subscribe(conversationId);
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var receiving = ReceiveUntilClosedAsync(socket, closing);
        try
        {
            while (!closing.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                // Everything stored since the watermark, one page per frame.
                while (true)
                {
                    var (activities, next) = await store.ReadAsync(conversationId, watermark, closing.Token).ConfigureAwait(false);
                    if (activities.Count == 0)
                    {
                        break;
                    }

                    watermark = next;
                    await SendAsync(socket, DirectLineEndpoints.ActivitySetJson(activities, watermark), closing.Token).ConfigureAwait(false);
                }

                // Then wait for a signal from this instance, or look again after a second for other instances.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(closing.Token);
                wait.CancelAfter(StoragePoll);
                try
                {
                    if (await subscription.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false))
                    {
                        var ephemeral = new List<JObject>();
                        while (subscription.Reader.TryRead(out var item))
                        {
                            if (item is not null)
                            {
                                ephemeral.Add(item);
                            }
                        }

                        if (ephemeral.Count > 0)
                        {
                            await SendAsync(socket, DirectLineEndpoints.ActivitySetJson(ephemeral, watermark), closing.Token).ConfigureAwait(false);
                        }
                    }
                }
                catch (OperationCanceledException) when (!closing.IsCancellationRequested)
                {
                    // The poll interval passed.
                }
            }
        }
        catch (OperationCanceledException) when (closing.IsCancellationRequested)
        {
        }
        catch (WebSocketException)
        {
        }
        catch (DirectLineConversationNotFoundException)
        {
        }
        finally
        {
            await closing.CancelAsync().ConfigureAwait(false);
            await receiving.ConfigureAwait(false);
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                try
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
                {
                }
            }
        }
    }

    private static Task SendAsync(WebSocket socket, string json, CancellationToken cancellationToken) =>
        socket.SendAsync(new ArraySegment<byte>(Encoding.UTF8.GetBytes(json)), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closing)
    {
        var buffer = new byte[4096];
        try
        {
            while (!closing.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closing.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            await closing.CancelAsync().ConfigureAwait(false);
        }
    }
}
