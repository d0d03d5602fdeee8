using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Congress.Modules.Voting.Application.Ballots;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Voting.Application.Ballots.CastBallot;
using Congress.Modules.Voting.Application.Polls.ClosePoll;
using Congress.Modules.Voting.Application.Polls.CreatePoll;
using Congress.Modules.Voting.Application.Polls.OpenPoll;
using Congress.Modules.Voting.Application.Polls.PublishResult;
using Congress.Modules.Voting.Application.Presence.SetManualPresence;
using Congress.Modules.Voting.Domain.Ballots;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Modules.Voting.Tests.Domain.Polls;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
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
    private static readonly string[] SealedBoxColumns = ["PollId", "Sealed", "Tag"];

    [Fact]
    public async Task The_model_keeps_the_register_and_the_box_apart()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<VotingDbContext>().Model;

        model.FindEntityType(typeof(Voter))!.GetProperties().Select(p => p.Name).Order().Should().Equal(RegisterColumns);
        model.FindEntityType(typeof(Ballot))!.GetProperties().Select(p => p.Name).Order().Should().Equal(BoxColumns);
        model.FindEntityType(typeof(SealedBallot))!.GetProperties().Select(p => p.Name).Order().Should().Equal(SealedBoxColumns);
        model.FindEntityType(typeof(Ballot))!.GetForeignKeys().Should().BeEmpty();
        model.FindEntityType(typeof(SealedBallot))!.GetForeignKeys().Should().BeEmpty();
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
        (await ColumnsAsync(connection, db.Database.IsSqlite(), "sealed_ballots")).Should().Equal(SealedBoxColumns);
        if (db.Database.IsSqlite())
        {
            // An ordinary SQLite table numbers rows in insertion order; side by side, two numberings would pair voters with ballots.
            foreach (var table in new[] { "voters", "ballots", "sealed_ballots" })
            {
                var rowid = async () => await Scalar(connection, $"SELECT rowid FROM \"{table}\" LIMIT 1");
                await rowid.Should().ThrowAsync<DbException>($"{table} must be a WITHOUT ROWID table");
            }
        }
    }

    [Fact]
    public async Task While_a_poll_is_open_the_database_holds_no_readable_ballot()
    {
        var (pollId, voters) = await SecretPoll.OpenAsync(factory, voters: 2);
        var ballotIds = voters.Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < voters.Count; i++)
            (await factory.SendAsDelegateAsync(voters[i], new CastBallotCommand(pollId, ballotIds[i], ["against"]))).IsSuccess.Should().BeTrue();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VotingDbContext>();
            (await db.Ballots.CountAsync(b => b.PollId == new PollId(pollId))).Should().Be(0);
            var sealedRows = await db.SealedBallots.AsNoTracking().Where(b => b.PollId == new PollId(pollId)).ToListAsync();
            sealedRows.Should().HaveCount(2);
            foreach (var row in sealedRows)
            {
                var bytes = row.Tag.Concat(row.Sealed).ToArray();
                foreach (var ballotId in ballotIds) ReadableForms(ballotId).Should().NotContain(form => Contains(bytes, form));
                Contains(bytes, Encoding.UTF8.GetBytes("against")).Should().BeFalse("the choice is sealed");
            }
            if (db.Database.IsSqlite()) // nor anywhere in the database's files: pages, write-ahead log
            {
                var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
                foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
                {
                    var content = await ReadSharedAsync(path);
                    foreach (var ballotId in ballotIds) ReadableForms(ballotId).Should().NotContain(form => Contains(content, form), $"{path} must not hold a ballot id");
                }
            }
        }

        await SecretPoll.CloseAndPublishAsync(factory, pollId);
        await SecretPoll.UntilOpenedAsync(factory, pollId); // the job on the job port opens the box just after the publication
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VotingDbContext>();
            var opened = await db.Ballots.AsNoTracking().Where(b => b.PollId == new PollId(pollId)).ToListAsync();
            opened.Select(b => (b.BallotId, b.Selections)).Should().BeEquivalentTo(ballotIds.Select(id => (id, "against")), "the job after the publication opened the box");
            (await db.SealedBallots.CountAsync(b => b.PollId == new PollId(pollId))).Should().Be(0);
            if (db.Database.IsSqlite()) // the scan above would have seen them: now they are there to read
            {
                var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
                var content = (await Task.WhenAll(new[] { file, file + "-wal" }.Where(File.Exists).Select(ReadSharedAsync))).SelectMany(b => b).ToArray();
                ReadableForms(ballotIds[0]).Should().Contain(form => Contains(content, form));
            }
        }
    }

    private static IEnumerable<byte[]> ReadableForms(Guid id) =>
        [id.ToByteArray(), .. new[] { id.ToString("N"), id.ToString("D"), id.ToString("D").ToUpperInvariant() }.Select(Encoding.UTF8.GetBytes)];

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
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
/// PostgreSQL stamps every row with the transaction that wrote it (xmin): while a poll is open, a ballot shares a stamp
/// with its voter's register row — which is why the box is sealed then. After the publication a job opens the box and rewrites
/// the register in one transaction of its own, so no readable ballot ever shares a stamp with its voter's batch.
/// </summary>
[Collection("postgres")]
public sealed class BallotTraceTests(PostgresCongressFactory factory) : IClassFixture<PostgresCongressFactory>
{
    [PostgresFact]
    public async Task No_readable_ballot_ever_shares_a_row_stamp_with_its_voter()
    {
        var (pollId, voters) = await SecretPoll.OpenAsync(factory, voters: 3);
        foreach (var voter in voters) // one at a time: three commits, three stamps
            (await factory.SendAsDelegateAsync(voter, new CastBallotCommand(pollId, Guid.NewGuid(), ["for"]))).IsSuccess.Should().BeTrue();

        var whileOpen = await StampsAsync(pollId);
        await SecretPoll.CloseAndPublishAsync(factory, pollId);
        await SecretPoll.UntilOpenedAsync(factory, pollId);
        var afterJob = await StampsAsync(pollId);

        whileOpen.Voters.Should().HaveCount(3, "while the poll is open each batch's rows carry their own transaction id");
        whileOpen.Sealed.Should().BeEquivalentTo(whileOpen.Voters, "a sealed ballot and its voter were written in the same transaction");
        whileOpen.Ballots.Should().BeEmpty("no ballot is readable while the poll is open");
        afterJob.Sealed.Should().BeEmpty("the job after the publication opened the box");
        afterJob.Ballots.Should().ContainSingle("the ballots were opened in one transaction")
            .And.NotIntersectWith(whileOpen.Voters, "no readable ballot carries the mark of its voter's batch");
        afterJob.Voters.Should().BeEquivalentTo(afterJob.Ballots, "every row of the poll now carries one transaction's id");
    }

