using Congress.Modules.Reporting.Domain.Approvals;
using Congress.Modules.Reporting.Domain.Difficulties;
using Congress.Modules.Reporting.Domain.Platform;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Domain.Reminders;
using Congress.Modules.Reporting.Domain.Rollups;
using Congress.Modules.Reporting.Domain.Feed;
using Congress.Modules.Reporting.Domain.Tree;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Congress.Modules.Reporting.Infrastructure.Persistence.Configurations;

// SQLite has no schemas: every table name here is unique across modules (docs/adr/0004), hence the "report_" prefix.

internal sealed class ReportingOrganisationConfiguration : IEntityTypeConfiguration<ReportingOrganisation>
{
    public void Configure(EntityTypeBuilder<ReportingOrganisation> b)
    {
        b.ToTable("report_organisations");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Code).IsRequired();
        b.Property(o => o.Name).IsRequired();
        b.Property(o => o.Level).IsRequired();
        b.Property(o => o.Path).IsRequired();
        b.HasIndex(o => o.ParentId);
        b.HasIndex(o => o.Path);
        b.Ignore(o => o.AncestorIds);
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.ToTable("progress_reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Property(r => r.Stage).HasConversion<int>();
        b.Property(r => r.DeputyNames).IsRequired();
        b.Property(r => r.UpdatedBy).IsRequired();
        b.HasIndex(r => r.OrganisationId).IsUnique();
        b.HasIndex(r => r.CongressId);
        b.HasIndex(r => r.ChangeSequence);
        b.HasMany(r => r.Elected).WithOne().HasForeignKey(p => p.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Elected).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(r => r.Deputies);
        b.Ignore(r => r.IsReported);
    }
}

internal sealed class ElectedPersonConfiguration : IEntityTypeConfiguration<ElectedPerson>
{
    public void Configure(EntityTypeBuilder<ElectedPerson> b)
    {
        b.ToTable("report_elected");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Body).IsRequired();
        b.Property(p => p.FullName).IsRequired();
        b.HasIndex(p => p.ReportId);
    }
}

internal sealed class RollupConfiguration : IEntityTypeConfiguration<Rollup>
{
    public void Configure(EntityTypeBuilder<Rollup> b)
    {
        b.ToTable("report_rollups");
        b.HasKey(r => r.OrganisationId);
        b.Property(r => r.OrganisationId).ValueGeneratedNever();
        b.Ignore(r => r.Missing);
        b.Ignore(r => r.Structure); // a view of the Committee* columns
    }
}

internal sealed class LevelApprovalConfiguration : IEntityTypeConfiguration<LevelApproval>
{
    public void Configure(EntityTypeBuilder<LevelApproval> b)
    {
        b.ToTable("report_approvals");
        b.HasKey(a => a.OrganisationId);
        b.Property(a => a.OrganisationId).ValueGeneratedNever();
        b.HasIndex(a => new { a.Approved, a.OrganisationId });
    }
}

internal sealed class DeadlineReminderConfiguration : IEntityTypeConfiguration<DeadlineReminder>
{
    public void Configure(EntityTypeBuilder<DeadlineReminder> b)
    {
        b.ToTable("report_reminders");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Code).IsRequired();
        b.Property(r => r.Name).IsRequired();
        b.Property(r => r.Kind).IsRequired();
        b.HasIndex(r => new { r.ParentOrganisationId, r.DueOn });
    }
}

internal sealed class PlatformCongressConfiguration : IEntityTypeConfiguration<PlatformCongress>
{
    public void Configure(EntityTypeBuilder<PlatformCongress> b)
    {
        b.ToTable("report_platform_congresses");
        b.HasKey(c => c.CongressId);
        b.Property(c => c.CongressId).ValueGeneratedNever();
    }
}

internal sealed class PlatformPresenceConfiguration : IEntityTypeConfiguration<PlatformPresence>
{
    public void Configure(EntityTypeBuilder<PlatformPresence> b)
    {
        b.ToTable("report_platform_presence");
        b.HasKey(p => new { p.CongressId, p.DelegateId });
    }
}

internal sealed class FeedCounterConfiguration : IEntityTypeConfiguration<FeedCounter>
{
    public void Configure(EntityTypeBuilder<FeedCounter> b)
    {
        b.ToTable("report_counters");
        b.HasKey(c => c.Name);
    }
}

internal sealed class DifficultyConfiguration : IEntityTypeConfiguration<Difficulty>
{
    public void Configure(EntityTypeBuilder<Difficulty> b)
    {
        b.ToTable("report_difficulties");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Property(d => d.OrganisationPath).IsRequired();
        b.Property(d => d.ReporterName).IsRequired();
        b.Property(d => d.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Title).IsRequired().HasMaxLength(DifficultyText.TitleMax);
        b.Property(d => d.Description).IsRequired();
        b.HasIndex(d => d.OrganisationId);
        b.HasIndex(d => d.OrganisationPath);
        b.HasIndex(d => new { d.ProvinceId, d.Status });
        b.HasIndex(d => new { d.Escalated, d.Status });
        b.HasMany(d => d.Entries).WithOne().HasForeignKey(e => e.DifficultyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(d => d.AwaitedTier);
    }
}

internal sealed class DifficultyEntryConfiguration : IEntityTypeConfiguration<DifficultyEntry>
{
    public void Configure(EntityTypeBuilder<DifficultyEntry> b)
    {
        b.ToTable("report_difficulty_entries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Tier).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Text).IsRequired();
        b.Property(e => e.AuthorName).IsRequired();
        b.Property(e => e.AuthorRole).IsRequired();
        b.HasIndex(e => new { e.DifficultyId, e.Sequence }).IsUnique();
    }
}
