namespace Congress.Modules.Reporting.Application.Progress;

/// <summary>The stages' Vietnamese names, for what is printed (the portal pairs them with English through Ui.T).</summary>
internal static class StageNames
{
    public static string Vietnamese(string stage) => stage switch
    {
        "DocumentsDrafted" => "Dự thảo văn kiện",
        "PersonnelPlanApproved" => "Đã duyệt nhân sự",
        "PreparatorySession" => "Đã trù bị",
        "CongressHeld" => "Đã đại hội",
        "ResultsApproved" => "Đã chuẩn y",
        _ => "Chưa bắt đầu",
    };
}
