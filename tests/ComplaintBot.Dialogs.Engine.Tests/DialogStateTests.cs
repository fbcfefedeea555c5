using ComplaintBot.Dialogs.Engine.Choices;
using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.State;
using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests;

public class DialogStateTests(ITestOutputHelper output)
{
    [Fact]
    public void Deserialize_PlainJson_NestedStackIsTypedDialogState()
    {
        const string json = """
            {"dialogStack":[{"id":"main","state":{"dialogs":{"dialogStack":[
              {"id":"ask","state":{"options":{"Prompt":{"type":"message","text":"q"}},"state":{"AttemptCount":2}}},
              {"id":"flow","state":{"stepIndex":1,"values":{"a":1}}}]}},"Version":"v1"}]}
            """;

        var state = JObject.Parse(json).ToObject<DialogState>()!;

        var nested = Assert.IsType<DialogState>(state.DialogStack[0].State["dialogs"]);
        Assert.Equal(["ask", "flow"], nested.DialogStack.Select(i => i.Id));
        Assert.Equal("v1", state.DialogStack[0].Version);
        Assert.Equal(1, nested.DialogStack[1].GetStateValue<int>("stepIndex"));
        Assert.Equal("q", nested.DialogStack[0].GetStateValue<PromptOptions>("options")!.Prompt!.Text);
    }

    [Fact]
    public void Deserialize_FromText_NestedStackIsTypedDialogState()
    {
        var state = JsonConvert.DeserializeObject<DialogState>(ThreeLevels)!;

        AssertThreeLevelsTyped(state);
    }

