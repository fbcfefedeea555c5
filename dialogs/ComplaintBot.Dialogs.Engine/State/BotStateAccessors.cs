using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Engine.State;

/// <summary>Creates state property accessors in a way that lets a state class bring accessors of its own.</summary>
public static class BotStateAccessors
{
    /// <summary>
    /// Creates an accessor through <see cref="IPropertyManager"/>: <see cref="BotState.CreateProperty{T}"/> is not
    /// virtual, so a state class with accessors of its own (the host's typed state) can only be asked this way.
    /// </summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="state">The state.</param>
    /// <param name="name">The property's name.</param>
    /// <returns>The accessor.</returns>
    public static IStatePropertyAccessor<T> CreateAccessor<T>(this BotState state, string name)
    {
        ArgumentNullException.ThrowIfNull(state);
        return ((IPropertyManager)state).CreateProperty<T>(name);
    }
}
