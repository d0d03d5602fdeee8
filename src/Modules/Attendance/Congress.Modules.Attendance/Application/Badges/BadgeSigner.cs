using System.Security.Cryptography;
using System.Text;
using Congress.Shared.Infrastructure.Security;

namespace Congress.Modules.Attendance.Application.Badges;

/// <summary>
/// The QR badge token: "CB1.{congress}.{delegate}.{HMAC-SHA256}" (ids as 32 hex digits, the MAC in base64url), signed with
/// the installation's badge key (Attendance:BadgeKey, or badge.key made once in the secrets directory), so printed badges
/// verify after a restart. A token whose MAC does not verify is forged; one for another congress is refused.
/// </summary>
internal sealed class BadgeSigner
{
    private const string Prefix = "CB1";
    private readonly byte[] _key;

    public BadgeSigner(InstallationSecrets secrets) => _key = secrets.Get("Attendance:BadgeKey", "badge.key");

    public string Sign(Guid congressId, Guid delegateId)
    {
        var body = $"{Prefix}.{congressId:N}.{delegateId:N}";
        return $"{body}.{Mac(body)}";
    }

    /// <summary>The congress and delegate of a genuine token; null when it is malformed or its signature is wrong.</summary>
    public (Guid CongressId, Guid DelegateId)? Verify(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 200) return null;
        var parts = token.Trim().Split('.');
        if (parts.Length != 4 || parts[0] != Prefix) return null;
        if (!Guid.TryParseExact(parts[1], "N", out var congressId) || !Guid.TryParseExact(parts[2], "N", out var delegateId)) return null;
        var expected = Encoding.ASCII.GetBytes(Mac($"{parts[0]}.{parts[1]}.{parts[2]}"));
        var given = Encoding.ASCII.GetBytes(parts[3]);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? (congressId, delegateId) : null;
    }

    private string Mac(string body) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(body))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
