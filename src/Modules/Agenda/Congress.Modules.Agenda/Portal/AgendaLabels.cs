using Congress.Modules.Agenda.Application.Programme;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Infrastructure.Time;

namespace Congress.Modules.Agenda.Portal;

/// <summary>How the programme reads in the portal (Vietnamese first).</summary>
internal static class AgendaLabels
{
    public static string Kind(string kind) => kind switch
    {
        "Report" => Ui.T("Báo cáo", "Report"),
        "Discussion" => Ui.T("Thảo luận", "Discussion"),
        "Vote" => Ui.T("Biểu quyết", "Vote"),
        "Election" => Ui.T("Bầu cử", "Election"),
        "Ceremony" => Ui.T("Nghi lễ", "Ceremony"),
        "Break" => Ui.T("Giải lao", "Break"),
        _ => kind,
    };

    public static string Session(string kind) => kind switch
    {
        "Preparatory" => Ui.T("Phiên trù bị", "Preparatory session"),
        "Official" => Ui.T("Phiên chính thức", "Official session"),
        "Closing" => Ui.T("Phiên bế mạc", "Closing session"),
        _ => kind,
    };

    public static string Status(ItemDto item) => item.Status switch
    {
        "InProgress" => Ui.T("Đang diễn ra", "In progress"),
        "Done" => item.Passed is { } passed ? passed ? Ui.T("Đã thông qua", "Passed") : Ui.T("Không thông qua", "Not passed") : Ui.T("Đã xong", "Done"),
        "Postponed" => Ui.T("Hoãn", "Postponed") + (item.StatusReason is { } reason ? $" — {reason}" : ""),
        _ => item.Passed is { } decided ? decided ? Ui.T("Đã thông qua", "Passed") : Ui.T("Không thông qua", "Not passed") : Ui.T("Dự kiến", "Planned"),
    };

    public static string Clock(DateTime utc) => VietnamTime.FromUtc(utc).ToString("HH:mm");

    public static DateOnly Today(DateTime utc) => DateOnly.FromDateTime(VietnamTime.FromUtc(utc));

    /// <summary>The day a tablet shows: today's sessions, else the next day with one, else the last.</summary>
    public static IReadOnlyList<SessionDto> DayOf(ProgrammeDto programme, DateTime nowUtc)
    {
        var today = Today(nowUtc);
        var day = programme.Sessions.Select(s => s.Day).Where(d => d >= today).DefaultIfEmpty(programme.Sessions.Select(s => s.Day).LastOrDefault()).Min();
        if (programme.Now is { } now) day = programme.Sessions.First(s => s.Id == now.SessionId).Day;
        return programme.Sessions.Where(s => s.Day == day).ToList();
    }

    public static string Seconds(int seconds) => $"{seconds / 60:00}:{seconds % 60:00}";
}
