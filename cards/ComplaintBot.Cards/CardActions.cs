namespace ComplaintBot.Cards;

/// <summary>
/// The <c>action</c> values in the <c>data</c> of the cards' <c>Action.Submit</c> buttons. A click arrives as
/// a message whose <c>value</c> is that data, e.g. <c>{ "action": "editOrder", "complaintId": "…" }</c>; the
/// summary's buttons also carry the complaint id so a click on an outdated card can be recognised.
/// </summary>
public static class CardActions
{
    /// <summary>Name of the property that holds the action in the submitted data.</summary>
    public const string ActionProperty = "action";

    /// <summary>Name of the property that holds the complaint id in the summary's submitted data.</summary>
    public const string ComplaintIdProperty = "complaintId";

    /// <summary>Welcome card: begin the interview.</summary>
    public const string Start = "start";

    /// <summary>Welcome card: show the help card.</summary>
    public const string Help = "help";

    /// <summary>Evidence checklist: the user has sent all the evidence they have.</summary>
    public const string EvidenceDone = "evidenceDone";

    /// <summary>Summary: re-run the order questions, then come back to the summary.</summary>
    public const string EditOrder = "editOrder";

    /// <summary>Summary: re-run the problem questions, then come back to the summary.</summary>
    public const string EditProblem = "editProblem";

    /// <summary>Summary: re-run the outcome questions, then come back to the summary.</summary>
    public const string EditOutcome = "editOutcome";

    /// <summary>Summary: collect more evidence, then come back to the summary.</summary>
    public const string AddEvidence = "addEvidence";

    /// <summary>Summary: save the complaint and show the next steps.</summary>
    public const string Confirm = "confirm";

    /// <summary>Summary: discard the draft and begin again (the interview asks for confirmation first).</summary>
    public const string StartOver = "startOver";
}
