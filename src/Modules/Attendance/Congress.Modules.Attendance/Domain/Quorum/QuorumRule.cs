using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Domain.Quorum;

/// <summary>
/// When the hall is quorate: the present official delegates against the summoned ones. The Party's rule, and the default,
/// is "more than two thirds" (strict): exactly two thirds is not a quorum. A congress may set its own fraction, or
/// "at least" instead of "more than".
/// </summary>
internal sealed record QuorumRule(int Numerator, int Denominator, bool Strict)
{
    public static readonly QuorumRule Default = new(2, 3, Strict: true);

    public static Result<QuorumRule> Create(int numerator, int denominator, bool strict)
    {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator)
            return new Error("attendance.quorum", "Tỉ lệ túc số phải là một phân số từ 0 đến 1 (tử số > 0, mẫu số ≥ tử số).");
        if (denominator > 1000) return new Error("attendance.quorum", "Mẫu số tối đa 1000.");
        return new QuorumRule(numerator, denominator, strict);
    }

    /// <summary>In whole numbers, so two thirds of 450 is exactly 300 and never 299.99….</summary>
    public bool IsMet(int present, int summoned) =>
        summoned > 0 && (Strict ? (long)present * Denominator > (long)Numerator * summoned : (long)present * Denominator >= (long)Numerator * summoned);

    /// <summary>The fewest present delegates that make a quorum of <paramref name="summoned"/>.</summary>
    public int Required(int summoned)
    {
        if (summoned <= 0) return 0;
        var exact = (long)Numerator * summoned;
        var floor = (int)(exact / Denominator);
        return Strict ? floor + 1 : (int)((exact + Denominator - 1) / Denominator);
    }

    public string Describe() => Strict
        ? $"trên {Numerator}/{Denominator} số đại biểu chính thức được triệu tập"
        : $"từ {Numerator}/{Denominator} số đại biểu chính thức được triệu tập trở lên";
}

/// <summary>A congress's own quorum rule, set by the organising committee; absent means the configured default.</summary>
internal sealed class CongressQuorumSetting
{
    private CongressQuorumSetting() { }

    public CongressQuorumSetting(Guid congressId, QuorumRule rule) { CongressId = congressId; Apply(rule); }

    public Guid CongressId { get; private set; }
    public int Numerator { get; private set; }
    public int Denominator { get; private set; }
    public bool Strict { get; private set; }

    public QuorumRule Rule => new(Numerator, Denominator, Strict);

    public void Apply(QuorumRule rule) { Numerator = rule.Numerator; Denominator = rule.Denominator; Strict = rule.Strict; }
}
