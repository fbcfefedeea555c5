namespace ComplaintBot.Domain.Review;

/// <summary>Kinds of emotional or abusive expression (§9.1).</summary>
public enum ToneCategory
{
    /// <summary>Insults: 傻逼, 脑残, idiot.</summary>
    Insult,

    /// <summary>Swearing: 他妈的, TMD, wtf.</summary>
    Profanity,

    /// <summary>Curses: 去死, 不得好死.</summary>
    Curse,

    /// <summary>Threats: 弄死你, 砸你店, "you'll regret this".</summary>
    Threat,

    /// <summary>Labels stated as fact: 骗子, 黑店, scammer.</summary>
    NameCalling,

    /// <summary>Sweeping accusations: 淘宝都是骗子.</summary>
    Generalisation,

    /// <summary>Shouting: !!!, ???, ALL CAPS, 啊啊啊.</summary>
    Shouting,
}
