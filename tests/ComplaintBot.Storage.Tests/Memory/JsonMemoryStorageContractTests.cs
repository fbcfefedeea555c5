using ComplaintBot.Storage.Memory;
using ComplaintBot.Storage.Tests.Contract;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Storage.Tests.Memory;

public sealed class JsonMemoryStorageContractTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new JsonMemoryStorage();
}
