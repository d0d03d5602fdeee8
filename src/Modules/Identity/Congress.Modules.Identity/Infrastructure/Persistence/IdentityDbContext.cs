using Congress.Modules.Identity.Domain.Accounts;
using Congress.Modules.Identity.Infrastructure.Security;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Congress.Modules.Identity.Infrastructure.Persistence;

internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options, ModuleDbContextServices services)
    : ModuleDbContext(options, services)
{
    public const string SchemaName = "identity";

    public override string Schema => SchemaName;

    public DbSet<UserAccount> Accounts => Set<UserAccount>();
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();
}

internal sealed class DataProtectionKeyRowConfiguration : IEntityTypeConfiguration<DataProtectionKeyRow>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRow> b)
    {
        b.ToTable("data_protection_keys");
        b.HasKey(k => k.Id);
    }
}

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> b)
    {
        b.ToTable("accounts");
        b.HasKey(a => a.Id);
        b.Property(a => a.UserName).IsRequired();
        b.Property(a => a.DisplayName).IsRequired();
        b.Property(a => a.PasswordHash).IsRequired();
        b.Property(a => a.RolesText).IsRequired();
        b.Property(a => a.ElectedRolesText).IsRequired();
        b.Property(a => a.SecurityStamp).IsRequired();
        b.Property(a => a.TotpSecretProtected).HasMaxLength(1000);
        b.Ignore(a => a.Roles);
        b.HasIndex(a => a.UserName).IsUnique();
        b.HasIndex(a => a.ExternalSubject).IsUnique();
        b.HasIndex(a => a.DelegateId).IsUnique();
    }
}
