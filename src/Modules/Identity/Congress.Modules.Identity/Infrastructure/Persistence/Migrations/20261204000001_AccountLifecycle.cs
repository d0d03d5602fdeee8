using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Identity.Infrastructure.Persistence.Migrations;

/// <summary>
/// The security stamp every cookie and token is checked against, and the per-account lockout. Every existing account gets
/// a random stamp; cookies and tokens issued before carry none, so everyone signs in again once after this migration.
/// </summary>
[DbContext(typeof(IdentityDbContext))]
[Migration("20261204000001_AccountLifecycle")]
internal sealed class AccountLifecycle : Migration
{
    private const string Schema = IdentityDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("SecurityStamp", "accounts", schema: Schema, nullable: false, defaultValue: "");
        m.AddColumn<int>("FailedSignIns", "accounts", schema: Schema, nullable: false, defaultValue: 0);
        m.AddColumn<int>("LockoutLevel", "accounts", schema: Schema, nullable: false, defaultValue: 0);
        m.AddColumn<DateTime>("LockedUntilUtc", "accounts", schema: Schema, nullable: true);
        m.Sql(ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite"
            ? "UPDATE \"accounts\" SET \"SecurityStamp\" = hex(randomblob(16))"
            : $"UPDATE \"{Schema}\".\"accounts\" SET \"SecurityStamp\" = upper(md5(random()::text || clock_timestamp()::text || \"Id\"::text))");
    }
}
