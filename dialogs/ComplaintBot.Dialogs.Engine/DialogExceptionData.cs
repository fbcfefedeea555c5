using System.Collections;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// Keys under which <see cref="DialogContext"/> operations record where in the dialog tree an exception happened
/// (<see cref="Exception.Data"/>). The innermost context records first; outer contexts leave its entries alone.
/// </summary>
public static class DialogExceptionData
{
    /// <summary>The flattened dialog ids from the root stack down to the failing context, joined with " > ".</summary>
    public const string StackKey = "DialogContext.Stack";

    /// <summary>The id of the failing context's active dialog.</summary>
    public const string ActiveDialogKey = "DialogContext.ActiveDialog";

    /// <summary>The id of the dialog owning the failing context (its parent's active dialog).</summary>
    public const string ParentKey = "DialogContext.Parent";

    /// <summary>Records the context's position on the exception; always returns false so it can sit in an exception filter.</summary>
    internal static bool Attach(Exception exception, DialogContext dc)
    {
        IDictionary data = exception.Data;
        if (data.IsReadOnly || data.Contains(StackKey))
        {
            return false;
        }

        data[StackKey] = string.Join(" > ", dc.GetFlattenedStackIds());
        data[ActiveDialogKey] = dc.ActiveDialog?.Id;
        data[ParentKey] = dc.Parent?.ActiveDialog?.Id;
        return false;
    }
}
