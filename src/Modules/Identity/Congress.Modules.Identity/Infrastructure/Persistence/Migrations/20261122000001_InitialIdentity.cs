using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Identity.Infrastructure.Persistence.Migrations;

[DbContext(typeof(IdentityDbContext))]
[Migration("20261122000001_InitialIdentity")]
internal sealed class InitialIdentity : Migration
{
    private const string Schema = IdentityDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateModuleInfrastructure(Schema);
        m.CreateTable("accounts", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                UserName = t.Column<string>(nullable: false),
                DisplayName = t.Column<string>(nullable: false),
                PasswordHash = t.Column<string>(nullable: false),
                RolesText = t.Column<string>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: true),
                ExternalSubject = t.Column<string>(nullable: true),
                IsDisabled = t.Column<bool>(nullable: false),
                CreatedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_accounts", x => x.Id));
        m.CreateIndex("IX_accounts_UserName", "accounts", "UserName", schema: Schema, unique: true);
        m.CreateIndex("IX_accounts_ExternalSubject", "accounts", "ExternalSubject", schema: Schema, unique: true);
    }
}
