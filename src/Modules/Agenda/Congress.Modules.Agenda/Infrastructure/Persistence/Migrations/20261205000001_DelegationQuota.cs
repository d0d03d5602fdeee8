using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Agenda.Infrastructure.Persistence.Migrations;

/// <summary>The quota of speakers per delegation on an item (0: none). Hand-written and provider-neutral (docs/adr/0004).</summary>
[DbContext(typeof(AgendaDbContext))]
[Migration("20261205000001_DelegationQuota")]
internal sealed class DelegationQuota : Migration
{
    private const string Schema = AgendaDbContext.SchemaName;

    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<int>("MaxPerDelegation", "agenda_items", schema: Schema, nullable: false, defaultValue: 0);
}
