using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Documents.Infrastructure.Persistence.Migrations;

/// <summary>
/// A tablet's recipient fixed at registration (the delegate's code and name, and their account when they registered it), so
/// that its package does not depend on who fetches it and can be prepared ahead (docs/adr/0031). Both nullable: tablets
/// registered before keep working, their label read from the roster when a package is built. Hand-written, provider-neutral
/// (docs/adr/0004, 0017).
/// </summary>
[DbContext(typeof(DocumentsDbContext))]
[Migration("20261205000009_DeviceRecipients")]
internal sealed class DeviceRecipients : Migration
{
    private const string Schema = DocumentsDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("RecipientLabel", "devices", schema: Schema, nullable: true);
        m.AddColumn<Guid>("RecipientUserId", "devices", schema: Schema, nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("RecipientUserId", "devices", schema: Schema);
        m.DropColumn("RecipientLabel", "devices", schema: Schema);
    }
}
