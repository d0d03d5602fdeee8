using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Delegates.Infrastructure.Persistence.Migrations;

/// <summary>
/// Hand-written, provider-neutral (docs/adr/0004): the progress of background imports, readable from every host
/// (docs/adr/0018).
/// </summary>
[DbContext(typeof(DelegatesDbContext))]
[Migration("20261204000002_ImportProgress")]
internal sealed class ImportProgress : Migration
{
    private const string Schema = DelegatesDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("delegate_import_progress", schema: Schema,
            columns: t => new
            {
                ImportId = t.Column<Guid>(nullable: false),
                ProcessedRows = t.Column<int>(nullable: false),
                UpdatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_delegate_import_progress", x => x.ImportId));
    }

}
