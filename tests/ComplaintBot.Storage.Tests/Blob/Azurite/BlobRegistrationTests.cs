using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Storage.Tests.Blob.Azurite;

/// <summary>The host's registration with <c>Storage:Provider = Blob</c>, against a real (emulated) account.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddComplaintStorage_BlobProvider_PingsAndKeepsConversationStateInTheContainer()
    {
        var container = AzuriteFixture.NewContainerName();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = azurite.Azurite.ConnectionString,
            ["Storage:Blob:Container"] = container,
        }).Build();
        await using var provider = new ServiceCollection().AddComplaintStorage(configuration, Path.GetTempPath()).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        var conversationState = provider.GetRequiredService<ConversationState>();
        var step = conversationState.CreateProperty<string>("step");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState));

        await provider.GetRequiredService<IStorageHealth>().PingAsync();
        await adapter.SendTextToBotAsync("hi", (context, ct) => step.SetAsync(context, "order-number", ct), CancellationToken.None);

        var names = new List<string>();
        await foreach (var blob in azurite.ContainerClient(container).GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        Assert.Equal("test%2Fconversations%2FConversation1", Assert.Single(names));
    }
}
