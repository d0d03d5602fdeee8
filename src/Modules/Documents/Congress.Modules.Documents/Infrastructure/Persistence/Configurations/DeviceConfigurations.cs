using Congress.Modules.Documents.Domain.Devices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Congress.Modules.Documents.Infrastructure.Persistence.Configurations;

internal sealed class TabletDeviceConfiguration : IEntityTypeConfiguration<TabletDevice>
{
    public void Configure(EntityTypeBuilder<TabletDevice> b)
    {
        b.ToTable("devices");
        b.HasKey(d => d.Id);
        b.Property(d => d.Label).IsRequired();
        b.Property(d => d.PublicKey).IsRequired();
        b.Property(d => d.KeyId).IsRequired();
        b.Property(d => d.RegisteredBy).IsRequired();
        b.HasIndex(d => d.KeyId).IsUnique();
        b.HasIndex(d => new { d.CongressId, d.DelegateId });
    }
}

internal sealed class DevicePackageConfiguration : IEntityTypeConfiguration<DevicePackage>
{
    public void Configure(EntityTypeBuilder<DevicePackage> b)
    {
        b.ToTable("device_packages");
        b.HasKey(p => p.Id);
        b.Property(p => p.ManifestSha256).IsRequired();
        b.HasIndex(p => p.DeviceId);
    }
}
