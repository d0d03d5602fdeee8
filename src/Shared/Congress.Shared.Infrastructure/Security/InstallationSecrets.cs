using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Congress.Shared.Infrastructure.Security;

/// <summary>
/// Keys that belong to one installation and must outlive a restart (the badge signing key, the ballot seal key, the
/// data-protection master key, the face-template wrapping key, the audit key), kept out of the database so that a copy
/// of it, or its administrator, cannot use them (docs/adr/0010). A key comes from configuration (base64, at least 32
/// bytes) when set — several hosts on one database must share it that way or share the directory — and otherwise from
/// a file in the KEY DIRECTORY, <c>Secrets:Directory</c> (default <c>.keys</c> under the content root, never the
/// database's folder), made on first use, readable by the owner only.
/// <para>
/// A key file holds one base64 key a line: the first is the current key, the lines after it are retired keys kept so
/// that what they protected still opens (<see cref="GetRing"/>, <see cref="Rotate"/>). A configured value may list
/// several keys the same way, separated by commas, current first.
/// </para>
/// </summary>
public sealed class InstallationSecrets(IConfiguration configuration, IHostEnvironment environment)
{
    public const int MinimumBytes = 32;
    public const string DirectorySetting = "Secrets:Directory";
    private readonly Lock _lock = new();

    /// <summary>Where key files live: <c>Secrets:Directory</c>, or <c>.keys</c> under the content root.</summary>
    public string Directory => configuration[DirectorySetting] is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(environment.ContentRootPath, ".keys");

    /// <summary>Whether <paramref name="configurationKey"/> supplies the key (then no file is read or written).</summary>
    public bool IsConfigured(string configurationKey) => configuration[configurationKey] is { Length: > 0 };

    /// <summary>The current key.</summary>
    /// <param name="configurationKey">E.g. "Voting:SealKey".</param>
    /// <param name="fileName">E.g. "ballot-seal.key", in the key directory.</param>
    public byte[] Get(string configurationKey, string fileName) => GetRing(configurationKey, fileName)[0];

    /// <summary>The current key first, then the retired ones, oldest last.</summary>
    public IReadOnlyList<byte[]> GetRing(string configurationKey, string fileName)
    {
        if (configuration[configurationKey] is { Length: > 0 } configured)
            return configured.Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(k => Checked(k, configurationKey)).ToList();
        var path = Path.Combine(Directory, fileName);
        lock (_lock)
        {
            if (!File.Exists(path) && !AdoptLegacy(fileName, path)) Create(path, [Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes))]);
            return Read(path);
        }
    }

    /// <summary>
    /// Makes a new current key for <paramref name="fileName"/> and keeps the previous ones after it, so that what they
    /// protected still opens. Refused (InvalidOperationException) when the key is set by configuration: a file written
    /// here would not be read.
    /// </summary>
    public byte[] Rotate(string configurationKey, string fileName)
    {
        if (IsConfigured(configurationKey))
            throw new InvalidOperationException($"{configurationKey} is set by configuration: rotate it there (new key first, then the old, comma-separated).");
        var previous = GetRing(configurationKey, fileName);
        var fresh = RandomNumberGenerator.GetBytes(MinimumBytes);
        var path = Path.Combine(Directory, fileName);
        lock (_lock)
        {
            var temporary = path + $".{Guid.NewGuid():N}.tmp";
            Create(temporary, [Convert.ToBase64String(fresh), .. previous.Select(Convert.ToBase64String)]);
            File.Move(temporary, path, overwrite: true);
        }
        return fresh;
    }

    /// <summary>Drops every retired key of <paramref name="fileName"/>, keeping only the current one.</summary>
    public void Retire(string fileName)
    {
        var path = Path.Combine(Directory, fileName);
        lock (_lock)
        {
            if (!File.Exists(path)) return;
            var current = Read(path)[0];
            var temporary = path + $".{Guid.NewGuid():N}.tmp";
            Create(temporary, [Convert.ToBase64String(current)]);
            File.Move(temporary, path, overwrite: true);
        }
    }

    /// <summary>A short, stable name for a key (not secret): the first 8 hex digits of its SHA-256.</summary>
    public static string KeyId(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key))[..8];

    /// <summary>
    /// Before the key directory had its own default, keys lay in <c>.data</c> next to the SQLite database. Without a
    /// configured directory, a key found there is moved to the new one: making a fresh key instead would break every
    /// printed badge and every sealed ballot.
    /// </summary>
    private bool AdoptLegacy(string fileName, string path)
    {
        if (configuration[DirectorySetting] is { Length: > 0 }) return false;
        var legacy = Path.Combine(environment.ContentRootPath, ".data", fileName);
        if (!File.Exists(legacy)) return false;
        CreateDirectory(Path.GetDirectoryName(path)!);
        try { File.Move(legacy, path); }
        catch (IOException) when (File.Exists(path)) { }
        return true;
    }

    /// <summary>Writes (or replaces) a file in <see cref="Directory"/> that only the owner may read; returns its full path.</summary>
    public string WriteOwnerOnly(string fileName, string contents)
    {
        var path = Path.Combine(Directory, fileName);
        File.Delete(path); // a file made earlier keeps its mode: start from a new one
        Create(path, [contents]);
        return path;
    }

    private static void Create(string path, IEnumerable<string> lines)
    {
        CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var file = new FileStream(path, options);
            using var writer = new StreamWriter(file);
            writer.Write(string.Join('\n', lines));
        }
        catch (IOException) when (File.Exists(path))
        {
            // another host sharing the directory made it first: use theirs
        }
    }

    /// <summary>A key directory made here is the owner's alone (0700); an existing one is left as it is.</summary>
    private static void CreateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows()) System.IO.Directory.CreateDirectory(directory);
        else System.IO.Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static List<byte[]> Read(string path)
    {
        var keys = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).Select(l => Checked(l.Trim(), path)).ToList();
        return keys.Count > 0 ? keys : throw new InvalidOperationException($"{path} holds no key.");
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

/// <summary>
/// A key a module can rotate with <c>keys rotate</c>. Each one says what it did; keys that must not be rotated are
/// named by the verb itself, with the reason.
/// </summary>
public interface IKeyRotation
{
    /// <summary>Order among rotations (lower first): the data-protection ring before what it wraps.</summary>
    int Order { get; }

    Task RotateAsync(TextWriter output, CancellationToken cancellationToken);
}
