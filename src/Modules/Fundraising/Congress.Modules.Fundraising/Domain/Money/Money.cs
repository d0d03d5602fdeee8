using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Domain.Money;

/// <summary>
/// An amount of money in Vietnamese đồng: whole đồng only (VND has no minor unit in use), strictly positive, and no more
/// than <see cref="MaxVnd"/> (1,000 billion đồng): a figure beyond that is a typing error, not a donation.
/// </summary>
internal readonly record struct Money
{
    public const long MaxVnd = 1_000_000_000_000;

    private Money(long vnd) => Vnd = vnd;

    public long Vnd { get; }

    public static Result<Money> Create(long vnd) => vnd switch
    {
        <= 0 => new Error("fundraising.amount", "Số tiền phải lớn hơn 0 đồng."),
        > MaxVnd => new Error("fundraising.amount", "Số tiền vượt quá 1.000 tỷ đồng: hãy kiểm tra lại."),
        _ => new Money(vnd),
    };

    public static bool IsValid(long vnd) => vnd is > 0 and <= MaxVnd;

    /// <summary>"1.234.567 ₫", the Vietnamese way.</summary>
    public static string Format(long vnd) => vnd.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " ₫";

    public override string ToString() => Format(Vnd);
}