    [Fact]
    public void Deserialize_ThreeLevelsFromATokenTree_EveryNestedStackIsTyped_AndSharesNothingWithTheTree()
    {
        var source = JObject.Parse(ThreeLevels);

        var state = source.ToObject<DialogState>()!;

        Assert.True(JToken.DeepEquals(JObject.Parse(ThreeLevels), JObject.FromObject(state, JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }))));
        var storedOptions = Assert.IsType<JObject>(Inner(state).DialogStack[0].State["options"]);
        var sourceOptions = (JObject)source.SelectToken("dialogStack[0].state.dialogs.dialogStack[0].state.dialogs.dialogStack[0].state.options")!;
        sourceOptions["Prompt"]!["text"] = "changed in the source";
        Assert.Equal("q", (string?)storedOptions["Prompt"]!["text"]);
        Assert.Null(storedOptions.Parent);
        AssertThreeLevelsTyped(state);
    }

    [Theory]
    [InlineData("""{"x":{"dialogStack":[]}}""", JTokenType.Object)]
    [InlineData("""{"dialogStack":{"id":"a"}}""", JTokenType.Object)]
    [InlineData("""[{"dialogStack":[]}]""", JTokenType.Array)]
    public void Deserialize_DialogsKeyThatHoldsNoStack_StaysJson(string dialogs, JTokenType expected)
    {
        var json = """{"dialogStack":[{"id":"main","state":{"dialogs":""" + dialogs + ""","n":1}}]}""";

        foreach (var state in new[] { JObject.Parse(json).ToObject<DialogState>()!, JsonConvert.DeserializeObject<DialogState>(json)! })
        {
            var value = Assert.IsAssignableFrom<JToken>(state.DialogStack[0].State[ComponentDialog.PersistedDialogState]);
            Assert.Equal(expected, value.Type);
            Assert.True(JToken.DeepEquals(JToken.Parse(dialogs), value));
            Assert.Equal(1L, state.DialogStack[0].State["n"]);
        }
    }

    [Fact]
    public void Deserialize_StateThatIsNoObject_IsRefused()
    {
        Assert.Throws<JsonSerializationException>(() => JObject.Parse("""{"dialogStack":[{"id":"a","state":[1]}]}""").ToObject<DialogState>());
        Assert.Throws<JsonSerializationException>(() => JsonConvert.DeserializeObject<DialogState>("""{"dialogStack":[{"id":"a","state":"x"}]}"""));
    }

    [Fact]
    public void Deserialize_HostileShapes_DoNotThrow()
    {
        var state = JObject.Parse("""{"dialogStack":[null,{"id":""},{"id":"ok","state":null}]}""").ToObject<DialogState>()!;

        var instance = Assert.Single(state.DialogStack);
        Assert.Equal("ok", instance.Id);
        Assert.NotNull(instance.State);
        Assert.Empty(JObject.Parse("""{"dialogStack":null}""").ToObject<DialogState>()!.DialogStack);
        Assert.Empty(JsonConvert.DeserializeObject<DialogState>("""{"dialogStack":[{"id":"a","state":undefined}]}""")!.DialogStack[0].State);
        Assert.Empty(JsonConvert.DeserializeObject<DialogState>("""{"dialogStack":[{"id":"a","state":null}]}""")!.DialogStack[0].State);
    }

    private const string ThreeLevels = """
        {"dialogStack":[{"id":"main","state":{"dialogs":{"dialogStack":[
          {"id":"section","state":{"dialogs":{"dialogStack":[
            {"id":"ask","state":{"options":{"Prompt":{"type":"message","text":"q","channelData":{"complaintBot":{"step":"order.item","index":2}}}},"state":{"AttemptCount":2}}},
            {"id":"section.flow","state":{"stepIndex":1,"values":{"asked":"order.item","list":[1,"二",{"x":null}]}}}]}},"Version":"v2"},
          {"id":"flow","state":{"stepIndex":3,"values":{}}}]}},"Version":"v1"}]}
        """;

    private static DialogState Inner(DialogState state) =>
        (DialogState)((DialogState)state.DialogStack[0].State["dialogs"]!).DialogStack[0].State["dialogs"]!;

    private static void AssertThreeLevelsTyped(DialogState state)
    {
        var middle = Assert.IsType<DialogState>(state.DialogStack[0].State["dialogs"]);
        Assert.Equal(["section", "flow"], middle.DialogStack.Select(i => i.Id));
        Assert.Equal("v2", middle.DialogStack[0].Version);
        var inner = Assert.IsType<DialogState>(middle.DialogStack[0].State["dialogs"]);
        Assert.Equal(["ask", "section.flow"], inner.DialogStack.Select(i => i.Id));
        Assert.Equal(3L, middle.DialogStack[1].State["stepIndex"]);
        Assert.Equal("q", inner.DialogStack[0].GetStateValue<PromptOptions>("options")!.Prompt!.Text);
        Assert.Equal(2, inner.DialogStack[0].GetStateValue<DialogValues>("state")!.GetValue<int>("AttemptCount"));
        Assert.Equal("order.item", inner.DialogStack[1].GetStateValue<DialogValues>("values")!.GetValue<string>("asked"));
        Assert.Equal(1L, inner.DialogStack[1].State["stepIndex"]);
    }

    [Fact]
    public void Serialize_UsesBotFrameworkPropertyNames_WithoutTypeNames()
    {
        var state = new DialogState([new DialogInstance("a") { Version = "1" }]);

        var json = JsonConvert.SerializeObject(state);

        Assert.Contains("\"dialogStack\"", json, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"a\"", json, StringComparison.Ordinal);
        Assert.Contains("\"state\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromptOptionsAndAttemptCount_SurviveStorage()
    {
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text("选一个"),
            RetryPrompt = MessageFactory.Text("请从列表中选择"),
            Choices = [new Choice("退款") { Synonyms = ["退钱"] }, new Choice("换货")],
            Style = ListStyle.List,
            Validations = new { minimum = 2 },
            MaxAttempts = 5,
        };
        var flow = Ask.Flow("choice", options, r => ((FoundChoice)r!).Value);
        var client = new DialogTestClient(DialogTestClient.Handler("flow", flow, new ChoicePrompt("choice")), output: output);
        await client.SendAsync("go");
        Assert.Equal(["请从列表中选择\n\n   1. 退款\n   2. 换货"], Texts.Of(await client.SendAsync("随便")));

        var state = (await client.ReadDialogStateAsync())!;
        var stored = state.DialogStack[0].GetStateValue<PromptOptions>("options")!;
        Assert.Equal("选一个", stored.Prompt!.Text);
        Assert.Equal(["退款", "换货"], stored.Choices!.Select(c => c.Value));
        Assert.Equal(["退钱"], stored.Choices![0].Synonyms!);
        Assert.Equal(ListStyle.List, stored.Style);
        Assert.Equal(5, stored.MaxAttempts);
        Assert.Equal(2, stored.GetValidations<JObject>()!.Value<int>("minimum"));
        Assert.Equal(1, state.DialogStack[0].GetStateValue<DialogValues>("state")!.GetValue<int>("AttemptCount"));
        Assert.Equal("\"list\"", (await client.ReadStoredStateAsync())!.SelectToken("DialogState.dialogStack[0].state.options.Style")!.ToString(Formatting.None));

        Assert.Equal(["RESULT 退款"], Texts.Of(await client.SendAsync("退钱")));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("\"2\"")]
    [InlineData("2.0")]
    public async Task AttemptCount_StoredAsAnyNumberShape_IsReadTolerantly(string storedCount)
    {
        var seen = 0;
        PromptValidator<string> validator = (ctx, ct) =>
        {
            seen = ctx.AttemptCount;
            return Task.FromResult(false);
        };
        var client = new DialogTestClient(DialogTestClient.Handler("flow", Ask.Flow("ask", Ask.Text("q")), new TextPrompt("ask", validator)), output: output);
        await client.SendAsync("go");
        var stored = (await client.ReadStoredStateAsync())!;
        stored.SelectToken("DialogState.dialogStack[0].state.state")!["AttemptCount"] = JToken.Parse(storedCount);
        await client.WriteStoredStateAsync(stored);

        await client.SendAsync("x");

        Assert.Equal(3, seen);
    }

    [Fact]
    public async Task StoredDocument_NeverContainsTypeNames()
    {
        var client = new DialogTestClient(
            DialogTestClient.Handler("flow", Ask.Flow("c", new PromptOptions { Prompt = MessageFactory.Text("q"), Choices = [new Choice("a")] }), new ChoicePrompt("c")),
            output: output);

        await client.SendAsync("go");

        var json = (await client.ReadStoredStateAsync())!.ToString();
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        Assert.Contains("\"instanceId\"", json, StringComparison.Ordinal);
    }
}
