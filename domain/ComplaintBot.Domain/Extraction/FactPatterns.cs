using System.Text.RegularExpressions;

namespace ComplaintBot.Domain.Extraction;

/// <summary>The patterns of <see cref="FactExtractor"/>.</summary>
public static partial class FactExtractor
{
    [GeneratedRegex(@"(?:订单(?:编号|号码|号)|order\s*(?:number|no\.?|id|#)?)\s*(?:是|为|:)?\s*(?<v>[A-Za-z]{0,4}\d{3,}(?:[ \-]\d{3,})*)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledOrderId();

    [GeneratedRegex(@"(?<![\d.A-Za-z])\d{15,32}(?![\d.A-Za-z])")]
    private static partial Regex BareDigits();

    [GeneratedRegex(@"身份证|证件号|ID\s*card|手机号|电话", RegexOptions.IgnoreCase)]
    private static partial Regex IdCardContext();

    [GeneratedRegex(@"天猫|tmall", RegexOptions.IgnoreCase)]
    private static partial Regex Tmall();

    [GeneratedRegex(@"淘宝|taobao", RegexOptions.IgnoreCase)]
    private static partial Regex Taobao();

    [GeneratedRegex(@"(?:店铺|店名|shop|store)\s*(?:是|叫|:)?\s*[「“""『](?<shop>[^」”""』]{1,40})[」”""』]|[「“『](?<shop>[^」”』]{1,40})[」”』]这?家?(?:店|店铺)", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedShop();

    [GeneratedRegex(@"(?:在|从)(?<shop>[^\s，,。！？!?；;、在从]{1,24}?(?:旗舰店|专卖店|专营店|官方店|自营店|小店|店铺|店))(?:里|上)?(?:买|购买|购入|下单|下的单|拍|入手|订)")]
    private static partial Regex ChineseShop();

    // Without 在/从 only a clause that starts with the store's name counts, and only names that say they are a store
    // (旗舰店, 专卖店, ...), never one that starts with a pronoun or a demonstrative ("这家旗舰店买的").
    [GeneratedRegex(@"(?:^|[，,。！？!?；;、\s])(?!这|那|该|某|同一|一家|哪|我|你|他|她|说|是|也|都|就|还|又)(?<shop>[^\s，,。！？!?；;、在从]{1,24}?(?:旗舰店|专卖店|专营店|官方店|自营店))(?:里|上)?(?:买|购买|购入|下单|下的单|拍|入手|订)")]
    private static partial Regex ClauseShop();

    [GeneratedRegex(@"\b(?:from|at)\s+(?:the\s+)?(?<shop>(?:[A-Z0-9][\w&'.-]*\s+){1,5}(?i:flagship store|official store|store|shop|outlet))\b")]
    private static partial Regex EnglishShop();

    [GeneratedRegex(@"^(?:淘宝|天猫)(?:上的?|里的?)?|^(?:taobao|tmall)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PlatformPrefix();

    [GeneratedRegex(@"(?:买的|买了|购买的|购买了|拍的|拍了|入手的|入手了|下单的|下单了|订的|订了)(?:一个|一台|一件|一双|一套|一只|一瓶|一盒|一条|一部|一把|一款|一袋|个|台|件|双|套|只|瓶|盒|条|部|把|款|袋)?(?!时候|时|那天|当天|第|是|在|的|了|东西)(?<item>[^\s，,。！？!?；;、]{1,20}?)(?=[，,。！？!?；;、\s]|$|花了|共|一共|\d)")]
    private static partial Regex ChineseItem();

    [GeneratedRegex(@"坏|漏|有|是|不|没|用|就|才|还|一直|刚|特别|非常|很|太|质量|发现|收到|到货|一个月|几天")]
    private static partial Regex ItemStop();

    [GeneratedRegex(@"\b(?:bought|ordered|purchased)\s+(?:(?:a|an|the|some|two|three|\d+)\s+)?(?<item>[a-z][a-z0-9\- ]{1,40}?)(?=\s+(?:from|at|on|for|last|yesterday|today|in|via|through|which|that|but|and)\b|\s*[,.;!?]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishItem();

    [GeneratedRegex(@"^(?:it|them|this|that|something|one|东西|商品|宝贝)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericItem();

    [GeneratedRegex(@"买|购买|购入|下单|下的单|拍的|拍了|入手|订的|订了|bought|ordered|purchased|paid", RegexOptions.IgnoreCase)]
    private static partial Regex PurchaseVerb();

    [GeneratedRegex(@"收到|签收|到货|送达|送到|到的|delivered|arrived|received", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveryVerb();

    [GeneratedRegex(@"发现|发觉|察觉|开始|noticed|found|discovered|started", RegexOptions.IgnoreCase)]
    private static partial Regex DiscoveryVerb();

    [GeneratedRegex(@"赔偿?|补偿|赔付|退一赔|要求|索赔|compensation|compensate|claim|demand|damages", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimWord();

    [GeneratedRegex(@"实付|付了|花了|支付|付款|价格|买|paid|spent|cost|for\s", RegexOptions.IgnoreCase)]
    private static partial Regex PaidWord();

    [GeneratedRegex(@"想|要|希望|申请|请求|请|需要|\bwant|would like|\bask(?:ing)? for|\brequest|\bdemand|\bplease|\bneed", RegexOptions.IgnoreCase)]
    private static partial Regex Desire();

    [GeneratedRegex(@"[，,。；;！!？?\n]")]
    private static partial Regex ClauseSplit();
}
