using Congress.Shared.Infrastructure.Persistence;
using Congress.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Congress.Modules.Documents.Tests;

/// <summary>
/// The whole host with the demo congress, its own key directory and search-index folder (so that tests can rotate the
/// master key, tamper with ciphertexts and restart on the same index), and small limits that bombs cross cheaply.
/// </summary>
public class DocumentsFactory : CongressFactory, Xunit.IAsyncLifetime
{
    public const long MaxUploadBytes = 2 * 1024 * 1024;
    public const int MaxPdfPages = 40;
    public const long MaxDocxInflatedBytes = 8 * 1024 * 1024;

    public DocumentsFactory() : this(DatabaseProvider.Sqlite) { }

    protected DocumentsFactory(DatabaseProvider provider) : base(provider) { }

    public string KeyDirectory { get; } = Path.Combine(Path.GetTempPath(), $"congress-keys-{Guid.NewGuid():N}");
    public string IndexDirectory { get; } = Path.Combine(Path.GetTempPath(), $"congress-index-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Configure(builder, KeyDirectory, IndexDirectory);
    }

    public static void Configure(IWebHostBuilder builder, string keyDirectory, string indexDirectory)
    {
        builder.UseSetting("Secrets:Directory", keyDirectory);
        builder.UseSetting("Documents:IndexDirectory", indexDirectory);
        builder.UseSetting("Documents:MaxUploadBytes", MaxUploadBytes.ToString());
        builder.UseSetting("Documents:MaxPdfPages", MaxPdfPages.ToString());
        builder.UseSetting("Documents:MaxDocxInflatedBytes", MaxDocxInflatedBytes.ToString());
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var directory in new[] { KeyDirectory, IndexDirectory })
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}

public sealed class PostgresDocumentsFactory() : DocumentsFactory(DatabaseProvider.PostgreSql);

/// <summary>The host started again on an existing database, key directory and index folder (nothing migrated or seeded).</summary>
public sealed class RestartedHost(string connectionString, string keyDirectory, string indexDirectory) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Demo:Password", CongressFactory.DemoPassword);
        DocumentsFactory.Configure(builder, keyDirectory, indexDirectory);
    }
}
