using Congress.Shared.Infrastructure.Persistence;
using Congress.Testing;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Congress.Host.Tests;

/// <summary>
/// On SQLite no commit folds the write-ahead log into the database itself (a storm's slowest ballots waited for that);
/// a background service does it instead, so the log does not grow without end either.
/// </summary>
public sealed class SqliteCheckpointTests(CongressFactory factory) : IClassFixture<CongressFactory>
{
    [Fact]
    public async Task The_hosts_connections_leave_checkpoints_to_the_background()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetServices<ModuleDatabase>().Select(m => (DbContext)scope.ServiceProvider.GetRequiredService(m.ContextType)).First();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint;";

        (await command.ExecuteScalarAsync()).Should().Be(0L, "no commit should stop to copy the log into the database");
    }

    [Fact]
    public async Task The_checkpointer_folds_the_log_into_the_database_within_seconds()
    {
        var file = Path.Combine(Path.GetTempPath(), $"congress-checkpoint-{Guid.NewGuid():N}.db");
        try
        {
            await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE probe (payload BLOB NOT NULL);" +
                    string.Concat(Enumerable.Repeat("INSERT INTO probe VALUES (randomblob(100000));", 20));
                await command.ExecuteNonQueryAsync();
                var before = new FileInfo(file).Length;

                var checkpointer = new SqliteCheckpointer(Options.Create(new DatabaseOptions { ConnectionString = $"Data Source={file};Pooling=False" }), NullLogger<SqliteCheckpointer>.Instance);
                await checkpointer.StartAsync(default);
                var deadline = DateTime.UtcNow.AddSeconds(10);
                while (new FileInfo(file).Length < 2_000_000 && DateTime.UtcNow < deadline) await Task.Delay(100);
                await checkpointer.StopAsync(default);

                before.Should().BeLessThan(100_000, "the 2 MB written are still in the log alone");
                new FileInfo(file).Length.Should().BeGreaterThanOrEqualTo(2_000_000, "the checkpointer copied the log into the database");
            }
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(file + suffix);
        }
    }
}
