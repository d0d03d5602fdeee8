using Congress.Modules.Biometrics.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Congress.Modules.Biometrics.Infrastructure.Persistence.Configurations;

internal sealed class FaceTemplateConfiguration : IEntityTypeConfiguration<FaceTemplate>
{
    public void Configure(EntityTypeBuilder<FaceTemplate> b)
    {
        b.ToTable("face_templates");
        b.HasKey(t => t.Id);
        b.Property(t => t.SealedEmbedding).IsRequired();
        b.Property(t => t.Model).IsRequired();
        b.Property(t => t.EnrolledBy).IsRequired();
        b.HasIndex(t => new { t.CongressId, t.DelegateId }).IsUnique();
    }
}

internal sealed class RecognitionAttemptConfiguration : IEntityTypeConfiguration<RecognitionAttempt>
{
    public void Configure(EntityTypeBuilder<RecognitionAttempt> b)
    {
        b.ToTable("recognition_attempts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Outcome).IsRequired();
        b.HasIndex(a => new { a.CongressId, a.AtUtc });
    }
}

internal sealed class TemplateKeyConfiguration : IEntityTypeConfiguration<TemplateKeyRecord>
{
    public void Configure(EntityTypeBuilder<TemplateKeyRecord> b)
    {
        b.ToTable("template_keys");
        b.HasKey(k => k.Id);
        b.Property(k => k.Id).ValueGeneratedNever();
        b.Property(k => k.Wrapped).IsRequired();
    }
}
