using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Identity.Infrastructure.Persistence.Migrations;

/// <summary>The roles an account holds because its delegate was elected to a congress body. Hand-written and provider-neutral (docs/adr/0004).</summary>
[DbContext(typeof(IdentityDbContext))]
[Migration("20261205000001_ElectedRoles")]
internal sealed class ElectedRoles : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>("ElectedRolesText", "accounts", schema: IdentityDbContext.SchemaName, nullable: false, defaultValue: "");
}
