using System.Security.Cryptography;

namespace Congress.Modules.Documents.Application.Documents;

/// <summary>Short watermark ids: 10 characters of Crockford's base-32 alphabet (50 random bits), printed as <c>WM-XXXXXXXXXX</c>.</summary>
internal static class WatermarkCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 10);

    /// <summary>The id in a typed or pasted form ("wm-abcd…", spaces), or null.</summary>
    public static string? Normalise(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var text = code.Trim().ToUpperInvariant().Replace(" ", "");
        if (text.StartsWith("WM-", StringComparison.Ordinal)) text = text[3..];
        return text.Length == 10 && text.All(c => Alphabet.Contains(c)) ? text : null;
    }
}
