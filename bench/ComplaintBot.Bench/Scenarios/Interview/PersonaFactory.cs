using System.Globalization;
using System.Text;

namespace ComplaintBot.Bench.Scenarios.Interview;

/// <summary>
/// Makes up shoppers: random but realistic facts (a Taobao order number, an item and its shop, dates in the
/// last weeks, an amount, a problem told in a few sentences, a demand), said the way people type them.
/// </summary>
#pragma warning disable CA5394 // Not security relevant: made-up test data from a seeded generator.
internal static class PersonaFactory
{
    // Each item with a defect it can really have, so the complaint texts read like real ones.
    private static readonly (string Item, string Shop, string Symptom)[] ChineseGoods =
    [
        ("电热水壶", "暖禾家电旗舰店", "壶底漏水"), ("蓝牙耳机", "声悦数码专营店", "右耳充不进电"), ("羽绒服", "北极绒服饰旗舰店", "拉链断了还一直跑绒"),
        ("空气炸锅", "小熊厨电官方旗舰店", "开不了机"), ("儿童书包", "童趣文具专营店", "背带开线"), ("机械键盘", "键客外设旗舰店", "好几个键失灵"),
        ("保温杯", "膳魔师官方旗舰店", "杯盖漏水"), ("扫地机器人", "云鲸智能旗舰店", "有明显异响"), ("运动鞋", "李宁官方旗舰店", "鞋底开胶"), ("吹风机", "飞科个人护理旗舰店", "严重发烫"),
    ];

    private static readonly (string Item, string Shop, string Symptom)[] EnglishGoods =
    [
        ("electric kettle", "Warmhome Appliances Flagship Store", "leaks from the base"), ("bluetooth earphones", "SoundJoy Digital Store", "does not charge"),
        ("down jacket", "Arctic Velvet Apparel", "has a broken zip"), ("air fryer", "Little Bear Kitchen Store", "does not work"),
        ("mechanical keyboard", "KeyCraft Peripherals", "has keys that stopped working"), ("vacuum flask", "Thermos Official Store", "leaks"),
        ("robot vacuum", "Narwal Smart Home", "overheats"), ("running shoes", "Li-Ning Official Store", "has a cracked sole"),
    ];

    public static Persona Create(Random random, DateOnly today, bool chinese) =>
        chinese ? Chinese(random, today) : English(random, today);

