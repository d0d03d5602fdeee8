using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.DiscussionGroups;
using Congress.Modules.Delegates.Domain.Imports;
using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Infrastructure.Persistence;

internal sealed class DelegatesDbContext(DbContextOptions<DelegatesDbContext> options, ModuleDbContextServices services)
    : ModuleDbContext(options, services)
{
    public const string SchemaName = "delegates";

    public override string Schema => SchemaName;

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<PartyCongress> Congresses => Set<PartyCongress>();
    public DbSet<CongressDelegate> Delegates => Set<CongressDelegate>();
    public DbSet<DiscussionGroup> DiscussionGroups => Set<DiscussionGroup>();
    public DbSet<DelegateImport> Imports => Set<DelegateImport>();
    public DbSet<ImportProgressRow> ImportProgress => Set<ImportProgressRow>();
}
