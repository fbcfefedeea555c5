using BenchmarkDotNet.Attributes;
using ComplaintBot.Domain.Extraction;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Bench.Micro.Benchmarks;

/// <summary>Slot filling from one long Chinese message that tells the whole story at once (about 400 characters).</summary>
[MemoryDiagnoser]
public class SlotExtractionBenchmarks
{
    private const string LongMessage =
        "你好，我要投诉一个淘宝订单，订单号1944822463412702309。我上周三在暖禾家电旗舰店买的电热水壶，实付129元，"
        + "11月5日收到货。第一次烧水就发现壶底漏水，桌面和插座都被打湿了，差点漏电，吓得我赶紧拔了插头。"
        + "之后我又试了两次，每次水烧开以后底座周围都有一滩水，说明不是偶然的。我是按照说明书正常使用的，没有摔过也没有干烧。"
        + "11月20日联系了客服，客服一开始说是我自己使用不当，后来又说只能补偿5元，不同意退货，让我自己去找厂家售后，"
        + "可是厂家电话一直打不通。商品详情页写的是“食品级304不锈钢、一年包换”，现在连正常使用都做不到。"
        + "我拍了漏水的照片和视频，也保存了和客服的聊天记录截图。我希望退货退款，运费应该由商家承担。"
        + "如果商家还是不处理，我会向平台和12315投诉。谢谢！";

    private static readonly DateOnly Today = new(2026, 11, 27);

    /// <summary>Order number, shop, item, dates, amount, problem type and demand from one message.</summary>
    /// <returns>The facts, so the work is not optimised away.</returns>
    [Benchmark]
    public ExtractedFacts ExtractFromLongChineseMessage() => FactExtractor.Extract(LongMessage, Today, ComplaintLocale.ZhCn);
}
