using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Identity.Infrastructure.Persistence.Migrations;

/// <summary>The key ring that signs cookies and bearer tokens, shared by every host on the database.</summary>
[DbContext(typeof(IdentityDbContext))]
[Migration("20261201000001_DataProtectionKeys")]
internal sealed class DataProtectionKeys : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.CreateTable("data_protection_keys", schema: IdentityDbContext.SchemaName,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                FriendlyName = t.Column<string>(nullable: true),
                Xml = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_data_protection_keys", x => x.Id));
}
