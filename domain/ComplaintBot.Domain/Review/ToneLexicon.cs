using System.Text.RegularExpressions;

namespace ComplaintBot.Domain.Review;

/// <summary>
/// The word lists of §9.1 as patterns. Innocent compounds are excluded in the patterns themselves
/// (垃圾袋, 垃圾分类, 操作, 体操, 草莓, 傻瓜相机) because plain word matching flags them.
/// </summary>
internal static partial class ToneLexicon
{
    public static IReadOnlyList<(ToneCategory Category, Regex Pattern)> Patterns { get; } =
    [
        (ToneCategory.Threat, ChineseThreat()),
        (ToneCategory.Threat, EnglishThreat()),
        (ToneCategory.Curse, ChineseCurse()),
        (ToneCategory.Generalisation, ChineseGeneralisation()),
        (ToneCategory.Generalisation, EnglishGeneralisation()),
        (ToneCategory.Profanity, ChineseProfanity()),
        (ToneCategory.Profanity, EnglishProfanity()),
        (ToneCategory.Insult, ChineseInsult()),
        (ToneCategory.Insult, EnglishInsult()),
        (ToneCategory.NameCalling, ChineseNameCalling()),
        (ToneCategory.NameCalling, EnglishNameCalling()),
        (ToneCategory.Shouting, Shouting()),
    ];

    /// <summary>Name-calling that becomes a neutral noun instead of disappearing.</summary>
    public static string? NeutralFor(string word) => word.ToUpperInvariant() switch
    {
        "黑店" => "该店铺",
        "骗子" or "奸商" or "诈骗犯" or "无良商家" or "黑心商家" or "狗商家" or "小偷" or "强盗" => "商家",
        "SCAMMER" or "SCAMMERS" or "CROOK" or "CROOKS" or "THIEF" or "THIEVES" or "LIAR" or "LIARS" or "FRAUDSTER" or "FRAUDSTERS" => "the seller",
        _ => null,
    };

    [GeneratedRegex(@"弄死你?|找人(?:收拾|弄|搞)你|砸(?:了)?你(?:的|们)?店|上门找你|人肉你|曝光你全家|让你(?:们)?(?:倒闭|关门|好看)|天天(?:给你)?刷差评|不赔钱就(?:给你)?差评|我认识人|你(?:给我)?等着瞧?|走着瞧|小心点儿?")]
    private static partial Regex ChineseThreat();

    [GeneratedRegex(@"\b(?:i(?:'ll| will) (?:destroy|ruin|wreck) your (?:shop|store|business|life)|(?:make sure )?everyone (?:will )?knows?|ruin your business|i know where you (?:are|live)|you(?:'ll| will) regret (?:this|it)|watch your back|i(?:'ll| will) find you|kill you)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishThreat();

    [GeneratedRegex(@"去死|死全家|全家死光|不得好死|断子绝孙|出门被车撞")]
    private static partial Regex ChineseCurse();

    [GeneratedRegex(@"(?:淘宝|天猫|商家|卖家)(?:全)?都是骗子|你们这种人|全都是一伙的|都是一伙的")]
    private static partial Regex ChineseGeneralisation();

    [GeneratedRegex(@"\b(?:all (?:of )?(?:you|chinese sellers|taobao sellers) are (?:scammers|liars|thieves)|people like you)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishGeneralisation();

    [GeneratedRegex(@"他妈的?|妈的|(?<![a-zA-Z])(?:tmd|nmd|cnm|wc)(?![a-zA-Z])|尼玛|你妈|草泥马|卧槽|我靠|我擦|艹|我[操草]|[操草]你|(?<![曹体早出节情])操(?![作心场控纵练办劳守持刀盘])(?=[\s!！。，,?？]|$)|(?:^|(?<=[\s!！。，,?？]))草(?=[\s!！。，,?？]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ChineseProfanity();

    [GeneratedRegex(@"\b(?:f[u\*]c?k\w*|f\*\*k\w*|fck\w*|wtf|stfu|sh[i\*]t\w*|damn\w*|bastards?|b[i\*]tch\w*|go to hell|asshole\w*|dumbass\w*|crap)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishProfanity();

    [GeneratedRegex(@"傻[逼bBX×x]|(?<![a-zA-Z])SB(?![a-zA-Z])|煞笔|脑残|废物|贱人|贱货|狗东西|王八蛋|畜生|不要脸|无耻|滚蛋|滚开|滚出去|白痴|蠢货|蠢猪|智障|人渣|混蛋|混账|傻瓜(?!相机|机|式)|垃圾(?!袋|分类|桶|站|箱|回收|处理|清运|短信|邮件|堆|场|车|食品|清理|篓)")]
    private static partial Regex ChineseInsult();

    [GeneratedRegex(@"\b(?:idiots?|morons?|stupid|useless|brain-?dead|clowns?|piece of (?:crap|garbage|trash)|(?:garbage|trash)(?! (?:bag|bags|can|cans|bin|bins)\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishInsult();

    [GeneratedRegex(@"骗子|黑店|奸商|诈骗犯|无良商家|黑心商家|狗商家|小偷|强盗")]
    private static partial Regex ChineseNameCalling();

    [GeneratedRegex(@"\b(?:scammers?|scam(?!s? (?:alert|warning))|crooks?|thie(?:f|ves)|liars?|fraudsters?|rip-?off artists?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNameCalling();

    [GeneratedRegex(@"[!！?？]{3,}|[!！]{2,}|啊{3,}|[A-Z][A-Z'’]+(?:\s+[A-Z][A-Z'’]+){2,}")]
    private static partial Regex Shouting();
}
