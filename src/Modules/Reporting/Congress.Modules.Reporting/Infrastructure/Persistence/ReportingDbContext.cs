using Congress.Modules.Reporting.Domain.Approvals;
using Congress.Modules.Reporting.Domain.Difficulties;
using Congress.Modules.Reporting.Domain.Platform;
using Congress.Modules.Reporting.Domain.Progress;
using Congress.Modules.Reporting.Domain.Reminders;
using Congress.Modules.Reporting.Domain.Rollups;
using Congress.Modules.Reporting.Domain.Feed;
using Congress.Modules.Reporting.Domain.Tree;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Reporting.Infrastructure.Persistence;

internal sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, ModuleDbContextServices services)
    : ModuleDbContext(options, services)
{
    public const string SchemaName = "reporting";

    public override string Schema => SchemaName;

    public DbSet<ReportingOrganisation> Organisations => Set<ReportingOrganisation>();
    public DbSet<ProgressReport> Reports => Set<ProgressReport>();
    public DbSet<ElectedPerson> ElectedPeople => Set<ElectedPerson>();
    public DbSet<Rollup> Rollups => Set<Rollup>();
    public DbSet<LevelApproval> Approvals => Set<LevelApproval>();
    public DbSet<DeadlineReminder> Reminders => Set<DeadlineReminder>();
    public DbSet<PlatformCongress> PlatformCongresses => Set<PlatformCongress>();
    public DbSet<PlatformPresence> PlatformPresence => Set<PlatformPresence>();
    public DbSet<FeedCounter> Counters => Set<FeedCounter>();
    public DbSet<Difficulty> Difficulties => Set<Difficulty>();
    public DbSet<DifficultyEntry> DifficultyEntries => Set<DifficultyEntry>();
}
