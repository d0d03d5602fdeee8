using Congress.Modules.Agenda.Domain.Bodies;
using Congress.Modules.Agenda.Domain.Groups;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Domain.Speakers;
using Congress.Modules.Agenda.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Congress.Modules.Agenda.Infrastructure.Persistence.Configurations;

internal sealed class AgendaSessionConfiguration : IEntityTypeConfiguration<AgendaSession>
{
    public void Configure(EntityTypeBuilder<AgendaSession> b)
    {
        b.ToTable("agenda_sessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Title).IsRequired();
        b.HasIndex(s => new { s.CongressId, s.Day, s.Kind }).IsUnique();
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("agenda_items");
        b.HasKey(i => i.Id);
        b.Property(i => i.Title).IsRequired();
        b.Property(i => i.Presenter).IsRequired();
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Body).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.Ignore(i => i.ElectedKeys);
        b.Ignore(i => i.IsDecided);
        b.HasIndex(i => new { i.CongressId, i.SessionId, i.Number });
        b.HasIndex(i => i.PollId);
    }
}

internal sealed class SpeakerConfiguration : IEntityTypeConfiguration<Speaker>
{
    public void Configure(EntityTypeBuilder<Speaker> b)
    {
        b.ToTable("agenda_speakers");
        b.HasKey(s => s.Id);
        b.Property(s => s.DelegateCode).IsRequired();
        b.Property(s => s.DelegateName).IsRequired();
        b.Property(s => s.Delegation).IsRequired();
        b.Property(s => s.Mode).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(s => new { s.ItemId, s.DelegateId, s.Mode }).IsUnique();
        b.HasIndex(s => new { s.CongressId, s.Status });
    }
}

internal sealed class BodyMemberConfiguration : IEntityTypeConfiguration<BodyMember>
{
    public void Configure(EntityTypeBuilder<BodyMember> b)
    {
        b.ToTable("agenda_body_members");
        b.HasKey(m => m.Id);
        b.Property(m => m.Body).HasConversion<string>().HasMaxLength(20);
        b.Property(m => m.Code).IsRequired();
        b.Property(m => m.FullName).IsRequired();
        b.HasIndex(m => new { m.CongressId, m.Body, m.Code }).IsUnique();
    }
}

internal sealed class AgendaSettingsConfiguration : IEntityTypeConfiguration<AgendaSettings>
{
    public void Configure(EntityTypeBuilder<AgendaSettings> b)
    {
        b.ToTable("agenda_settings");
        b.HasKey(s => s.CongressId);
    }
}

internal sealed class CommitteeTaskConfiguration : IEntityTypeConfiguration<CommitteeTask>
{
    public void Configure(EntityTypeBuilder<CommitteeTask> b)
    {
        b.ToTable("agenda_tasks");
        b.HasKey(t => t.Id);
        b.Property(t => t.Title).IsRequired();
        b.Property(t => t.Assignee).IsRequired();
        b.Property(t => t.Notes).IsRequired();
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.Ignore(t => t.IsOpen);
        b.HasIndex(t => new { t.CongressId, t.DueAtUtc });
    }
}

internal sealed class ProgrammeChangeConfiguration : IEntityTypeConfiguration<ProgrammeChange>
{
    public void Configure(EntityTypeBuilder<ProgrammeChange> b)
    {
        b.ToTable("agenda_programme_changes");
        b.HasKey(c => c.Id);
        b.Property(c => c.Text).HasMaxLength(ProgrammeChange.MaxTextLength).IsRequired();
        b.HasIndex(c => new { c.CongressId, c.AtUtc });
    }
}

internal sealed class GroupOfficersConfiguration : IEntityTypeConfiguration<GroupOfficers>
{
    public void Configure(EntityTypeBuilder<GroupOfficers> b)
    {
        b.ToTable("agenda_group_officers");
        b.HasKey(o => o.GroupId);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasIndex(o => o.CongressId);
    }
}

internal sealed class GroupReportConfiguration : IEntityTypeConfiguration<GroupReport>
{
    public void Configure(EntityTypeBuilder<GroupReport> b)
    {
        b.ToTable("agenda_group_reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Text).HasMaxLength(GroupReport.MaxTextLength).IsRequired();
        b.Property(r => r.FiledByName).IsRequired();
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.GroupId, r.ItemId }).IsUnique();
        b.HasIndex(r => new { r.CongressId, r.ItemId });
    }
}
