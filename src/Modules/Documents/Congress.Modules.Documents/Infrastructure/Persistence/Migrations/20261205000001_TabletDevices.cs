using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Documents.Infrastructure.Persistence.Migrations;

/// <summary>Tablets registered to delegates (their public keys, revocation) and the packages issued to them. Hand-written, provider-neutral (docs/adr/0004, 0024).</summary>
[DbContext(typeof(DocumentsDbContext))]
[Migration("20261205000001_TabletDevices")]
internal sealed class TabletDevices : Migration
{
    private const string Schema = DocumentsDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("devices", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                DelegateId = t.Column<Guid>(nullable: false),
                Label = t.Column<string>(nullable: false),
                PublicKey = t.Column<string>(nullable: false),
                KeyId = t.Column<string>(nullable: false),
                RegisteredAtUtc = t.Column<DateTime>(nullable: false),
                RegisteredBy = t.Column<string>(nullable: false),
                RevokedAtUtc = t.Column<DateTime>(nullable: true),
                RevokedBy = t.Column<string>(nullable: true),
                RevocationReason = t.Column<string>(nullable: true),
                LastSyncAtUtc = t.Column<DateTime>(nullable: true),
                RefusedSyncs = t.Column<int>(nullable: false),
                LastRefusedAtUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_devices", x => x.Id));
        m.CreateIndex("IX_devices_KeyId", "devices", "KeyId", schema: Schema, unique: true);
        m.CreateIndex("IX_devices_CongressId_DelegateId", "devices", ["CongressId", "DelegateId"], schema: Schema);

        m.CreateTable("device_packages", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DeviceId = t.Column<Guid>(nullable: false),
                IssuedAtUtc = t.Column<DateTime>(nullable: false),
                ExpiresAtUtc = t.Column<DateTime>(nullable: false),
                SinceUtc = t.Column<DateTime>(nullable: true),
                AsOfUtc = t.Column<DateTime>(nullable: false),
                DocumentCount = t.Column<int>(nullable: false),
                ManifestSha256 = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_device_packages", x => x.Id));
        m.CreateIndex("IX_device_packages_DeviceId", "device_packages", "DeviceId", schema: Schema);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("device_packages", schema: Schema);
        m.DropTable("devices", schema: Schema);
    }
}
