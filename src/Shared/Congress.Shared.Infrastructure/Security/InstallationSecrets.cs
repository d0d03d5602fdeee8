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
        var directory = configuration["Secrets:Directory"] is { Length: > 0 } configuredDirectory
            ? configuredDirectory
            : Path.Combine(environment.ContentRootPath, ".data");
        var path = Path.Combine(directory, fileName);
        lock (_lock)
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(directory);
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

    private static byte[] Checked(string base64, string source)
    {
        byte[] key;
        try { key = Convert.FromBase64String(base64); }
        catch (FormatException) { throw new InvalidOperationException($"{source} is not base64."); }
        if (key.Length < MinimumBytes) throw new InvalidOperationException($"{source} must hold at least {MinimumBytes} bytes (base64).");
        return key;
    }
}
