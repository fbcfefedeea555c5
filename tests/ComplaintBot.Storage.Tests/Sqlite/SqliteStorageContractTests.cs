using ComplaintBot.Storage.Sqlite;
using ComplaintBot.Storage.Tests.Contract;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Storage.Tests.Sqlite;

public sealed class SqliteStorageContractTests(SqliteTestDirectory directory) : DurableStorageContractTests, IClassFixture<SqliteTestDirectory>
{
    private readonly string _databasePath = directory.NewDatabasePath();

    protected override IStorage CreateStorage() => ReopenStorage();

    protected override IStorage ReopenStorage() =>
        new SqliteStorage(new SqliteStorageOptions { DatabasePath = _databasePath }, TimeProvider.System);
}
