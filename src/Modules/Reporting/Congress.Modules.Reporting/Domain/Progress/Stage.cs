namespace Congress.Modules.Reporting.Domain.Progress;

/// <summary>The stages of an organisation's congress, in order. A report's stage is the last one with a date.</summary>
internal enum Stage
{
    None = 0,
    DocumentsDrafted = 1,        // Dự thảo văn kiện
    PersonnelPlanApproved = 2,   // Phương án nhân sự được cấp trên phê duyệt
    PreparatorySession = 3,      // Phiên trù bị
    CongressHeld = 4,            // Đại hội chính thức
    ResultsApproved = 5,         // Kết quả được chuẩn y
}

/// <summary>Where a figure of a report came from.</summary>
internal static class FigureSource
{
    /// <summary>Typed in by the organisation's officials (or imported).</summary>
    public const string Entered = "Entered";

    /// <summary>Filled by the platform from the congress it ran (Attendance, Voting, Delegates integration events).</summary>
    public const string Platform = "Platform";
}