    private static Persona Chinese(Random random, DateOnly today)
    {
        var (item, shop, symptom) = Pick(random, ChineseGoods);
        var (purchased, delivered, discovered) = Dates(random, today);
        var amount = Amount(random);
        var contacted = random.Next(3) > 0;
        var compensation = random.Next(5) == 0;
        var orderId = OrderNumber(random);
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [StepIds.OrderId] = [random.Next(2) == 0 ? orderId : Grouped(orderId)],
            [StepIds.Item] = [item],
            [StepIds.Shop] = [shop],
            [StepIds.PurchaseDate] = [ChineseDate(purchased, today)],
            [StepIds.AmountPaid] = [random.Next(2) == 0 ? $"{Money(amount)}元" : $"实付{Money(amount)}元"],
            [StepIds.DeliveredDate] = [ChineseDate(delivered, today)],
            [StepIds.ProblemType] = ["质量问题"],
            [StepIds.Description] = [ChineseDescription(random, item, symptom)],
            [StepIds.DiscoveredDate] = [ChineseDate(discovered, today)],
            [StepIds.ContactedSeller] = contacted ? ["是", Pick(random, ["客服说只能补偿5元，不同意退货", "客服一直不回复消息", "商家让我自己找厂家售后"])] : ["否"],
            [StepIds.OutcomeType] = [compensation ? "赔偿" : Pick(random, ["退货退款", "仅退款", "换货"])],
            [StepIds.OutcomeAmount] = [$"{Money(Math.Round(amount / 2))}元"],
        };
        return Build("zh-CN", Pick(random, ["你好", "您好", "在吗"]), orderId, item, shop, amount, answers, compensation, "是", "完成", random);
    }

    private static Persona English(Random random, DateOnly today)
    {
        var (item, shop, symptom) = Pick(random, EnglishGoods);
        var (purchased, delivered, discovered) = Dates(random, today);
        var amount = Amount(random);
        var contacted = random.Next(3) > 0;
        var compensation = random.Next(5) == 0;
        var orderId = OrderNumber(random);
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [StepIds.OrderId] = [orderId],
            [StepIds.Item] = [item],
            [StepIds.Shop] = [shop],
            [StepIds.PurchaseDate] = [EnglishDate(random, purchased)],
            [StepIds.AmountPaid] = [$"{Money(amount)} yuan"],
            [StepIds.DeliveredDate] = [EnglishDate(random, delivered)],
            [StepIds.ProblemType] = ["quality problem"],
            [StepIds.Description] = [$"Problem with the {item}: it {symptom}. I used it exactly as the manual says and it has never been dropped or wet. The problem started after {random.Next(2, 6)} uses and happens every time now."],
            [StepIds.DiscoveredDate] = [EnglishDate(random, discovered)],
            [StepIds.ContactedSeller] = contacted ? ["yes", Pick(random, ["They offered 5 yuan only.", "The seller never replied.", "They told me to contact the manufacturer."])] : ["no"],
            [StepIds.OutcomeType] = [compensation ? "compensation" : Pick(random, ["return and refund", "refund only", "exchange"])],
            [StepIds.OutcomeAmount] = [$"{Money(Math.Round(amount / 2))} yuan"],
        };
        return Build("en-US", Pick(random, ["hello", "hi", "Hello there"]), orderId, item, shop, amount, answers, compensation, "yes", "done", random);
    }

    private static Persona Build(
        string locale, string opening, string orderId, string item, string shop, decimal amount,
        Dictionary<string, IReadOnlyList<string>> answers, bool compensation, string yes, string done, Random random)
    {
        var order = new[]
        {
            StepIds.OrderId, StepIds.Item, StepIds.Shop, StepIds.PurchaseDate, StepIds.AmountPaid, StepIds.DeliveredDate,
            StepIds.ProblemType, StepIds.Description, StepIds.DiscoveredDate, StepIds.ContactedSeller, StepIds.OutcomeType,
        };
        var script = new List<string> { opening };
        script.AddRange(order.SelectMany(step => answers[step]));
        if (compensation)
        {
            script.AddRange(answers[StepIds.OutcomeAmount]);
        }

        return new Persona
        {
            Locale = locale,
            Opening = opening,
            OrderId = orderId,
            Item = item,
            Shop = shop,
            AmountPaid = amount,
            Answers = answers,
            Script = script,
            Yes = yes,
            Done = done,
            FileSeed = random.NextInt64(1, long.MaxValue),
        };
    }

    // Taobao order numbers are 18-19 digits; 19 digits starting 1-4 also fit a long, as the bot requires.
    private static string OrderNumber(Random random)
    {
        var digits = new StringBuilder().Append((char)('1' + random.Next(4)));
        for (var i = 1; i < 19; i++)
        {
            digits.Append((char)('0' + random.Next(10)));
        }

        return digits.ToString();
    }

    // As copied from some apps: groups of four digits.
    private static string Grouped(string digits) =>
        string.Join(' ', Enumerable.Range(0, (digits.Length + 3) / 4).Select(i => digits.Substring(i * 4, Math.Min(4, digits.Length - (i * 4)))));

    private static (DateOnly Purchased, DateOnly Delivered, DateOnly Discovered) Dates(Random random, DateOnly today)
    {
        var purchased = today.AddDays(-random.Next(12, 45));
        var delivered = purchased.AddDays(random.Next(1, 4));
        var discovered = delivered.AddDays(random.Next(1, 6));
        return (purchased, delivered, discovered);
    }

    private static decimal Amount(Random random) =>
        random.Next(3) == 0 ? random.Next(20, 3000) : random.Next(1990, 59990) / 100m;

    private static string Money(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    private static string ChineseDate(DateOnly date, DateOnly today) =>
        date.Year == today.Year
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Month}月{date.Day}日")
            : string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static string EnglishDate(Random random, DateOnly date) =>
        random.Next(2) == 0
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"));

    private static string ChineseDescription(Random random, string item, string symptom) =>
        $"收到{item}后正常使用，第{random.Next(2, 6)}次用的时候就发现{symptom}。我是按照说明书正常使用的，没有摔过也没有进水，"
        + $"拍了照片，也保存了和客服的聊天记录，商品详情页写的是“品质保证”，现在完全没法正常使用。";

    private static T Pick<T>(Random random, T[] options) => options[random.Next(options.Length)];
}
#pragma warning restore CA5394
