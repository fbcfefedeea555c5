using ComplaintBot.Storage.Blob;
using ComplaintBot.Storage.Memory;
using ComplaintBot.Storage.Sqlite;
using ComplaintBot.Storage.Tests.Sqlite;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests(SqliteTestDirectory directory) : IClassFixture<SqliteTestDirectory>
{
    [Fact]
    public void AddComplaintStorage_NullArguments_Throw()
    {
        var configuration = new ConfigurationBuilder().Build();

        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddComplaintStorage(configuration, directory.Path));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddComplaintStorage(null!, directory.Path));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddComplaintStorage(configuration, " "));
    }

    [Fact]
    public async Task AddComplaintStorage_NoStorageSection_UsesSqliteInDataUnderBasePath()
    {
        var basePath = Path.Combine(directory.Path, Guid.NewGuid().ToString("N"));
        await using var provider = CreateProvider([], basePath);

        var storage = Assert.IsType<SqliteStorage>(provider.GetRequiredService<IStorage>());
        await provider.GetRequiredService<IStorageHealth>().PingAsync();

        Assert.Equal(Path.Combine(basePath, "data", "complaintbot.db"), storage.DatabasePath);
        Assert.True(File.Exists(storage.DatabasePath));
    }

    [Fact]
    public async Task AddComplaintStorage_ConfiguredSqlite_UsesConfiguredDirectoryAndFile()
    {
        var dataDirectory = Path.Combine(directory.Path, Guid.NewGuid().ToString("N"));
        await using var provider = CreateProvider(new() { ["Storage:Provider"] = "sqlite", ["Storage:DataDirectory"] = dataDirectory, ["Storage:SqliteFileName"] = "state.db" });

        var storage = Assert.IsType<SqliteStorage>(provider.GetRequiredService<IStorage>());

        Assert.Equal(Path.Combine(dataDirectory, "state.db"), storage.DatabasePath);
    }

    [Fact]
    public async Task AddComplaintStorage_MemoryProvider_RegistersJsonMemoryStorage()
    {
        await using var provider = CreateProvider(new() { ["Storage:Provider"] = "Memory" });

        Assert.IsType<JsonMemoryStorage>(provider.GetRequiredService<IStorage>());
    }

    [Fact]
    public async Task AddComplaintStorage_BlobProviderWithConnectionString_RegistersBlobStorageOnDefaultContainer()
    {
        await using var provider = CreateProvider(new() { ["Storage:Provider"] = "Blob", ["Storage:Blob:ConnectionString"] = "UseDevelopmentStorage=true" });
        provider.GetRequiredService<IStartupValidator>().Validate();

        var storage = Assert.IsType<BlobStorage>(provider.GetRequiredService<IStorage>());

        Assert.Same(storage, provider.GetRequiredService<IStorageHealth>());
        Assert.Equal("devstoreaccount1", storage.AccountName);
        Assert.Equal(BlobStorageOptions.DefaultContainer, storage.ContainerName);
    }

    [Fact]
    public async Task AddComplaintStorage_BlobProviderWithServiceUri_RegistersBlobStorageOnConfiguredContainer()
    {
        await using var provider = CreateProvider(new()
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ServiceUri"] = "https://complaintbot.blob.core.windows.net/",
            ["Storage:Blob:ManagedIdentityClientId"] = "2f0e2f4c-0000-4000-8000-000000000001",
            ["Storage:Blob:Container"] = "bot-state",
        });
        provider.GetRequiredService<IStartupValidator>().Validate();

        var storage = Assert.IsType<BlobStorage>(provider.GetRequiredService<IStorage>());

        Assert.Equal("complaintbot", storage.AccountName);
        Assert.Equal("bot-state", storage.ContainerName);
    }

    [Fact]
    public async Task AddComplaintStorage_BlobProviderWithBothAccountSettings_FailsAtStart()
    {
        await using var provider = CreateProvider(new()
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:Blob:ServiceUri"] = "https://complaintbot.blob.core.windows.net",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("exactly one", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddComplaintStorage_Resolved_SharesOneStorageAcrossHealthAndStates()
    {
        await using var provider = CreateProvider(new() { ["Storage:Provider"] = "Memory" });
        var storage = provider.GetRequiredService<IStorage>();
        var conversationState = provider.GetRequiredService<ConversationState>();
        var accessor = conversationState.CreateProperty<string>("step");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState));
        string? key = null;

        await adapter.SendTextToBotAsync(
            "hi",
            async (context, ct) =>
            {
                key = $"{context.Activity.ChannelId}/conversations/{context.Activity.Conversation.Id}";
                await accessor.SetAsync(context, "greeted", ct);
            },
            CancellationToken.None);

        Assert.Same(storage, provider.GetRequiredService<IStorage>());
        Assert.Same(storage, provider.GetRequiredService<IStorageHealth>());
        Assert.Same(conversationState, provider.GetRequiredService<ConversationState>());
        Assert.Same(provider.GetRequiredService<UserState>(), provider.GetRequiredService<UserState>());
        Assert.Single(await storage.ReadAsync([key!]));
    }

    [Fact]
    public async Task AddComplaintStorage_TimeProviderAlreadyRegistered_KeepsIt()
    {
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock);

        services.AddComplaintStorage(new ConfigurationBuilder().Build(), directory.Path);
        await using var provider = services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task AddComplaintStorage_UnknownProvider_FailsAtStart()
    {
        await using var provider = CreateProvider(new() { ["Storage:Provider"] = "Blobz" });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Blobz", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddComplaintStorage_FileNameWithDirectory_FailsAtStart()
    {
        await using var provider = CreateProvider(new() { ["Storage:SqliteFileName"] = "sub/state.db" });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public async Task AddComplaintStorage_ValidSection_PassesStartValidation()
    {
        await using var provider = CreateProvider(new() { ["Storage:Provider"] = "Memory" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(StorageProviders.Memory, provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);
    }

    private ServiceProvider CreateProvider(Dictionary<string, string?> settings, string? basePath = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddComplaintStorage(configuration, basePath ?? directory.Path)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
