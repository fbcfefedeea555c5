using ComplaintBot.Storage.Blob;
using ComplaintBot.Storage.Memory;
using ComplaintBot.Storage.Sqlite;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Storage;

/// <summary>Registers the configured state storage with the host.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="StorageOptions"/> (section <c>Storage</c>, checked at start), then registers
    /// as singletons: the chosen provider as <see cref="IStorage"/> and <see cref="IStorageHealth"/>, and
    /// <see cref="ConversationState"/> and <see cref="UserState"/> over it. A <see cref="TimeProvider"/> is added
    /// only if none is registered yet.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The configuration root holding the <c>Storage</c> section.</param>
    /// <param name="basePath">What a relative <see cref="StorageOptions.DataDirectory"/> is relative to: the host's content root.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddComplaintStorage(this IServiceCollection services, IConfiguration configuration, string basePath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(basePath);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStorage>(sp => CreateStorage(sp, basePath));

        // Every provider is its own health probe; resolving through IStorage keeps one instance per container.
        services.AddSingleton(sp => (IStorageHealth)sp.GetRequiredService<IStorage>());
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        return services;
    }

    private static IStorage CreateStorage(IServiceProvider services, string basePath)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return StorageProviders.Normalize(options.Provider) switch
        {
            StorageProviders.Memory => new JsonMemoryStorage(),
            StorageProviders.Sqlite => new SqliteStorage(
                new SqliteStorageOptions { DatabasePath = options.ResolveSqlitePath(basePath) },
                services.GetRequiredService<TimeProvider>(),
                services.GetService<ILogger<SqliteStorage>>()),
            StorageProviders.Blob => new BlobStorage(options.Blob, services.GetService<ILogger<BlobStorage>>()),

            // Unreachable after validation; kept so a provider added to the list but not here fails loudly.
            _ => throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), [$"Storage:Provider '{options.Provider}' has no implementation."]),
        };
    }
}
