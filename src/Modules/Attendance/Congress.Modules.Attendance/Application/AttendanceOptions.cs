namespace Congress.Modules.Attendance.Application;

/// <summary>Configuration section "Attendance".</summary>
internal sealed class AttendanceOptions
{
    public const string Section = "Attendance";

    /// <summary>The HMAC key of QR badges, base64 (at least 32 bytes). Unset: a random key per process, with a warning (badges die with the process).</summary>
    public string? BadgeKey { get; set; }

    /// <summary>The default quorum rule, unless a congress sets its own: more than (Strict) or at least Numerator/Denominator.</summary>
    public int QuorumNumerator { get; set; } = 2;
    public int QuorumDenominator { get; set; } = 3;
    public bool QuorumStrict { get; set; } = true;

    /// <summary>The largest image a kiosk may send for face check-in.</summary>
    public int MaxImageBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How often the reconciliation runs by itself.</summary>
    public int ReconcileEveryMinutes { get; set; } = 15;
}
