namespace ComplaintBot.Domain.Complaints;

/// <summary>What the buyer asks for. Serialized as its snake_case key, e.g. <c>return_refund</c>.</summary>
public enum OutcomeType
{
    /// <summary><c>refund_only</c>: money back without returning the goods.</summary>
    RefundOnly,

    /// <summary><c>return_refund</c>: return the goods and get the money back.</summary>
    ReturnRefund,

    /// <summary><c>exchange</c>: a replacement item.</summary>
    Exchange,

    /// <summary><c>repair</c>: repair under warranty.</summary>
    Repair,

    /// <summary><c>reship</c>: send the missing or correct items.</summary>
    Reship,

    /// <summary><c>compensation</c>: money beyond the refund (statutory or for proven losses).</summary>
    Compensation,

    /// <summary><c>apology</c>: an apology.</summary>
    Apology,
}
