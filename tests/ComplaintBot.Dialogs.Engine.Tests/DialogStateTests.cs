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
    public void Deserialize_HostileShapes_DoNotThrow()
    {
        var state = JObject.Parse("""{"dialogStack":[null,{"id":""},{"id":"ok","state":null}]}""").ToObject<DialogState>()!;

        var instance = Assert.Single(state.DialogStack);
        Assert.Equal("ok", instance.Id);
        Assert.NotNull(instance.State);
        Assert.Empty(JObject.Parse("""{"dialogStack":null}""").ToObject<DialogState>()!.DialogStack);
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
