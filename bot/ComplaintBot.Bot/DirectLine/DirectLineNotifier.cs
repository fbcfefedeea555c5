using System.Collections.Concurrent;
using System.Threading.Channels;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>
/// Wakes the WebSocket streams of a conversation on this instance when an activity was stored, and carries
/// activities that are never stored (typing). Streams also look at storage on their own every second, so an
/// activity stored by another instance reaches them too.
/// </summary>
public sealed class DirectLineNotifier
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _subscribers = new(StringComparer.Ordinal);

    /// <summary>Subscribes to a conversation.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <returns>The subscription; dispose it to leave.</returns>
    public Subscription Subscribe(string conversationId)
    {
        var subscription = new Subscription(this, conversationId);
        _subscribers.GetOrAdd(conversationId, _ => new())[subscription] = 0;
        return subscription;
    }

    /// <summary>Tells the conversation's streams that new activities were stored.</summary>
    /// <param name="conversationId">The conversation.</param>
    public void Stored(string conversationId) => Publish(conversationId, null);

    /// <summary>Sends an activity that is not stored (typing) to the conversation's streams.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="activity">The activity.</param>
    public void Ephemeral(string conversationId, JObject activity) => Publish(conversationId, activity);

    private void Publish(string conversationId, JObject? activity)
    {
        if (_subscribers.TryGetValue(conversationId, out var set))
        {
            foreach (var subscription in set.Keys)
            {
                subscription.Writer.TryWrite(activity);
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        if (_subscribers.TryGetValue(subscription.ConversationId, out var set))
        {
            set.TryRemove(subscription, out _);
            if (set.IsEmpty)
            {
                _subscribers.TryRemove(new KeyValuePair<string, ConcurrentDictionary<Subscription, byte>>(subscription.ConversationId, set));
            }
        }
    }

    /// <summary>One stream's subscription: a signal (null) or an ephemeral activity per item.</summary>
    public sealed class Subscription : IDisposable
    {
        private readonly DirectLineNotifier _owner;
        private readonly Channel<JObject?> _channel = Channel.CreateBounded<JObject?>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });

        internal Subscription(DirectLineNotifier owner, string conversationId)
        {
            _owner = owner;
            ConversationId = conversationId;
        }

        /// <summary>Gets the conversation.</summary>
        public string ConversationId { get; }

        /// <summary>Gets what was published.</summary>
        public ChannelReader<JObject?> Reader => _channel.Reader;

        internal ChannelWriter<JObject?> Writer => _channel.Writer;

        /// <inheritdoc />
        public void Dispose()
        {
            _owner.Remove(this);
            _channel.Writer.TryComplete();
        }
    }
}
