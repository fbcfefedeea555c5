using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// Copies an activity's properties into a new activity, for code that must let the activity be stamped or edited
/// without the original seeing it: a prompt's question before it is sent (sending stamps the conversation, the
/// addresses, ids and locale, which must stay out of the persisted prompt options), a turn's inbound activity
/// before a run that may be thrown away (a handler may rewrite its text).
/// </summary>
/// <remarks>
/// One compiled assignment per property, made once. The Bot Framework, and this bot, only ever assign an
/// activity's properties; they never change the objects those point to (the text of a card, the buttons, channel
/// data, a submitted value), so those are shared rather than copied. A deep copy through Newtonsoft, which this
/// replaced, cost more than the rest of asking a question.
/// </remarks>
public static class ActivityCopy
{
    private static readonly Func<Activity, Activity> CopyProperties = Compile();

    /// <summary>Makes a new activity whose properties hold what <paramref name="activity"/>'s hold.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The copy.</returns>
    public static Activity Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return CopyProperties(activity);
    }

    private static Func<Activity, Activity> Compile()
    {
        var source = Expression.Parameter(typeof(Activity), "source");
        var assignments = typeof(Activity).GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(property => property.GetIndexParameters().Length == 0 && property.GetGetMethod() is not null && property.GetSetMethod() is not null)
            .Select(property => Expression.Bind(property, Expression.Property(source, property)));
        return Expression.Lambda<Func<Activity, Activity>>(Expression.MemberInit(Expression.New(typeof(Activity)), assignments), source).Compile();
    }
}
