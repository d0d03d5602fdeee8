using Congress.Modules.Attendance.Domain.Ledger;
using Congress.Modules.Attendance.Domain.Quorum;
using Congress.Modules.Attendance.Domain.Reconciliation;
using Congress.Modules.Attendance.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Congress.Modules.Attendance.Infrastructure.Persistence.Configurations;

internal sealed class AttendanceSessionConfiguration : IEntityTypeConfiguration<AttendanceSession>
{
    public void Configure(EntityTypeBuilder<AttendanceSession> b)
    {
        b.ToTable("sessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Name).IsRequired();
        b.Property(s => s.Kind).HasConversion<string>().IsRequired();
        b.Property(s => s.OpenedBy).IsRequired();
        b.Ignore(s => s.IsOpen);
        b.HasIndex(s => new { s.CongressId, s.OpenedAtUtc });
        // NULLs are distinct in a unique index on both SQLite and PostgreSQL: any number of closed sessions, one open.
        b.HasIndex(s => new { s.CongressId, s.OpenMarker }).IsUnique();
    }
}

internal sealed class PresenceEventConfiguration : IEntityTypeConfiguration<PresenceEvent>
{
    public void Configure(EntityTypeBuilder<PresenceEvent> b)
    {
        b.ToTable("presence_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Direction).HasConversion<string>().IsRequired();
        b.Property(e => e.Method).HasConversion<string>().IsRequired();
        b.Property(e => e.Gate).IsRequired();
        b.Property(e => e.ScanKey).IsRequired();
        b.Property(e => e.RecordedBy).IsRequired();
        b.HasIndex(e => new { e.SessionId, e.DelegateId, e.Sequence }).IsUnique();
        b.HasIndex(e => new { e.SessionId, e.ScanKey }).IsUnique();
        b.HasIndex(e => new { e.CongressId, e.DelegateId, e.AtUtc });
    }
}

internal sealed class CongressQuorumSettingConfiguration : IEntityTypeConfiguration<CongressQuorumSetting>
{
    public void Configure(EntityTypeBuilder<CongressQuorumSetting> b)
    {
        b.ToTable("quorum_settings");
        b.HasKey(s => s.CongressId);
        b.Ignore(s => s.Rule);
    }
}

internal sealed class ReconciliationFindingConfiguration : IEntityTypeConfiguration<ReconciliationFinding>
{
    public void Configure(EntityTypeBuilder<ReconciliationFinding> b)
    {
        b.ToTable("reconciliation_findings");
        b.HasKey(f => f.Id);
        b.Property(f => f.Kind).HasConversion<string>().IsRequired();
        b.Property(f => f.Detail).IsRequired();
        b.HasIndex(f => new { f.CongressId, f.Kind });
    }
}
