using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Agenda.Infrastructure.Persistence.Migrations;

/// <summary>The notices of what changed in a programme, for tablets that catch up. Hand-written and provider-neutral (docs/adr/0004).</summary>
[DbContext(typeof(AgendaDbContext))]
[Migration("20261205000002_ProgrammeChanges")]
internal sealed class ProgrammeChanges : Migration
{
    private const string Schema = AgendaDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("agenda_programme_changes", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                AtUtc = t.Column<DateTime>(nullable: false),
                Text = t.Column<string>(maxLength: 300, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_agenda_programme_changes", x => x.Id));
        m.CreateIndex("IX_agenda_programme_changes_CongressId_AtUtc", "agenda_programme_changes", ["CongressId", "AtUtc"], schema: Schema);
    }
}
