using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.DiscussionGroups;
using Congress.Modules.Delegates.Domain.Imports;
using Congress.Modules.Delegates.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Congress.Modules.Delegates.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.ToTable("organisations");
        b.HasKey(o => o.Id);
        b.Property(o => o.Name).IsRequired();
        b.Property(o => o.Code).IsRequired();
        b.Property(o => o.Path).IsRequired();
        b.HasIndex(o => o.Code).IsUnique();
        b.HasIndex(o => o.Path);
    }
}

internal sealed class PartyCongressConfiguration : IEntityTypeConfiguration<PartyCongress>
{
    public void Configure(EntityTypeBuilder<PartyCongress> b)
    {
        b.ToTable("congresses");
        b.HasKey(c => c.Id);
        b.Property(c => c.Name).IsRequired();
        b.Property(c => c.OrganisationPath).IsRequired();
        b.Ignore(c => c.Term);
        b.HasIndex(c => c.OrganisationPath);
    }
}

internal sealed class CongressDelegateConfiguration : IEntityTypeConfiguration<CongressDelegate>
{
    public void Configure(EntityTypeBuilder<CongressDelegate> b)
    {
        b.ToTable("delegates");
        b.HasKey(d => d.Id);
        b.Property(d => d.Code).IsRequired();
        b.Property(d => d.FullName).IsRequired();
        b.Property(d => d.SearchName).IsRequired();
        b.Property(d => d.Ethnicity).IsRequired();
        b.Property(d => d.Delegation).IsRequired();
        b.HasIndex(d => new { d.CongressId, d.Code }).IsUnique();
        b.HasIndex(d => new { d.CongressId, d.SearchName });
        b.HasOne<PartyCongress>().WithMany().HasForeignKey(d => d.CongressId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DiscussionGroupConfiguration : IEntityTypeConfiguration<DiscussionGroup>
{
    public void Configure(EntityTypeBuilder<DiscussionGroup> b)
    {
        b.ToTable("discussion_groups");
        b.HasKey(g => g.Id);
        b.Property(g => g.Name).IsRequired();
        b.HasIndex(g => new { g.CongressId, g.Number }).IsUnique();
        b.HasOne<PartyCongress>().WithMany().HasForeignKey(g => g.CongressId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DelegateImportConfiguration : IEntityTypeConfiguration<DelegateImport>
{
    public void Configure(EntityTypeBuilder<DelegateImport> b)
    {
        b.ToTable("delegate_imports");
        b.HasKey(i => i.Id);
        b.Property(i => i.FileName).IsRequired();
        b.Property(i => i.Content).IsRequired();
        b.Property(i => i.ErrorsJson).IsRequired();
        b.Property(i => i.CreatedBy).IsRequired();
        b.Ignore(i => i.CanCommit);
    }
}

internal sealed class ImportProgressRowConfiguration : IEntityTypeConfiguration<ImportProgressRow>
{
    public void Configure(EntityTypeBuilder<ImportProgressRow> b)
    {
        b.ToTable("delegate_import_progress");
        b.HasKey(p => p.ImportId);
        b.Property(p => p.ImportId).ValueGeneratedNever();
    }
}
