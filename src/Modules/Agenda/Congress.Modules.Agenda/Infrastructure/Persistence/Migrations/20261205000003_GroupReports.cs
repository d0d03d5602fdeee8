using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Agenda.Infrastructure.Persistence.Migrations;

/// <summary>Discussion groups' officers and their reports on agenda items. Hand-written and provider-neutral (docs/adr/0004).</summary>
[DbContext(typeof(AgendaDbContext))]
[Migration("20261205000003_GroupReports")]
internal sealed class GroupReports : Migration
{
    private const string Schema = AgendaDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("agenda_group_officers", schema: Schema,
            columns: t => new
            {
                GroupId = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                ChairDelegateId = t.Column<Guid>(nullable: true),
                SecretaryDelegateId = t.Column<Guid>(nullable: true),
                Version = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_agenda_group_officers", x => x.GroupId));
        m.CreateIndex("IX_agenda_group_officers_CongressId", "agenda_group_officers", "CongressId", schema: Schema);

        m.CreateTable("agenda_group_reports", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                GroupId = t.Column<Guid>(nullable: false),
                ItemId = t.Column<Guid>(nullable: false),
                Text = t.Column<string>(maxLength: 20000, nullable: false),
                FiledByDelegateId = t.Column<Guid>(nullable: false),
                FiledByName = t.Column<string>(nullable: false),
                FiledAtUtc = t.Column<DateTime>(nullable: false),
                Version = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_agenda_group_reports", x => x.Id));
        m.CreateIndex("IX_agenda_group_reports_GroupId_ItemId", "agenda_group_reports", ["GroupId", "ItemId"], schema: Schema, unique: true);
        m.CreateIndex("IX_agenda_group_reports_CongressId_ItemId", "agenda_group_reports", ["CongressId", "ItemId"], schema: Schema);
    }
}
