using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Congress.Shared.Infrastructure.Security;

/// <summary>
/// Keys that belong to one installation and must outlive a restart (the badge signing key, the ballot seal key), kept
/// out of the database so that its administrator cannot use them. A key comes from configuration (base64, at least 32
/// bytes) when set — several hosts on one database must share it that way or share the directory — and otherwise from a
/// file in <c>Secrets:Directory</c> (default <c>.data</c> under the content root), made on first use, readable by the
/// owner only.
/// </summary>
public sealed class InstallationSecrets(IConfiguration configuration, IHostEnvironment environment)
{
    public const int MinimumBytes = 32;
    private readonly Lock _lock = new();

    /// <param name="configurationKey">E.g. "Voting:SealKey".</param>
    /// <param name="fileName">E.g. "ballot-seal.key", in the secrets directory.</param>
    public byte[] Get(string configurationKey, string fileName)
    {
        if (configuration[configurationKey] is { Length: > 0 } configured) return Checked(configured, configurationKey);
        var directory = Directory;
        var path = Path.Combine(directory, fileName);
        lock (_lock)
        {
            if (!File.Exists(path))
            {
                System.IO.Directory.CreateDirectory(directory);
                try
                {
                    var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                    if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                    using var file = new FileStream(path, options);
                    using var writer = new StreamWriter(file);
                    writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes)));
                }
                catch (IOException) when (File.Exists(path))
                {
                    // another host sharing the directory made it first: use theirs
                }
            }
            return Checked(File.ReadAllText(path).Trim(), path);
        }
    }

    /// <summary>Where the installation's key files are (<c>Secrets:Directory</c>, default <c>.data</c> under the content root).</summary>
    public string Directory => configuration["Secrets:Directory"] is { Length: > 0 } configuredDirectory
        ? Path.GetFullPath(configuredDirectory)
        : Path.Combine(environment.ContentRootPath, ".data");

    /// <summary>Writes (or replaces) a file in <see cref="Directory"/> that only the owner may read; returns its full path.</summary>
    public string WriteOwnerOnly(string fileName, string contents)
    {
        var directory = Directory;
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        File.Delete(path); // a file made earlier keeps its mode: start from a new one
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(path, options))
        using (var writer = new StreamWriter(file))
            writer.Write(contents);
        return path;
    }

    private static byte[] Checked(string base64, string source)
    {
        byte[] key;
        try { key = Convert.FromBase64String(base64); }
        catch (FormatException) { throw new InvalidOperationException($"{source} is not base64."); }
        if (key.Length < MinimumBytes) throw new InvalidOperationException($"{source} must hold at least {MinimumBytes} bytes (base64).");
        return key;
    }
}
