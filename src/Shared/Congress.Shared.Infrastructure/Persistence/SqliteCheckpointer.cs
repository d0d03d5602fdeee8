using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Congress.Shared.Infrastructure.Persistence;

/// <summary>
/// On SQLite, copies the write-ahead log into the database once a second, off the writers' path. SQLite would otherwise
/// do it inside whichever commit crosses 1,000 pages, and every ballot waiting on that commit would wait for the copy
/// too (it showed as the slowest 1 % of ballots under a vote storm). Connections are opened with
/// <c>wal_autocheckpoint=0</c> (<see cref="SqlitePragmas"/>); PASSIVE never waits for a reader or blocks a writer.
/// </summary>
public sealed class SqliteCheckpointer(IOptions<DatabaseOptions> options, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != DatabaseProvider.Sqlite) return;
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await using var connection = new SqliteConnection(options.Value.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                await command.ExecuteNonQueryAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "SQLite checkpoint failed; retrying in {Seconds} s", Every.TotalSeconds);
            }
        }
    }
}
