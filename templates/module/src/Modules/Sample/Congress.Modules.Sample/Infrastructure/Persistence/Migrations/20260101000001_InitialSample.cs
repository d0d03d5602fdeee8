using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Sample.Infrastructure.Persistence.Migrations;

/// <summary>
/// Hand-written and provider-neutral (docs/adr/0004): rename it to today's date. The host's MigrationsMatchModelTests
/// compare every module's migrations with its model on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(SampleDbContext))]
[Migration("20260101000001_InitialSample")]
internal sealed class InitialSample : Migration
{
    private const string Schema = SampleDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateModuleInfrastructure(Schema);

        m.CreateTable("notes", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Text = t.Column<string>(nullable: false),
                Author = t.Column<string>(nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_notes", x => x.Id));
        m.CreateIndex("IX_notes_CongressId_CreatedAtUtc", "notes", ["CongressId", "CreatedAtUtc"], schema: Schema);
    }
}
