using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Reporting.Infrastructure.Persistence.Migrations;

/// <summary>
/// Where a report's committee list came from (docs/adr/0032): "Platform" when the elected delegates' profiles filled it,
/// "Entered" when officials typed or imported it. Reports already there with a list were entered; the rest have none.
/// Hand-written and provider-neutral (docs/adr/0004).
/// </summary>
[DbContext(typeof(ReportingDbContext))]
[Migration("20261207000001_CommitteeMembersSource")]
internal sealed class CommitteeMembersSource : Migration
{
    private const string Schema = ReportingDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("CommitteeMembersSource", "progress_reports", schema: Schema, nullable: true);
        var prefix = ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite" ? "" : $"\"{Schema}\".";
        var (reports, elected) = ($"{prefix}\"progress_reports\"", $"{prefix}\"report_elected\"");
        m.Sql($"UPDATE {reports} SET \"CommitteeMembersSource\" = 'Entered' WHERE EXISTS (SELECT 1 FROM {elected} e WHERE e.\"ReportId\" = {reports}.\"Id\" AND e.\"Body\" = 'Committee')");
    }
}
