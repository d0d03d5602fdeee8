using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Shared.Infrastructure.Persistence;

/// <summary>
/// Migrations are written by hand (docs/adr/0004: Microsoft.EntityFrameworkCore.Design does not restore here),
/// with provider-neutral column types: the provider picks the store type from the CLR type.
/// Every module's first migration calls <see cref="CreateModuleInfrastructure"/>.
/// </summary>
public static class ModuleMigrations
{
    public static void CreateModuleInfrastructure(this MigrationBuilder migrationBuilder, string schema)
    {
        migrationBuilder.EnsureSchema(schema);

        migrationBuilder.CreateTable(
            name: ModuleTables.Outbox(schema), schema: schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Type = t.Column<string>(nullable: false),
                Payload = t.Column<string>(nullable: false),
                OccurredAtUtc = t.Column<DateTime>(nullable: false),
                ProcessedAtUtc = t.Column<DateTime>(nullable: true),
                Attempts = t.Column<int>(nullable: false),
                NextAttemptAtUtc = t.Column<DateTime>(nullable: true),
                LastError = t.Column<string>(nullable: true),
            },
            constraints: t => t.PrimaryKey($"PK_{ModuleTables.Outbox(schema)}", x => x.Id));
        migrationBuilder.CreateIndex(
            name: $"IX_{ModuleTables.Outbox(schema)}_pending", schema: schema, table: ModuleTables.Outbox(schema),
            columns: ["ProcessedAtUtc", "OccurredAtUtc"]);

        migrationBuilder.CreateTable(
            name: ModuleTables.Inbox(schema), schema: schema,
            columns: t => new
            {
                MessageId = t.Column<Guid>(nullable: false),
                Handler = t.Column<string>(nullable: false),
                ProcessedAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey($"PK_{ModuleTables.Inbox(schema)}", x => new { x.MessageId, x.Handler }));

        migrationBuilder.CreateTable(
            name: ModuleTables.Audit(schema), schema: schema,
            columns: t => new
            {
                Sequence = t.Column<long>(nullable: false),
                AtUtc = t.Column<DateTime>(nullable: false),
                Actor = t.Column<string>(nullable: false),
                Action = t.Column<string>(nullable: false),
                Payload = t.Column<string>(nullable: false),
                PreviousHash = t.Column<string>(nullable: false),
                Hash = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey($"PK_{ModuleTables.Audit(schema)}", x => x.Sequence));
    }
}
