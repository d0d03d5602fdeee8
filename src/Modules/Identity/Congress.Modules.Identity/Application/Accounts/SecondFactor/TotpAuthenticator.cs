using System.Security.Cryptography;
using Congress.Shared.Kernel;
using Microsoft.AspNetCore.DataProtection;
using OtpNet;

namespace Congress.Modules.Identity.Application.Accounts.SecondFactor;

/// <summary>
/// Whether the second factor is required (Security:RequireSecondFactor, default false) and for whom: the system
/// administrator and the organising committee, who manage a congress.
/// </summary>
internal sealed record SecondFactorPolicy(bool Required)
{
    public static readonly IReadOnlyList<string> RequiredRoles = [Roles.SystemAdmin, Roles.OrganisingCommittee];

    public bool AppliesTo(IEnumerable<string> roles) => Required && roles.Any(RequiredRoles.Contains);
}

/// <summary>
/// TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps, ±1 step of clock drift) with Otp.NET. The secret is kept only
/// encrypted by ASP.NET Data Protection, whose key ring is itself encrypted with a key outside the database (ADR 0010).
/// </summary>
internal sealed class TotpAuthenticator(IDataProtectionProvider dataProtection)
{
    public const string Issuer = "Congress";
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Congress.Identity.Totp.v1");

    /// <returns>The new secret in base32 (shown once) and its protected form (stored).</returns>
    public (string Base32, string Protected) NewSecret()
    {
        var key = RandomNumberGenerator.GetBytes(20);
        var base32 = Base32Encoding.ToString(key);
        return (base32, _protector.Protect(base32));
    }

    public static string Uri(string userName, string base32) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}?secret={base32}&issuer={System.Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period=30";

    /// <summary>The time step the code belongs to (now ±1 step), or null for a wrong or malformed code.</summary>
    public long? Verify(string? protectedSecret, string? code, DateTime nowUtc)
    {
        if (protectedSecret is null || string.IsNullOrWhiteSpace(code)) return null;
        code = code.Trim().Replace(" ", "");
        if (code.Length != 6 || !code.All(char.IsAsciiDigit)) return null;
        string base32;
        try { base32 = _protector.Unprotect(protectedSecret); }
        catch (CryptographicException) { return null; }
        var totp = new Totp(Base32Encoding.ToBytes(base32));
        return totp.VerifyTotp(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), code, out var step, new VerificationWindow(previous: 1, future: 1))
            ? step
            : null;
    }
}
