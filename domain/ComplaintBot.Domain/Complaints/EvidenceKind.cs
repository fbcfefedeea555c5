namespace ComplaintBot.Domain.Complaints;

/// <summary>What a piece of evidence is. Serialized as its lowercase key.</summary>
public enum EvidenceKind
{
    /// <summary><c>photo</c>: a photo or screenshot image.</summary>
    Photo,

    /// <summary><c>video</c>: a video, such as an unboxing or fault video.</summary>
    Video,

    /// <summary><c>chat</c>: a chat log with the seller.</summary>
    Chat,

    /// <summary><c>logistics</c>: tracking or delivery records.</summary>
    Logistics,

    /// <summary><c>receipt</c>: order or payment records.</summary>
    Receipt,

    /// <summary><c>document</c>: reports, screenshots of pages, other documents.</summary>
    Document,

    /// <summary><c>other</c>: anything else, such as a voice recording.</summary>
    Other,
}