    private async Task<(List<string> Voters, List<string> Sealed, List<string> Ballots)> StampsAsync(Guid pollId)
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
        return (await Distinct("voters"), await Distinct("sealed_ballots"), await Distinct("ballots"));
    }
}

/// <summary>A secret motion opened in the demo province's congress, with some of its qualified delegates present.</summary>
internal static class SecretPoll
{
    public const string Province = "NB";

    public static async Task<(Guid PollId, IReadOnlyList<Guid> Voters)> OpenAsync(CongressFactory factory, int voters)
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, Province, s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        IReadOnlyList<Guid> present;
        await using (var scope = factory.Services.CreateAsyncScope())
            present = (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default))
                .Where(d => d.Kind == "Official" && d.CredentialsApproved).Take(voters).Select(d => d.DelegateId).ToList();
        (await factory.SendAsync(Roles.Secretariat, Province, new SetManualPresenceCommand(congressId, present, Present: true))).IsSuccess.Should().BeTrue();
        var pollId = (await factory.SendAsync(Roles.Secretariat, Province, new CreatePollCommand(congressId, "Thông qua Quy chế làm việc", "Motion", "SecretElectronic"))).Value;
        (await factory.SendAsync(Roles.Secretariat, Province, new OpenPollCommand(pollId))).IsSuccess.Should().BeTrue();
        return (pollId, present);
    }

    public static async Task CloseAndPublishAsync(CongressFactory factory, Guid pollId)
    {
        (await factory.SendAsync(Roles.Secretariat, Province, new ClosePollCommand(pollId))).IsSuccess.Should().BeTrue();
        (await factory.SendAsync(Roles.Secretariat, Province, new PublishResultCommand(pollId))).IsSuccess.Should().BeTrue();
    }

    /// <summary>Waits (30 s at most) for the job that runs after the publication to open the sealed box and rewrite the register.</summary>
    public static async Task UntilOpenedAsync(CongressFactory factory, Guid pollId)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(100))
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VotingDbContext>();
            if (!await db.SealedBallots.AnyAsync(b => b.PollId == new PollId(pollId)) && await db.Ballots.AnyAsync(b => b.PollId == new PollId(pollId))) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The sealed box was not opened within 30 s of the publication.");
        }
    }
}

/// <summary>The seal itself: what it closes opens again, and nothing else does.</summary>
public sealed class BallotSealTests
{
    private static BallotSeal Seal(byte fill) => new(new InstallationSecrets(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Voting:SealKey"] = Convert.ToBase64String(Enumerable.Repeat(fill, 32).ToArray()) }).Build(),
        new HostingEnvironment { ContentRootPath = Path.GetTempPath() }));

    [Fact]
    public void A_sealed_ballot_opens_only_with_its_poll_and_its_installation_key_and_unaltered()
    {
        var poll = OpenElection();
        var other = OpenElection();
        var ballot = new BallotContent(Guid.NewGuid(), ["c01", "c03"]);
        var row = Seal(1).Seal(poll, ballot);

        Seal(1).Open(poll.Id, [row]).Single().Should().BeEquivalentTo(ballot);
        Seal(1).Seal(poll, ballot).Sealed.Should().NotEqual(row.Sealed, "each seal draws a fresh nonce: equal ballots do not look equal");
        Seal(1).Seal(poll, ballot).Tag.Should().Equal(row.Tag, "one ballot id, one tag: a resent ballot is found");
        Seal(1).Tag(other.Id, ballot.BallotId).Should().NotEqual(row.Tag);
        var blank = Seal(1).Seal(poll, new BallotContent(Guid.NewGuid(), []));
        blank.Sealed.Length.Should().Be(row.Sealed.Length, "every ballot of a poll is as long as its longest: the length tells nothing");
        Seal(1).Open(poll.Id, [blank]).Single().Selections.Should().BeEmpty("a blank ballot");

        var open = (PollId pollId, SealedBallot r, BallotSeal s) => () => s.Open(pollId, [r]);
        open(other.Id, new SealedBallot(other.Id, row.Tag, row.Sealed), Seal(1)).Should().Throw<CryptographicException>("moved to another poll");
        open(poll.Id, row, Seal(2)).Should().Throw<CryptographicException>("another installation's key");
        var altered = row.Sealed.ToArray();
        altered[20] ^= 1;
        open(poll.Id, new SealedBallot(poll.Id, row.Tag, altered), Seal(1)).Should().Throw<CryptographicException>("altered");
    }

    private static Poll OpenElection() => Build.NewPoll(Build.Election(seats: 2, candidates: 3));
}
