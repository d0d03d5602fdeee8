using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Voting.Infrastructure.Persistence.Migrations;

/// <summary>The sealed box of open polls (docs/adr/0009); WITHOUT ROWID on SQLite, like the register and the open box.</summary>
[DbContext(typeof(VotingDbContext))]
[Migration("20261201000002_SealedBallots")]
internal sealed class SealedBallots : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        if (ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            m.Sql("""CREATE TABLE "sealed_ballots" ("PollId" TEXT NOT NULL, "Tag" BLOB NOT NULL, "Sealed" BLOB NOT NULL, CONSTRAINT "PK_sealed_ballots" PRIMARY KEY ("PollId", "Tag")) WITHOUT ROWID;""");
            return;
        }
        m.CreateTable("sealed_ballots", schema: VotingDbContext.SchemaName,
            columns: t => new { PollId = t.Column<Guid>(nullable: false), Tag = t.Column<byte[]>(nullable: false), Sealed = t.Column<byte[]>(nullable: false) },
            constraints: t => t.PrimaryKey("PK_sealed_ballots", x => new { x.PollId, x.Tag }));
    }
}
