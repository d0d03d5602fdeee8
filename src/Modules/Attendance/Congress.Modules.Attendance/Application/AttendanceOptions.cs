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

    /// <summary>The entrance gates' fixed cameras (Attendance:Gates:0:Name, :Source, …); none by default.</summary>
    public List<GateSettings> Gates { get; set; } = [];
}

/// <summary>One entrance gate with a fixed camera.</summary>
internal sealed class GateSettings
{
    /// <summary>The gate's name as the ledger and the secretariat see it ("Cổng A").</summary>
    public string Name { get; set; } = "";

    /// <summary>An RTSP URL, a v4l2 device (/dev/video0) or a video file.</summary>
    public string Source { get; set; } = "";

    /// <summary>The congress this gate admits to; unset, the one congress of this installation with an open session.</summary>
    public Guid? CongressId { get; set; }

    public int FramesPerSecond { get; set; } = 2;
    public int Width { get; set; } = 1280;
    public int Height { get; set; } = 720;

    /// <summary>Play a video file again when it ends (a rehearsal, a test).</summary>
    public bool Loop { get; set; }

    /// <summary>A delegate recognised again at this gate within this many seconds is not sent to the ledger again (the
    /// ledger would answer "already inside" anyway; this spares it a request per frame).</summary>
    public int RepeatAfterSeconds { get; set; } = 30;
}
