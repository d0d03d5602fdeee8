using System.Text.Json;
using Congress.Modules.Biometrics.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Congress.Modules.Biometrics.Infrastructure.Persistence.Configurations;

internal sealed class EnrolmentBatchConfiguration : IEntityTypeConfiguration<EnrolmentBatch>
{
    public void Configure(EntityTypeBuilder<EnrolmentBatch> b)
    {
        b.ToTable("enrolment_batches");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).IsRequired();
        b.Property(x => x.Status).IsRequired();
        b.Property(x => x.RequestedBy).IsRequired();
        b.Property(x => x.Problems).IsRequired().HasConversion(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>(),
            new ValueComparer<List<string>>((a, c) => a!.SequenceEqual(c!), v => v.Count, v => v.ToList()));
        b.HasIndex(x => new { x.CongressId, x.CreatedAtUtc });
    }
}
