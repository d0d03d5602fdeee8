using Congress.Modules.Attendance.Domain.Ledger;
using Congress.Modules.Attendance.Domain.Quorum;
using Congress.Modules.Attendance.Domain.Reconciliation;
using Congress.Modules.Attendance.Domain.Sessions;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Attendance.Infrastructure.Persistence;

internal sealed class AttendanceDbContext(DbContextOptions<AttendanceDbContext> options, ModuleDbContextServices services)
    : ModuleDbContext(options, services)
{
    public const string SchemaName = "attendance";

    public override string Schema => SchemaName;

    public DbSet<AttendanceSession> Sessions => Set<AttendanceSession>();
    public DbSet<PresenceEvent> Events => Set<PresenceEvent>();
    public DbSet<CongressQuorumSetting> QuorumSettings => Set<CongressQuorumSetting>();
    public DbSet<ReconciliationFinding> Findings => Set<ReconciliationFinding>();
}
