using ComplaintBot.Bot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Scale.Tests;

[Collection(AzuriteServerCollection.Name)]
public sealed class DeleteMyDataTests(AzuriteServer azurite)
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Blob")]
    public async Task DeleteMyData_AfterAConfirmedComplaintAndANewDraft_HistoryDraftAndEvidenceGone(string provider)
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = provider };
        if (provider == "Blob")
        {
            settings["Storage:Blob:ConnectionString"] = azurite.Azurite.ConnectionString;
            settings["Storage:Blob:Container"] = AzuriteServer.NewContainer();
        }

        using var factory = new BotHostFactory(null, settings);
        using var http = factory.CreateClient();
        var user = "delete-" + Guid.NewGuid().ToString("N")[..8];
        var finished = new AlternatingConversation([http], new ConversationScript(1, new Random(3)), user);
        await finished.RunAsync();
        Assert.Empty(finished.Problems);
        Assert.NotEqual((0, 0), EvidenceRows(factory.DataDirectory));

        using var client = new BotClient(factory.CreateClient()) { UserId = user };
        await client.SayAsync("你好");
        await client.SayAsync("1944822463412702309");
        await client.SayAsync("删除我的数据");
        var done = await client.SayAsync("是");
        Assert.Contains("已经全部删除", done.AllText(), StringComparison.Ordinal);

        var storage = factory.Services.GetRequiredService<IStorage>();
        var userKey = $"emulator/users/{user}";
        var conversationKey = $"emulator/conversations/{client.ConversationId}";
        var stored = await storage.ReadAsync([userKey, conversationKey]);
        Assert.False(stored.ContainsKey(userKey), "the user's complaint history is still stored");
        Assert.Null((stored.TryGetValue(conversationKey, out var conversation) ? (JObject)conversation : null)?["Interview"]);
        Assert.Equal((0, 0), EvidenceRows(factory.DataDirectory));

        using var later = new BotClient(factory.CreateClient()) { UserId = user };
        var history = await later.SayAsync("我的投诉");
        Assert.Contains("还没有已完成的投诉", history.AllText(), StringComparison.Ordinal);
    }

    /// <summary>The content parts and owner rows in the host's evidence file (the default evidence store).</summary>
    private static (long Parts, long Owners) EvidenceRows(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "evidence.db");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM evidence_parts), (SELECT count(*) FROM evidence_owners);";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
