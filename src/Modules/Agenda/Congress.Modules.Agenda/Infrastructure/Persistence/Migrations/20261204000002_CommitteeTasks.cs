using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Agenda.Infrastructure.Persistence.Migrations;

/// <summary>The organising committee's tasks. Hand-written and provider-neutral (docs/adr/0004).</summary>
[DbContext(typeof(AgendaDbContext))]
[Migration("20261204000002_CommitteeTasks")]
internal sealed class CommitteeTasks : Migration
{
    private const string Schema = AgendaDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("agenda_tasks", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Title = t.Column<string>(nullable: false),
                Assignee = t.Column<string>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: true),
                DueAtUtc = t.Column<DateTime>(nullable: false),
                Status = t.Column<string>(maxLength: 20, nullable: false),
                Notes = t.Column<string>(nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
                RemindedAtUtc = t.Column<DateTime>(nullable: true),
                Version = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_agenda_tasks", x => x.Id));
        m.CreateIndex("IX_agenda_tasks_CongressId_DueAtUtc", "agenda_tasks", ["CongressId", "DueAtUtc"], schema: Schema);
    }
}
