namespace Congress.Modules.Attendance.Application;

/// <summary>
/// Configuration section "Attendance". The badge key, Attendance:BadgeKey, is read as an installation secret
/// (<see cref="Congress.Shared.Infrastructure.Security.InstallationSecrets"/>).
/// </summary>
internal sealed class AttendanceOptions
{
    public const string Section = "Attendance";

    /// <summary>The default quorum rule, unless a congress sets its own: more than (Strict) or at least Numerator/Denominator.</summary>
    public int QuorumNumerator { get; set; } = 2;
    public int QuorumDenominator { get; set; } = 3;
    public bool QuorumStrict { get; set; } = true;

    /// <summary>The largest image a kiosk may send for face check-in.</summary>
    public int MaxImageBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How often the reconciliation runs by itself.</summary>
    public int ReconcileEveryMinutes { get; set; } = 15;
}
