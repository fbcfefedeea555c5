using System.Diagnostics.CodeAnalysis;
using Newtonsoft.Json;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>A persisted dialog stack; the top of the stack is index 0, as in Bot Framework.</summary>
public sealed class DialogState
{
    internal const string StackProperty = "dialogStack";
    internal const string NestedStackKey = "dialogs";

    private List<DialogInstance> _stack;

    /// <summary>Initializes a new instance of the <see cref="DialogState"/> class with an empty stack.</summary>
    public DialogState()
        : this(null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DialogState"/> class.</summary>
    /// <param name="stack">The initial stack, top first; null for an empty one.</param>
    public DialogState(IEnumerable<DialogInstance>? stack)
    {
        _stack = stack?.ToList() ?? [];
    }

    /// <summary>Gets or sets the live stack, top first.</summary>
    /// <value>Never null; entries without an id read from storage are dropped.</value>
    [JsonProperty(StackProperty, ObjectCreationHandling = ObjectCreationHandling.Replace)]
    [SuppressMessage("Design", "CA1002:Do not expose generic lists", Justification = "Mirrors the Bot Framework DialogState shape; the stack is mutated in place by DialogContext.")]
    [SuppressMessage("Usage", "CA2227:Collection properties should be read only", Justification = "Set by the JSON deserializer.")]
    public List<DialogInstance> DialogStack
    {
        get => _stack;
        set => _stack = value?.Where(i => i is not null && !string.IsNullOrWhiteSpace(i.Id)).ToList() ?? [];
    }
}
