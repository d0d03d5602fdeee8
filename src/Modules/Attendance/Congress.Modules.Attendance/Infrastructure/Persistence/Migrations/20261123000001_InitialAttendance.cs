using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.Modules.Attendance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Hand-written and provider-neutral (docs/adr/0004). The two unique indexes on presence_events are what make the ledger
/// safe with several gates: one line per (session, delegate, sequence), one line per (session, scan key).
/// </summary>
[DbContext(typeof(AttendanceDbContext))]
[Migration("20261123000001_InitialAttendance")]
internal sealed class InitialAttendance : Migration
{
    private const string Schema = AttendanceDbContext.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateModuleInfrastructure(Schema);

        m.CreateTable("sessions", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(nullable: false),
                Kind = t.Column<string>(nullable: false),
                OpenedAtUtc = t.Column<DateTime>(nullable: false),
                OpenedBy = t.Column<string>(nullable: false),
                ClosedAtUtc = t.Column<DateTime>(nullable: true),
                ClosedBy = t.Column<string>(nullable: true),
                OpenMarker = t.Column<int>(nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_sessions", x => x.Id));
        m.CreateIndex("IX_sessions_CongressId_OpenedAtUtc", "sessions", ["CongressId", "OpenedAtUtc"], schema: Schema);
        m.CreateIndex("IX_sessions_CongressId_OpenMarker", "sessions", ["CongressId", "OpenMarker"], schema: Schema, unique: true);

        m.CreateTable("presence_events", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                SessionId = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                DelegateId = t.Column<Guid>(nullable: false),
                Sequence = t.Column<int>(nullable: false),
                Direction = t.Column<string>(nullable: false),
                Method = t.Column<string>(nullable: false),
                Gate = t.Column<string>(nullable: false),
                ScanKey = t.Column<string>(nullable: false),
                Reason = t.Column<string>(nullable: true),
                Similarity = t.Column<float>(nullable: true),
                AtUtc = t.Column<DateTime>(nullable: false),
                RecordedBy = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_presence_events", x => x.Id));
        m.CreateIndex("IX_presence_events_SessionId_DelegateId_Sequence", "presence_events", ["SessionId", "DelegateId", "Sequence"], schema: Schema, unique: true);
        m.CreateIndex("IX_presence_events_SessionId_ScanKey", "presence_events", ["SessionId", "ScanKey"], schema: Schema, unique: true);
        m.CreateIndex("IX_presence_events_CongressId_DelegateId_AtUtc", "presence_events", ["CongressId", "DelegateId", "AtUtc"], schema: Schema);

        m.CreateTable("quorum_settings", schema: Schema,
            columns: t => new
            {
                CongressId = t.Column<Guid>(nullable: false),
                Numerator = t.Column<int>(nullable: false),
                Denominator = t.Column<int>(nullable: false),
                Strict = t.Column<bool>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_quorum_settings", x => x.CongressId));

        m.CreateTable("reconciliation_findings", schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CongressId = t.Column<Guid>(nullable: false),
                SessionId = t.Column<Guid>(nullable: true),
                DelegateId = t.Column<Guid>(nullable: true),
                Kind = t.Column<string>(nullable: false),
                Detail = t.Column<string>(nullable: false),
                FoundAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_reconciliation_findings", x => x.Id));
        m.CreateIndex("IX_reconciliation_findings_CongressId_Kind", "reconciliation_findings", ["CongressId", "Kind"], schema: Schema);
    }
}
