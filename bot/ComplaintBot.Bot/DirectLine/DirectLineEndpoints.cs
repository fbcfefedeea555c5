using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>The Direct Line 3.0 routes under <c>/v3/directline</c> and the page-facing token endpoint.</summary>
internal static partial class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";
    public const string PageTokenPath = "/webchat/token";
    public const string CorsPolicy = "DirectLine";

    private static readonly string[] ClientActivityTypes = ["message", "event", "typing"];

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).RequireCors(CorsPolicy);
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.RunAsync);
        group.MapGet("/attachments/{fileId}", GetAttachmentAsync);
        group.MapGet("/attachments/{fileId}/{name}", (HttpContext context, string fileId, DirectLineConversationStore store) => GetAttachmentAsync(context, fileId, store));
        app.MapPost(PageTokenPath, PageTokenAsync).RequireCors(CorsPolicy);
    }

    /// <summary><c>POST /conversations</c>: starts the token's conversation (or a new one for the secret).</summary>
    private static async Task<IResult> StartAsync(HttpContext context, DirectLineAuth auth, DirectLineTokens tokens, DirectLineChannel channel, IOptions<DirectLineOptions> options)
    {
        if (auth.Check(DirectLineAuth.Bearer(context.Request), null, out var caller) is { } error)
        {
            return error;
        }

        var body = await DirectLineRequestBody.ReadObjectAsync(context, 4096).ConfigureAwait(false);
        if (body.Error is not null)
        {
            return body.Error;
        }

        if (DirectLineBodyFields.ReadStart(body.Json, out var requested, out var userId) is { } refused)
        {
            return refused;
        }

        string token;
        DirectLineGrant grant;
        if (caller.Grant is { } existing)
        {
            (token, grant) = (caller.Token!, existing);
        }
        else
        {
            (token, grant) = tokens.Issue(DirectLineTokens.NewConversationId(), string.IsNullOrWhiteSpace(userId) ? DirectLineTokens.NewUserId() : userId);
        }

        var locale = NormalizeLocale(requested);
        var created = await channel.StartAsync(grant.ConversationId, grant.UserId, locale, context.RequestAborted).ConfigureAwait(false);
        var response = new ConversationResponse(grant.ConversationId, token, ExpiresIn(tokens, grant), StreamUrl(context, options.Value, grant.ConversationId, token, 0));
        return Results.Json(response, DirectLineJson.Web, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary><c>GET /conversations/{id}</c>: reconnect; a fresh stream URL from the watermark.</summary>
    private static async Task<IResult> ReconnectAsync(HttpContext context, string conversationId, DirectLineAuth auth, DirectLineTokens tokens, DirectLineConversationStore store, IOptions<DirectLineOptions> options)
    {
        if (auth.Check(DirectLineAuth.Bearer(context.Request), conversationId, out var caller) is { } error)
        {
            return error;
        }

        if (!DirectLineConversationIds.IsWellFormed(conversationId))
        {
            return DirectLineConversationIds.Unknown;
        }

        if (!DirectLineWatermark.TryRead(context.Request.Query["watermark"], out var requested))
        {
            return DirectLineWatermark.Malformed;
        }

        var conversation = await store.FindAsync(conversationId, context.RequestAborted).ConfigureAwait(false);
        if (conversation is null)
        {
            return NotFound(conversationId);
        }

        var (token, grant) = caller.Grant is { } g ? (caller.Token!, g) : tokens.Issue(conversationId, conversation.UserId);
        int? watermark = requested ?? conversation.Count;
        return Results.Json(new ConversationResponse(conversationId, token, ExpiresIn(tokens, grant), StreamUrl(context, options.Value, conversationId, token, watermark)), DirectLineJson.Web);
    }

    /// <summary><c>GET /conversations/{id}/activities?watermark=</c>: one page of activities after the watermark.</summary>
    private static async Task<IResult> GetActivitiesAsync(HttpContext context, string conversationId, DirectLineAuth auth, DirectLineConversationStore store)
    {
        if (auth.Check(DirectLineAuth.Bearer(context.Request), conversationId, out _) is { } error)
        {
            return error;
        }

        if (!DirectLineConversationIds.IsWellFormed(conversationId))
        {
            return DirectLineConversationIds.Unknown;
        }

        if (!DirectLineWatermark.TryRead(context.Request.Query["watermark"], out var requested))
        {
            return DirectLineWatermark.Malformed;
        }

        try
        {
            var (activities, watermark) = await store.ReadAsync(conversationId, requested ?? 0, context.RequestAborted).ConfigureAwait(false);
            return ActivitySet(activities, watermark);
        }
        catch (DirectLineConversationNotFoundException)
        {
            return NotFound(conversationId);
        }
    }

    /// <summary><c>POST /conversations/{id}/activities</c>: store the user's activity (the echo), run the bot, answer its id.</summary>
    private static async Task<IResult> PostActivityAsync(HttpContext context, string conversationId, DirectLineAuth auth, DirectLineConversationStore store, DirectLineChannel channel, IOptions<DirectLineOptions> options)
    {
        if (auth.Check(DirectLineAuth.Bearer(context.Request), conversationId, out var caller) is { } error)
        {
            return error;
        }

        if (!DirectLineConversationIds.IsWellFormed(conversationId))
        {
            return DirectLineConversationIds.Unknown;
        }

        var conversation = await store.FindAsync(conversationId, context.RequestAborted).ConfigureAwait(false);
        if (conversation is null)
        {
            return NotFound(conversationId);
        }

        var body = await DirectLineRequestBody.ReadObjectAsync(context, options.Value.MaxActivityBytes).ConfigureAwait(false);
        if (body.Error is not null)
        {
            return body.Error;
        }

        if (body.Json is not { } activity)
        {
            return BadActivity("Post one activity of type message, event or typing.");
        }

        if (DirectLineActivityShape.Problem(activity) is { } problem)
        {
            return BadActivity(problem);
        }

        if ((string?)activity["type"] is not { } type || !ClientActivityTypes.Contains(type, StringComparer.Ordinal))
        {
            return BadActivity("Post one activity of type message, event or typing.");
        }

        if (Normalize(activity, caller, conversation) is { } fromError)
        {
            return fromError;
        }

        return await PostAsync(channel, conversation, activity, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> PostAsync(DirectLineChannel channel, DirectLineConversation conversation, JObject activity, CancellationToken cancellationToken)
    {
        try
        {
            var id = await channel.PostAsync(conversation, activity, cancellationToken).ConfigureAwait(false);
            return Results.Json(new IdResponse(id), DirectLineJson.Web);
        }
        catch (DirectLineConversationFullException)
        {
            return DirectLineErrors.Result(StatusCodes.Status409Conflict, DirectLineErrors.ConversationFull, "This conversation holds the most messages it may. Start a new one.");
        }
        catch (DirectLineConversationNotFoundException)
        {
            return NotFound(conversation.ConversationId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The turn's own failures were answered by the error handler; this is what is left.
        catch (Exception)
#pragma warning restore CA1031
        {
            return DirectLineErrors.Result(StatusCodes.Status502BadGateway, DirectLineErrors.BotError, "The bot could not take the activity.");
        }
    }

    /// <summary>Makes the activity the user's: server-side identity, no client id or timestamp, no service URL.</summary>
    private static IResult? Normalize(JObject activity, DirectLineCaller caller, DirectLineConversation conversation, string? uploadUserId = null)
    {
        var from = activity["from"] as JObject;
        var userId = caller.Grant?.UserId ?? (string?)from?["id"] ?? uploadUserId ?? conversation.UserId;
        if (string.IsNullOrEmpty(userId))
        {
            return DirectLineErrors.Result(StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument, "The activity needs from.id.");
        }

        var name = (string?)from?["name"];
        activity["from"] = name is null
            ? new JObject { ["id"] = userId, ["role"] = "user" }
            : new JObject { ["id"] = userId, ["name"] = name.Length > 100 ? name[..100] : name, ["role"] = "user" };
        activity.Remove("id");
        activity.Remove("timestamp");
        activity.Remove("serviceUrl");
        if (activity["locale"] is null && conversation.Locale is not null)
        {
            activity["locale"] = conversation.Locale;
        }

        return null;
    }

    private static int ExpiresIn(DirectLineTokens tokens, DirectLineGrant grant) => tokens.SecondsLeft(grant);

    private static string? StreamUrl(HttpContext context, DirectLineOptions options, string conversationId, string token, int? watermark)
    {
        if (!options.WebSocket)
        {
            return string.Empty;
        }

        var request = context.Request;
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is { } w ? url + "&watermark=" + w.ToString(CultureInfo.InvariantCulture) : url;
    }

    internal static IResult ActivitySet(IReadOnlyList<JObject> activities, int watermark) =>
        Results.Text(ActivitySetJson(activities, watermark), "application/json; charset=utf-8", Encoding.UTF8);

    /// <summary>
    /// An <c>ActivitySet</c> as JSON text. Markup characters in strings are written as \u escapes: the text is data
    /// to the client, and a response read as a page by mistake can never run what a user typed.
    /// </summary>
    internal static string ActivitySetJson(IReadOnlyList<JObject> activities, int watermark)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None, StringEscapeHandling = StringEscapeHandling.EscapeHtml })
        {
            new JObject { ["activities"] = new JArray(activities), ["watermark"] = watermark.ToString(CultureInfo.InvariantCulture) }.WriteTo(writer);
        }

        return text.ToString();
    }

    internal static IResult NotFound(string conversationId) =>
        DirectLineErrors.Result(StatusCodes.Status404NotFound, DirectLineErrors.ConversationNotFound, $"Conversation {conversationId} was not found.");

    private static IResult BadActivity(string message) =>
        DirectLineErrors.Result(StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument, message);

    internal static IResult TooLarge(string message) =>
        DirectLineErrors.Result(StatusCodes.Status413PayloadTooLarge, DirectLineErrors.TooLarge, message);

    private static string? NormalizeLocale(string? locale) =>
        string.IsNullOrWhiteSpace(locale) || locale.Length > 20 || !locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? null : locale;

    internal static void SetBodyLimit(HttpContext context, long limit)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
    }

    private sealed record ConversationResponse(string ConversationId, string Token, [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn, string? StreamUrl);

    private sealed record IdResponse(string Id);
}
