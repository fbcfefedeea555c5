namespace ComplaintBot.Domain.Review;

/// <summary>Review flags (§8). Serialized as snake_case keys, e.g. <c>missing_order_id</c>.</summary>
public enum ReviewFlagCode
{
    /// <summary><c>emotional_language</c>: insults, curses, threats or shouting in the description.</summary>
    EmotionalLanguage,

    /// <summary><c>unreasonable_demand</c>: above the statutory cap, the wrong law, or a kind of claim the law does not support.</summary>
    UnreasonableDemand,

    /// <summary><c>missing_evidence</c>: no evidence, or none of the key evidence for the problem type.</summary>
    MissingEvidence,

    /// <summary><c>late_complaint</c>: past the platform's usual window, or long after the problem was noticed.</summary>
    LateComplaint,

    /// <summary><c>missing_order_id</c>: no valid order number.</summary>
    MissingOrderId,

    /// <summary><c>malicious_signal</c>: extortion or self-made evidence; that part is not written.</summary>
    MaliciousSignal,
}
