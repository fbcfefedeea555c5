namespace ComplaintBot.Domain.Review;

/// <summary>Signs that a complaint may cross from a claim into something the bot must not help write (§9.3).</summary>
public enum MaliciousSignalKind
{
    /// <summary>Money demanded in exchange for not posting a bad review or exposing the seller.</summary>
    Extortion,

    /// <summary>Evidence the user says they made up, edited or swapped.</summary>
    FabricatedEvidence,
}
