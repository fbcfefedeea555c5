using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>
/// Copies a prompt's activity before it is sent: sending stamps the conversation, the addresses, ids and locale onto
/// the activity, and the copy keeps those out of the persisted <see cref="PromptOptions"/>.
/// </summary>
/// <remarks>
/// A copy of the activity's own properties, as one compiled assignment per property made once. Sending only ever
/// assigns an activity's properties (the SDK's <c>ApplyConversationReference</c>, the reply's id); it never changes
/// the objects they point to, so the question's text, buttons, cards and channel data are shared, not copied. A deep
/// copy through Newtonsoft's token tree, which this replaced, cost more than the rest of asking a question.
/// </remarks>
internal static class PromptActivityCopy
{
    private static readonly Func<Activity, Activity> CopyProperties = CompileCopy();

    /// <summary>Makes a copy of <paramref name="activity"/> with properties of its own.</summary>
    /// <param name="activity">The persisted activity.</param>
    /// <returns>A new activity whose properties hold what the original's hold.</returns>
    public static Activity Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return CopyProperties(activity);
    }

    private static Func<Activity, Activity> CompileCopy()
    {
        var source = Expression.Parameter(typeof(Activity), "source");
        var assignments = typeof(Activity).GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(property => property.GetIndexParameters().Length == 0 && property.GetGetMethod() is not null && property.GetSetMethod() is not null)
            .Select(property => Expression.Bind(property, Expression.Property(source, property)));
        return Expression.Lambda<Func<Activity, Activity>>(Expression.MemberInit(Expression.New(typeof(Activity)), assignments), source).Compile();
    }
}
