using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Identity.Infrastructure.Persistence.Migrations;

/// <summary>A delegate's account names the delegate (Voting reads it as the voter).</summary>
[DbContext(typeof(IdentityDbContext))]
[Migration("20261122000002_AccountDelegateLink")]
internal sealed class AccountDelegateLink : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<Guid>("DelegateId", "accounts", schema: IdentityDbContext.SchemaName, nullable: true);
        m.CreateIndex("IX_accounts_DelegateId", "accounts", "DelegateId", schema: IdentityDbContext.SchemaName, unique: true);
    }
}
