using System.Data.Common;
using Congress.Modules.Voting.Domain.Ballots;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Voting.Tests.Integration;

/// <summary>
/// The secret-ballot path is two tables, the register of who voted and the ballot box, with nothing that links a row of
/// one to a row of the other: no shared id, no time, no sequence, no voter column in the box. These tests fail the day
/// either table gains a column, in the model or in the migrated database.
/// </summary>
public abstract class BallotSecrecyTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private static readonly string[] RegisterColumns = ["DelegateId", "PollId"];
    private static readonly string[] BoxColumns = ["BallotId", "PollId", "Selections"];

    [Fact]
    public async Task The_model_keeps_the_register_and_the_box_apart()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<VotingDbContext>().Model;

        model.FindEntityType(typeof(Voter))!.GetProperties().Select(p => p.Name).Order().Should().Equal(RegisterColumns);
        model.FindEntityType(typeof(Ballot))!.GetProperties().Select(p => p.Name).Order().Should().Equal(BoxColumns);
        model.FindEntityType(typeof(Ballot))!.GetForeignKeys().Should().BeEmpty();
        model.FindEntityType(typeof(Voter))!.GetForeignKeys().Should().BeEmpty();
    }

    [Fact]
    public async Task The_migrated_tables_have_exactly_those_columns_and_no_hidden_insertion_order()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VotingDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();

        (await ColumnsAsync(connection, db.Database.IsSqlite(), "voters")).Should().Equal(RegisterColumns);
        (await ColumnsAsync(connection, db.Database.IsSqlite(), "ballots")).Should().Equal(BoxColumns);
        if (db.Database.IsSqlite())
        {
            // An ordinary SQLite table numbers rows in insertion order; side by side, two numberings would pair voters with ballots.
            foreach (var table in new[] { "voters", "ballots" })
            {
                var rowid = async () => await Scalar(connection, $"SELECT rowid FROM \"{table}\" LIMIT 1");
                await rowid.Should().ThrowAsync<DbException>($"{table} must be a WITHOUT ROWID table");
            }
        }
    }

    private static async Task<List<string>> ColumnsAsync(DbConnection connection, bool sqlite, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sqlite
            ? $"SELECT name FROM pragma_table_info('{table}')"
            : $"SELECT column_name FROM information_schema.columns WHERE table_schema = 'voting' AND table_name = '{table}'";
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        return columns.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<object?> Scalar(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}

public sealed class BallotSecrecySqliteTests(CongressFactory factory) : BallotSecrecyTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class BallotSecrecyPostgresTests(PostgresCongressFactory factory) : BallotSecrecyTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
