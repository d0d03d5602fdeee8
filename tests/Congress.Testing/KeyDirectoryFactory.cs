using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Congress.Testing;

/// <summary>
/// The whole host (SQLite, demo congress) with a key directory of its own in the temporary folder, so that a test can
/// rotate keys, read key files or start a second host on the same database without touching other tests' keys.
/// </summary>
public class KeyDirectoryFactory : CongressFactory, Xunit.IAsyncLifetime
{
    public string KeyDirectory { get; } = Path.Combine(Path.GetTempPath(), $"congress-keys-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Secrets:Directory", KeyDirectory);
    }

    /// <summary>Another host on this factory's database with the key directory <paramref name="keyDirectory"/>.</summary>
    public SecondHost SecondHost(string keyDirectory) => new(Database.ConnectionString, keyDirectory);

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(KeyDirectory)) Directory.Delete(KeyDirectory, recursive: true);
    }
}

/// <summary>A host started on an existing database (nothing migrated or seeded) with a given key directory.</summary>
public sealed class SecondHost(string connectionString, string keyDirectory) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Secrets:Directory", keyDirectory);
    }
}
