using Congress.Modules.Sample.Domain.Notes;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Sample.Infrastructure.Persistence;

internal sealed class SampleDbContext(DbContextOptions<SampleDbContext> options, ModuleDbContextServices services)
    : ModuleDbContext(options, services)
{
    public const string SchemaName = "sample";

    public override string Schema => SchemaName;

    public DbSet<Note> Notes => Set<Note>();
}
