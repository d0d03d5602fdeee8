using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Voting.Infrastructure.Persistence.Migrations;

/// <summary>
/// Hand-written, provider-neutral (docs/adr/0004), except that on SQLite the voter register and the ballot box are
/// WITHOUT ROWID tables: an ordinary SQLite table numbers its rows in insertion order, and two such numberings side by
/// side would tell who cast which ballot (docs/adr/0009).
/// </summary>
[DbContext(typeof(VotingDbContext))]
[Migration("20261122000001_InitialVoting")]
internal sealed class InitialVoting : Migration
{
    private const string Schema = VotingDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateModuleInfrastructure(Schema);

        m.CreateTable("polls", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Title = t.Column<string>(nullable: false),
                Definition = t.Column<string>(nullable: false),
                Visibility = t.Column<int>(nullable: false),
                Rules = t.Column<string>(nullable: false),
                RoundNumber = t.Column<int>(nullable: false),
                PreviousRoundPollId = t.Column<Guid>(nullable: true),
                Status = t.Column<int>(nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                OpenedAtUtc = t.Column<DateTime>(nullable: true),
                ScheduledCloseAtUtc = t.Column<DateTime>(nullable: true),
                ClosedAtUtc = t.Column<DateTime>(nullable: true),
                Eligible = t.Column<int>(nullable: false),
                Present = t.Column<int>(nullable: true),
                TellerCount = t.Column<string>(nullable: true),
                PublishedResult = t.Column<string>(nullable: true),
                PublishedAtUtc = t.Column<DateTime>(nullable: true),
                CancelledAtUtc = t.Column<DateTime>(nullable: true),
                StatusReason = t.Column<string>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_polls", x => x.Id));
        m.CreateIndex("IX_polls_CongressId_CreatedAtUtc", "polls", ["CongressId", "CreatedAtUtc"], schema: Schema);

        m.CreateTable("eligible_voters", schema: Schema,
            columns: t => new
            {
                PollId = t.Column<Guid>(nullable: false),
                DelegateId = t.Column<Guid>(nullable: false),
                Delegation = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_eligible_voters", x => new { x.PollId, x.DelegateId }));

        if (ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            m.Sql("""CREATE TABLE "voters" ("PollId" TEXT NOT NULL, "DelegateId" TEXT NOT NULL, CONSTRAINT "PK_voters" PRIMARY KEY ("PollId", "DelegateId")) WITHOUT ROWID;""");
            m.Sql("""CREATE TABLE "ballots" ("PollId" TEXT NOT NULL, "BallotId" TEXT NOT NULL, "Selections" TEXT NOT NULL, CONSTRAINT "PK_ballots" PRIMARY KEY ("PollId", "BallotId")) WITHOUT ROWID;""");
        }
        else
        {
            m.CreateTable("voters", schema: Schema,
                columns: t => new { PollId = t.Column<Guid>(nullable: false), DelegateId = t.Column<Guid>(nullable: false) },
                constraints: t => t.PrimaryKey("PK_voters", x => new { x.PollId, x.DelegateId }));
            m.CreateTable("ballots", schema: Schema,
                columns: t => new { PollId = t.Column<Guid>(nullable: false), BallotId = t.Column<Guid>(nullable: false), Selections = t.Column<string>(nullable: false) },
                constraints: t => t.PrimaryKey("PK_ballots", x => new { x.PollId, x.BallotId }));
        }

        m.CreateTable("named_ballots", schema: Schema,
            columns: t => new
            {
                PollId = t.Column<Guid>(nullable: false),
                BallotId = t.Column<Guid>(nullable: false),
                DelegateId = t.Column<Guid>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_named_ballots", x => new { x.PollId, x.BallotId }));

        m.CreateTable("manual_presence", schema: Schema,
            columns: t => new { CongressId = t.Column<Guid>(nullable: false), DelegateId = t.Column<Guid>(nullable: false) },
            constraints: t => t.PrimaryKey("PK_manual_presence", x => new { x.CongressId, x.DelegateId }));
    }
}
