using System.Globalization;
using System.Text;

namespace Congress.Shared.Kernel;

/// <summary>Text rules every module shares: Vietnamese names are searched without diacritics.</summary>
public static class VietnameseText
{
    /// <summary>
    /// Folds a string for diacritics-insensitive search: "Nguyễn Thị Đào" → "nguyen thi dao".
    /// Đ/đ is a distinct letter (not a combining mark) and is folded explicitly.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = c switch { 'Đ' or 'đ' => 'd', _ => char.ToLowerInvariant(c) };
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            builder.Append(folded);
            lastWasSpace = false;
        }
        return builder.ToString();
    }
}
