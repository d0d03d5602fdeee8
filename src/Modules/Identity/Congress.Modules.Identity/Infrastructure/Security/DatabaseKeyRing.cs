using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Identity.Infrastructure.Security;

/// <summary>One data-protection key, as ASP.NET Core writes it (XML), its secret encrypted by <see cref="KeyRingCipher"/>.</summary>
internal sealed class DataProtectionKeyRow
{
    public Guid Id { get; init; }
    public string? FriendlyName { get; init; }
    public required string Xml { get; set; }
}

/// <summary>
/// The keys that sign cookies and bearer tokens, kept in the database instead of the host's home folder, so every host
/// on one database accepts what another issued and a restarted host keeps its users signed in. Their secrets are
/// encrypted with the data-protection master key from the key directory (<see cref="KeyRingCipher"/>), so a copy of the
/// database alone cannot mint a cookie or a token.
/// <para>
/// Keys written before that (a <c>masterKey</c> in plain XML) are encrypted in place the first time the ring is read:
/// they keep opening what they protected (sessions survive the upgrade), and the database holds no plain key afterwards
/// (backups made before the upgrade still do: docs/adr/0010).
/// </para>
/// </summary>
internal sealed class DatabaseKeyRing(IServiceScopeFactory scopes, KeyRingCipher cipher, ILogger<DatabaseKeyRing> logger) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var rows = db.DataProtectionKeys.ToList();
        var elements = new List<XElement>(rows.Count);
        var upgraded = 0;
        foreach (var row in rows)
        {
            var element = XElement.Parse(row.Xml);
            if (cipher.EncryptPlainSecrets(element))
            {
                row.Xml = element.ToString(SaveOptions.DisableFormatting);
                upgraded++;
            }
            elements.Add(element);
        }
        if (upgraded > 0)
        {
            db.SaveChanges();
            logger.LogWarning("Encrypted {Count} data-protection key(s) that were stored in plain text (written before the key ring was encrypted).", upgraded);
        }
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        cipher.EncryptPlainSecrets(element); // the key manager has done it already; a second fence costs nothing
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKeyRow { Id = Guid.NewGuid(), FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }

    /// <summary>
    /// Re-encrypts every stored key's secret under the current master key (after a rotation). A key this host cannot open
    /// (written by a host with another key directory) is left as it is and counted apart.
    /// </summary>
    public (int Reencrypted, int Unreadable) ReencryptAll()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var rows = db.DataProtectionKeys.ToList();
        var unreadable = 0;
        foreach (var row in rows)
        {
            var element = XElement.Parse(row.Xml);
            try { cipher.Reencrypt(element); }
            catch (CryptographicException e)
            {
                unreadable++;
                logger.LogWarning("Data-protection key row {Id} cannot be opened with this key directory and was left as it is: {Reason}", row.Id, e.Message);
                continue;
            }
            row.Xml = element.ToString(SaveOptions.DisableFormatting);
        }
        db.SaveChanges();
        return (rows.Count - unreadable, unreadable);
    }
}

/// <summary>
/// AES-256-GCM over the secret parts of the data-protection key ring, with the master key kept outside the database:
/// <c>Security:DataProtectionKey</c> or the file <c>data-protection.key</c> in the key directory. Each ciphertext names
/// the master key that made it (its <see cref="InstallationSecrets.KeyId"/>), so retired master keys still open what
/// they encrypted.
/// </summary>
internal sealed class KeyRingCipher(InstallationSecrets secrets)
{
    public const string ConfigurationKey = "Security:DataProtectionKey";
    public const string FileName = "data-protection.key";
    private const int NonceSize = 12, TagSize = 16;
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = DataProtection.GetName("requiresEncryption");
    private static readonly XName EncryptedSecret = DataProtection.GetName("encryptedSecret");
    internal static readonly XName Encrypted = "aesGcmEncryptedSecret";
    private static readonly byte[] Purpose = "Congress.DataProtection.KeyRing.v1"u8.ToArray();

    public XElement Encrypt(XElement plain)
    {
        var key = secrets.Get(ConfigurationKey, FileName);
        var bytes = Encoding.UTF8.GetBytes(plain.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceSize + TagSize + bytes.Length];
        RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, NonceSize));
        using (var aes = new AesGcm(key.AsSpan(0, 32), TagSize))
            aes.Encrypt(sealedBytes.AsSpan(0, NonceSize), bytes, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Purpose);
        return new XElement(Encrypted,
            new XAttribute("keyId", InstallationSecrets.KeyId(key)),
            new XAttribute("algorithm", "AES-256-GCM"),
            new XComment(" Encrypted with the data-protection master key of the key directory (docs/adr/0010). "),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
    }

    public XElement Decrypt(XElement encrypted)
    {
        if (encrypted.Name != Encrypted) throw new CryptographicException($"Not a {Encrypted} element.");
        var keyId = (string?)encrypted.Attribute("keyId") ?? "";
        var key = secrets.GetRing(ConfigurationKey, FileName).FirstOrDefault(k => InstallationSecrets.KeyId(k) == keyId)
            ?? throw new CryptographicException(
                $"The data-protection master key {keyId} is not in the key directory ({secrets.Directory}) nor in {ConfigurationKey}: " +
                "this host cannot open the key ring in the database.");
        var sealedBytes = Convert.FromBase64String((string?)encrypted.Element("value") ?? "");
        if (sealedBytes.Length < NonceSize + TagSize) throw new CryptographicException("The encrypted key is truncated.");
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using (var aes = new AesGcm(key.AsSpan(0, 32), TagSize))
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain, Purpose);
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }

    /// <summary>
    /// Encrypts, in place, the parts marked <c>requiresEncryption</c> that were stored as they are (what the key manager
    /// does to a new key when it has an encryptor); true if there were any.
    /// </summary>
    public bool EncryptPlainSecrets(XElement element)
    {
        var plain = element.DescendantsAndSelf().Where(e => (string?)e.Attribute(RequiresEncryption) == "true").ToList();
        foreach (var secret in plain)
            secret.ReplaceWith(new XElement(EncryptedSecret,
                new XAttribute("decryptorType", typeof(KeyDirectoryXmlDecryptor).AssemblyQualifiedName!),
                Encrypt(secret)));
        return plain.Count > 0;
    }

    /// <summary>Opens every secret this cipher encrypted and encrypts it again under the current master key.</summary>
    public void Reencrypt(XElement element)
    {
        EncryptPlainSecrets(element);
        foreach (var encrypted in element.Descendants(Encrypted).ToList())
            encrypted.ReplaceWith(Encrypt(Decrypt(encrypted)));
    }

    /// <summary>Whether any secret of <paramref name="element"/> is stored in plain text.</summary>
    public static bool HasPlainSecrets(XElement element) =>
        element.DescendantsAndSelf().Any(e => (string?)e.Attribute(RequiresEncryption) == "true");
}

/// <summary>Hands new key-ring secrets to <see cref="KeyRingCipher"/> (ASP.NET Core calls it for each new key).</summary>
internal sealed class KeyDirectoryXmlEncryptor(KeyRingCipher cipher) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) => new(cipher.Encrypt(plaintextElement), typeof(KeyDirectoryXmlDecryptor));
}

/// <summary>
/// Opens key-ring secrets; ASP.NET Core creates it by its type name (stored with each key) with the root service
/// provider, hence the constructor.
/// </summary>
internal sealed class KeyDirectoryXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) => services.GetRequiredService<KeyRingCipher>().Decrypt(encryptedElement);
}
