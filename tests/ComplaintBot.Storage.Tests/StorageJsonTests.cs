using ComplaintBot.Storage.Tests.Contract;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Storage.Tests;

public sealed class StorageJsonTests
{
    public static TheoryData<string, object> Values => new()
    {
        { "plain state dictionary", new Dictionary<string, object> { ["DialogState"] = new { Stack = new[] { new { Id = "order", State = new { step = 2 } } } }, ["Locale"] = "zh-CN" } },
        { "store item with its ETag", new PocoStoreItem { Id = "a", Count = 3, ETag = "\"0x8D\"" } },
        { "dictionary with an etag key", new Dictionary<string, object> { ["ETAG"] = "stale", ["Count"] = 1 } },
        { "text that only mentions eTag", new Dictionary<string, object> { ["Note"] = "the \"eTag\" word", ["Nested"] = new Dictionary<string, object> { ["eTag"] = "kept below the top level" } } },
        { "enum and date", new { Kind = DayOfWeek.Friday, At = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8)) } },
        { "large Chinese state", new Dictionary<string, object> { ["Interview"] = new { Description = string.Concat(Enumerable.Repeat("烧水时壶底漏水，\"桌面\"被打湿😀\n", 6_000)) } } },
        { "large state with an etag", new Dictionary<string, object> { ["etag"] = "stale", ["Text"] = new string('证', 200_000) } },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Serialize_WritesTheTreeFormWithoutATopLevelETag(string shape, object value)
    {
        var expected = JToken.FromObject(value, ComplaintBot.Storage.Json.StorageContractResolver.Instance.NewtonsoftOnly);
        if (expected is JObject obj)
        {
            foreach (var stale in obj.Properties().Where(p => string.Equals(p.Name, StorageJson.ETagProperty, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                stale.Remove();
            }
        }

        var json = StorageJson.Serialize(value);

        Assert.True(JToken.DeepEquals(expected, JToken.Parse(json)), shape + ": " + json);
        Assert.Equal(expected.ToString(Newtonsoft.Json.Formatting.None), json);
        Assert.DoesNotContain(((JObject)JToken.Parse(json)).Properties(), p => string.Equals(p.Name, StorageJson.ETagProperty, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Serialize_NestedValues_NeverComparedByTheirEquals()
    {
        var counter = new EqualsCounter();
        var value = new Dictionary<string, object> { ["Outer"] = new CountingEquals(counter) { Inner = new CountingEquals(counter) { Inner = new CountingEquals(counter) } } };

        var json = StorageJson.Serialize(value);

        Assert.Equal(0, counter.Calls);
        Assert.Equal(3, JObject.Parse(json).Descendants().OfType<JProperty>().Count(p => p.Name == "Name"));
    }

    [Fact]
    public void Serialize_ObjectInsideItself_StillRefused()
    {
        var loop = new CountingEquals(new EqualsCounter());
        loop.Inner = loop;

        Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => StorageJson.Serialize(loop));
    }

    public sealed class EqualsCounter
    {
        public int Calls { get; set; }
    }

    /// <summary>Equal to any other instance, and counts being asked: a loop check by Equals would see loops everywhere.</summary>
    public sealed class CountingEquals(EqualsCounter counter)
    {
        public string Name { get; set; } = "节点";

        public CountingEquals? Inner { get; set; }

        public override bool Equals(object? obj)
        {
            counter.Calls++;
            return obj is CountingEquals;
        }

        public override int GetHashCode() => 1;
    }
}

public sealed class StorageJsonEnumTests
{
    private sealed class WithEnums
    {
        public DayOfWeek Day { get; set; } = DayOfWeek.Friday;

        public DayOfWeek? Maybe { get; set; } = DayOfWeek.Monday;

        public DayOfWeek? Absent { get; set; }

        public object Boxed { get; set; } = DayOfWeek.Sunday;

        public List<DayOfWeek> Many { get; set; } = [];
    }

    [Fact]
    public void Enums_AreWrittenAsNames_WithoutAConverterForEveryValueToAsk()
    {
        var json = StorageJson.Serialize(new WithEnums { Many = [DayOfWeek.Tuesday, DayOfWeek.Thursday] });

        Assert.Empty(StorageJson.Settings.Converters);
        Assert.Equal("""{"Day":"Friday","Maybe":"Monday","Boxed":"Sunday","Many":["Tuesday","Thursday"]}""", json);
    }

    [Fact]
    public void Enums_AreReadFromNamesAndNumbers()
    {
        var read = Newtonsoft.Json.JsonConvert.DeserializeObject<WithEnums>("""{"Day":"Saturday","Maybe":3,"Absent":null,"Many":["Monday",2]}""", StorageJson.Settings)!;

        Assert.Equal(DayOfWeek.Saturday, read.Day);
        Assert.Equal(DayOfWeek.Wednesday, read.Maybe);
        Assert.Null(read.Absent);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday], read.Many);
    }

    [Fact]
    public void TheDefaultResolver_LeavesEnumsAsNumbers_AsNewtonsoftDoes()
    {
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(new { Day = DayOfWeek.Friday }, new Newtonsoft.Json.JsonSerializerSettings { ContractResolver = PlainAttachmentContentResolver.Instance });

        Assert.Equal("""{"Day":5}""", json);
    }
}
