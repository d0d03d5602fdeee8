using Congress.Modules.Sample.Domain.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Congress.Modules.Sample.Infrastructure.Persistence.Configurations;

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> b)
    {
        b.ToTable("notes");
        b.HasKey(n => n.Id);
        b.Property(n => n.Text).IsRequired();
        b.Property(n => n.Author).IsRequired();
        b.HasIndex(n => new { n.CongressId, n.CreatedAtUtc });
    }
}
