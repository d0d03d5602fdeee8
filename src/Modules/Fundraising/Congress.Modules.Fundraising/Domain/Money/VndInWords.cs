namespace Congress.Modules.Fundraising.Domain.Money;

/// <summary>
/// An amount read out in Vietnamese, as a receipt writes it under "Bằng chữ": 1.505.000 → "Một triệu năm trăm linh năm
/// nghìn đồng". Groups of three digits named nghìn, triệu, tỷ (and tỷ again above a thousand billion); inside a group
/// "mười" for ten, "mươi" for the other tens, "mốt" and "lăm" after a ten, "linh" for a missing ten, "không trăm" for
/// the missing hundreds of a group that follows another.
/// </summary>
internal static class VndInWords
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    private static readonly string[] Scales = ["", "nghìn", "triệu"];

    public static string Read(long vnd)
    {
        if (vnd < 0) throw new ArgumentOutOfRangeException(nameof(vnd), "A negative amount has no reading on a receipt.");
        var words = vnd == 0 ? "Không" : Capitalise(Number(vnd));
        return words + " đồng";
    }

    /// <summary>Numbers of a thousand billion and more repeat "tỷ": 1.000.000.000.000 is "một nghìn tỷ".</summary>
    private static string Number(long n)
    {
        const long Billion = 1_000_000_000;
        if (n < Billion) return BelowBillion(n, leading: true);
        var billions = n / Billion;
        var rest = n % Billion;
        var head = Number(billions) + " tỷ";
        return rest == 0 ? head : head + " " + BelowBillion(rest, leading: false);
    }

    private static string BelowBillion(long n, bool leading)
    {
        var groups = new[] { (int)(n / 1_000_000 % 1000), (int)(n / 1000 % 1000), (int)(n % 1000) };
        var parts = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            if (groups[i] == 0) continue;
            var first = leading && parts.Count == 0;
            parts.Add(Group(groups[i], full: !first) + (Scales[2 - i] is { Length: > 0 } scale ? " " + scale : ""));
        }
        return string.Join(' ', parts);
    }

    /// <param name="full">The group follows another: its hundreds are read even when zero ("không trăm").</param>
    private static string Group(int n, bool full)
    {
        int hundreds = n / 100, tens = n / 10 % 10, units = n % 10;
        var words = new List<string>();
        if (hundreds > 0 || full) words.Add(Digits[hundreds] + " trăm");
        if (tens == 0)
        {
            if (units > 0) words.Add(words.Count > 0 ? "linh " + Digits[units] : Digits[units]);
            return string.Join(' ', words);
        }
        words.Add(tens == 1 ? "mười" : Digits[tens] + " mươi");
        if (units == 0) return string.Join(' ', words);
        words.Add(units switch
        {
            1 when tens > 1 => "mốt",
            5 => "lăm",
            _ => Digits[units],
        });
        return string.Join(' ', words);
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
