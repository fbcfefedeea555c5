using System.Runtime.Serialization;
using ComplaintBot.Storage.Json;

namespace ComplaintBot.Storage.Tests.Json;

public sealed class PlainDataTypesTests
{
    public enum Colour
    {
        Red,
        Green,
    }

    public enum Labelled
    {
        [EnumMember(Value = "red")]
        Red,
    }

    public static TheoryData<Type> NotPlain => new()
    {
        typeof(WithObject),
        typeof(WithDictionary),
        typeof(WithDouble),
        typeof(WithPublicField),
        typeof(WithNewtonsoftAttribute),
        typeof(WithSystemTextJsonAttribute),
        typeof(WithDataContract),
        typeof(WithShouldSerialize),
        typeof(WithSpecified),
        typeof(ContainsItself),
        typeof(ContainsItselfInAList),
        typeof(NotSealed),
        typeof(Derived),
        typeof(WithLabelledEnum),
        typeof(WithNotPlainInside),
        typeof(WithSet),
        typeof(List<Order>),
        typeof(string),
    };

    [Fact]
    public void IsPlain_RecordsOfTextNumbersDatesEnumsAndListsOfThem()
    {
        Assert.True(PlainDataTypes.IsPlain(typeof(Order)));
        Assert.True(PlainDataTypes.IsPlain(typeof(Line)));
    }

    [Theory]
    [MemberData(nameof(NotPlain))]
    public void IsPlain_AnythingTheTwoLibrariesWriteDifferently_IsNot(Type type)
    {
        Assert.False(PlainDataTypes.IsPlain(type));
    }

    public sealed record Line(string Name, int Count, long? Grams, decimal Price, Colour Colour, Colour? Second);

    public sealed record Order
    {
        public string? Id { get; init; }

        public bool Paid { get; init; }

        public DateOnly? Day { get; init; }

        public DateTimeOffset At { get; init; }

        public IReadOnlyList<Line> Lines { get; init; } = [];

        public List<string> Notes { get; set; } = [];

        public Line[]? Extra { get; init; }

        public int LineCount => Lines.Count;
    }

    public sealed class WithObject
    {
        public object? Value { get; set; }
    }

    public sealed class WithDictionary
    {
        public Dictionary<string, string> Values { get; } = [];
    }

    public sealed class WithDouble
    {
        public double Value { get; set; }
    }

    public sealed class WithPublicField
    {
#pragma warning disable SA1401, CA1051 // The public field is what is tested.
        public int Value;
#pragma warning restore SA1401, CA1051
    }

    public sealed class WithNewtonsoftAttribute
    {
        [Newtonsoft.Json.JsonProperty("v")]
        public int Value { get; set; }
    }

    public sealed class WithSystemTextJsonAttribute
    {
        [System.Text.Json.Serialization.JsonPropertyName("v")]
        public int Value { get; set; }
    }

    [DataContract]
    public sealed class WithDataContract
    {
        [DataMember(Name = "v")]
        public int Value { get; set; }
    }

    public sealed class WithShouldSerialize
    {
        public int Value { get; set; }

        public bool ShouldSerializeValue() => Value > 0;
    }

    public sealed class WithSpecified
    {
        public int Value { get; set; }

        public bool ValueSpecified { get; set; }
    }

    public sealed class ContainsItself
    {
        public ContainsItself? Next { get; set; }
    }

    public sealed class ContainsItselfInAList
    {
        public List<Holder> Items { get; } = [];

        public sealed class Holder
        {
            public ContainsItselfInAList? Owner { get; set; }
        }
    }

    public class NotSealed
    {
        public int Value { get; set; }
    }

    public sealed class Derived : NotSealed
    {
        public int More { get; set; }
    }

    public sealed class WithLabelledEnum
    {
        public Labelled Value { get; set; }
    }

    public sealed class WithNotPlainInside
    {
        public WithObject? Inner { get; set; }
    }

    public sealed class WithSet
    {
        public HashSet<string> Values { get; } = [];
    }
}
