using Congress.Modules.Biometrics.Domain.Templates;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Biometrics.Infrastructure.Persistence;

internal sealed class BiometricsDbContext(DbContextOptions<BiometricsDbContext> options, ModuleDbContextServices services)
    : ModuleDbContext(options, services)
{
    public const string SchemaName = "biometrics";

    public override string Schema => SchemaName;

    public DbSet<FaceTemplate> Templates => Set<FaceTemplate>();
    public DbSet<RecognitionAttempt> Attempts => Set<RecognitionAttempt>();
    public DbSet<TemplateKeyRecord> Keys => Set<TemplateKeyRecord>();
    public DbSet<EnrolmentBatch> Batches => Set<EnrolmentBatch>();
}
