using System.Data.Common;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Voting.Application.Ballots.CastBallot;
using Congress.Modules.Voting.Application.Polls.ClosePoll;
using Congress.Modules.Voting.Application.Polls.CreatePoll;
using Congress.Modules.Voting.Application.Polls.OpenPoll;
using Congress.Modules.Voting.Application.Presence.SetManualPresence;
using Congress.Modules.Voting.Domain.Ballots;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
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

/// <summary>
/// PostgreSQL stamps every row with the transaction that wrote it (xmin): while a poll is open, ballots committed in one
/// batch share a stamp with their voters' register rows. Once the poll closes, a job rewrites every row of the poll in one
/// transaction, so the stamps no longer group anyone's ballot with anyone's name.
/// </summary>
[Collection("postgres")]
public sealed class BallotTraceTests(PostgresCongressFactory factory) : IClassFixture<PostgresCongressFactory>
{
    [PostgresFact]
    public async Task After_the_close_no_row_stamp_ties_a_ballot_to_the_batch_its_voter_was_registered_in()
    {
        const string province = "NB";
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, province, s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        IReadOnlyList<Guid> voters;
        await using (var scope = factory.Services.CreateAsyncScope())
            voters = (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default))
                .Where(d => d.Kind == "Official" && d.CredentialsApproved).Take(3).Select(d => d.DelegateId).ToList();
        (await factory.SendAsync(Roles.Secretariat, province, new SetManualPresenceCommand(congressId, voters, Present: true))).IsSuccess.Should().BeTrue();
        var pollId = (await factory.SendAsync(Roles.Secretariat, province, new CreatePollCommand(congressId, "Thông qua Quy chế làm việc", "Motion", "SecretElectronic"))).Value;
        (await factory.SendAsync(Roles.Secretariat, province, new OpenPollCommand(pollId))).IsSuccess.Should().BeTrue();
        foreach (var voter in voters) // one at a time: three commits, three stamps
            (await factory.SendAsDelegateAsync(voter, new CastBallotCommand(pollId, Guid.NewGuid(), ["for"]))).IsSuccess.Should().BeTrue();

        var whileOpen = await StampsAsync(pollId);
        (await factory.SendAsync(Roles.Secretariat, province, new ClosePollCommand(pollId))).IsSuccess.Should().BeTrue();
        var afterClose = await StampsAsync(pollId);
        for (var deadline = DateTime.UtcNow.AddSeconds(30); afterClose.Ballots.Count > 1 && DateTime.UtcNow < deadline; afterClose = await StampsAsync(pollId))
            await Task.Delay(200); // the job on the job port runs just after the close

        whileOpen.Ballots.Should().HaveCount(3, "while the poll is open each batch's rows carry their own transaction id");
        whileOpen.Voters.Should().BeEquivalentTo(whileOpen.Ballots, "a ballot and its voter were written in the same transaction");
        afterClose.Ballots.Should().ContainSingle().And.BeEquivalentTo(afterClose.Voters, "every row of the poll now carries one transaction's id");
    }

    private async Task<(List<string> Voters, List<string> Ballots)> StampsAsync(Guid pollId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<VotingDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        async Task<List<string>> Distinct(string table)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""SELECT DISTINCT xmin::text FROM voting.{table} WHERE "PollId" = '{pollId}'""";
            var stamps = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) stamps.Add(reader.GetString(0));
            return stamps;
        }
        return (await Distinct("voters"), await Distinct("ballots"));
    }
}
