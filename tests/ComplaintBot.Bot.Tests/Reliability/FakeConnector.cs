using System.Collections.Concurrent;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace ComplaintBot.Bot.Tests.Reliability;

/// <summary>
/// A channel's connector on 127.0.0.1, for the bot to post its replies to (the activity's <c>serviceUrl</c>). It
/// keeps every reply it takes, in the order taken, and every post it saw with what it did to it. The next posts
/// can be made to fail with <see cref="FailNext"/>; a post without a planned fault is taken.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorFault> _faults = new();
    private readonly List<TakenReply> _taken = [];
    private readonly List<ConnectorPost> _posts = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private int _nextId;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>Gets the base address to use as the activities' <c>serviceUrl</c>.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Gets the replies taken, in order.</summary>
    public IReadOnlyList<TakenReply> Taken
    {
        get
        {
            lock (_gate)
            {
                return [.. _taken];
            }
        }
    }

    /// <summary>Gets every post received, taken or not, in order of arrival.</summary>
    public IReadOnlyList<ConnectorPost> Posts
    {
        get
        {
            lock (_gate)
            {
                return [.. _posts];
            }
        }
    }

    /// <summary>Starts the connector on a free loopback port, or on <paramref name="port"/>.</summary>
    public static async Task<FakeConnector> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", connector.PostAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.PostAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = new Uri(address + "/");
        return connector;
    }

    /// <summary>Makes each of the next posts fail with the given faults, one post each, in order.</summary>
    public void FailNext(params ConnectorFault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    /// <summary>Drops the planned faults not used yet.</summary>
    public void ClearFaults() => _faults.Clear();

    /// <summary>Replies taken for one conversation since <paramref name="skip"/> of them were taken.</summary>
    public IReadOnlyList<TakenReply> TakenFor(string conversationId, int skip = 0) =>
        [.. Taken.Where(r => r.ConversationId == conversationId).Skip(skip)];

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task PostAsync(HttpContext context, string conversationId)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var activity = JsonConvert.DeserializeObject<Activity>(body)!;
        var key = context.Request.Headers["Repeatability-Request-ID"].ToString();
        var fault = _faults.TryDequeue(out var planned) ? planned : ConnectorFault.None;
        lock (_gate)
        {
            _posts.Add(new ConnectorPost(conversationId, key, fault.Kind, _clock.Elapsed));
        }

        switch (fault.Kind)
        {
            case ConnectorFaultKind.Unavailable:
                // As a gateway answers when the service behind it is down: a status and no body.
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            case ConnectorFaultKind.Throttled:
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = ((int)fault.Delay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.Response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = "slow down" } });
                return;
        }

        // Taken from here on: the reply is stored whatever happens to the answer.
        var id = "reply-" + Interlocked.Increment(ref _nextId);
        lock (_gate)
        {
            _taken.Add(new TakenReply(conversationId, key, activity, _clock.Elapsed));
        }

        switch (fault.Kind)
        {
            case ConnectorFaultKind.TakenThenSlow:
                try
                {
                    await Task.Delay(fault.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The bot stopped waiting; the reply stays taken, as on a real channel.
                    return;
                }

                break;
            case ConnectorFaultKind.TakenThenBadGateway:
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
                return;
        }

        await context.Response.WriteAsJsonAsync(new { id });
    }
}

/// <summary>What the fake connector does to one post.</summary>
public enum ConnectorFaultKind
{
    /// <summary>Takes the reply and answers 200.</summary>
    None,

    /// <summary>Answers 503 with no body, without taking the reply.</summary>
    Unavailable,

    /// <summary>Answers 429 with <c>Retry-After</c>, without taking the reply.</summary>
    Throttled,

    /// <summary>Takes the reply, then answers only after a delay (longer than the bot waits).</summary>
    TakenThenSlow,

    /// <summary>Takes the reply, then answers 502, as a gateway that lost the service's answer.</summary>
    TakenThenBadGateway,
}

/// <summary>A planned fault.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Delay">The <c>Retry-After</c> of <see cref="ConnectorFaultKind.Throttled"/> or the delay of <see cref="ConnectorFaultKind.TakenThenSlow"/>.</param>
public sealed record ConnectorFault(ConnectorFaultKind Kind, TimeSpan Delay)
{
    public static ConnectorFault None { get; } = new(ConnectorFaultKind.None, TimeSpan.Zero);

    public static ConnectorFault Unavailable { get; } = new(ConnectorFaultKind.Unavailable, TimeSpan.Zero);

    public static ConnectorFault TakenThenBadGateway { get; } = new(ConnectorFaultKind.TakenThenBadGateway, TimeSpan.Zero);

    public static ConnectorFault Throttled(TimeSpan retryAfter) => new(ConnectorFaultKind.Throttled, retryAfter);

    public static ConnectorFault TakenThenSlow(TimeSpan delay) => new(ConnectorFaultKind.TakenThenSlow, delay);
}

/// <summary>A reply the connector took.</summary>
public sealed record TakenReply(string ConversationId, string Key, Activity Activity, TimeSpan At);

/// <summary>One post the connector received, and the fault it applied.</summary>
public sealed record ConnectorPost(string ConversationId, string Key, ConnectorFaultKind Fault, TimeSpan At);
