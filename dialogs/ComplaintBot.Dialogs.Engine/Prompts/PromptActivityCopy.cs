using System.Reflection;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>
/// Copies a prompt's activity before it is sent: sending stamps the conversation, ids and locale onto the activity,
/// and the copy keeps those out of the persisted <see cref="PromptOptions"/>.
/// </summary>
/// <remarks>
/// A deep copy through Newtonsoft's token tree with the process's default serializer, as it always was, except
/// that the activity's own null properties are left out of the tree. An activity has some forty of them, nearly all
/// null in a question, and writing each one as a token and reading it back was most of the copy's cost; a new
/// <see cref="Activity"/> has them null already, so the copy comes out the same. Everything else — nested objects,
/// nulls inside channel data, cards and values — is copied exactly as before.
/// </remarks>
internal static class PromptActivityCopy
{
    /// <summary>Makes a deep copy of <paramref name="activity"/>.</summary>
    /// <param name="activity">The persisted activity.</param>
    /// <returns>A copy that shares nothing with it.</returns>
    public static Activity Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // Created per copy, like the serializers the copy always used: the process's default settings may change.
        var serializer = JsonSerializer.CreateDefault();
        serializer.ContractResolver = new ActivityNullsOmitted(serializer.ContractResolver);
        return JObject.FromObject(activity, serializer).ToObject<Activity>(serializer) ?? activity;
    }

    /// <summary>The default contracts, except that the activity's own properties are not written when null.</summary>
    private sealed class ActivityNullsOmitted(IContractResolver defaults) : IContractResolver
    {
        private static readonly JsonContract ActivityContract = new OwnNullsIgnored().ResolveContract(typeof(Activity));

        public JsonContract ResolveContract(Type type) => type == typeof(Activity) ? ActivityContract : defaults.ResolveContract(type);
    }

    /// <summary>Only ever asked for <see cref="Activity"/>; the types inside it come from the defaults.</summary>
    private sealed class OwnNullsIgnored : DefaultContractResolver
    {
        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            property.NullValueHandling ??= NullValueHandling.Ignore;
            return property;
        }
    }
}
