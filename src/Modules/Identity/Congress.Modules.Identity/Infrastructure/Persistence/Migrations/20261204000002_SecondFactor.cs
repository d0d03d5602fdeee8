using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Identity.Infrastructure.Persistence.Migrations;

/// <summary>The TOTP second factor: the secret (encrypted by Data Protection), whether it is active, the last time step used.</summary>
[DbContext(typeof(IdentityDbContext))]
[Migration("20261204000002_SecondFactor")]
internal sealed class SecondFactor : Migration
{
    private const string Schema = IdentityDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("TotpSecretProtected", "accounts", schema: Schema, maxLength: 1000, nullable: true);
        m.AddColumn<bool>("TotpActive", "accounts", schema: Schema, nullable: false, defaultValue: false);
        m.AddColumn<long>("TotpLastStep", "accounts", schema: Schema, nullable: false, defaultValue: 0L);
    }
}
