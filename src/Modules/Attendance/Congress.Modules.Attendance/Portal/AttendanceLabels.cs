using Congress.Shared.Infrastructure.Portal;

namespace Congress.Modules.Attendance.Portal;

/// <summary>Vietnamese-first names of the module's codes, for the pages.</summary>
internal static class AttendanceLabels
{
    public static string Kind(string kind) => kind switch
    {
        "Preparatory" => Ui.T("Phiên trù bị", "Preparatory session"),
        "Official" => Ui.T("Phiên chính thức", "Official session"),
        _ => Ui.T("Phiên khác", "Other session"),
    };

    public static string Method(string method) => method switch
    {
        "Face" => Ui.T("Khuôn mặt", "Face"),
        "QrBadge" => Ui.T("Thẻ QR", "QR badge"),
        _ => Ui.T("Thủ công", "Manual"),
    };

    public static string GateState(string state) => state switch
    {
        "Connected" => Ui.T("Đang hoạt động", "Connected"),
        "NoSignal" => Ui.T("Mất tín hiệu — đang kết nối lại", "No signal — reconnecting"),
        "WaitingForSession" => Ui.T("Chờ mở phiên họp", "Waiting for a session"),
        "Unavailable" => Ui.T("Không nhận diện được khuôn mặt — dùng mã QR", "Face recognition off — use QR"),
        _ => Ui.T("Đang khởi động", "Starting"),
    };

    public static string Direction(string direction) => direction == "Entry" ? Ui.T("Vào", "In") : Ui.T("Ra", "Out");

    public static string Finding(string kind) => kind switch
    {
        "ManualEntrySeenByCamera" => Ui.T("Thủ công dù camera đã nhận diện", "Manual though the camera saw them"),
        "NotEnrolledForFace" => Ui.T("Chưa đăng ký khuôn mặt", "Not enrolled for face"),
        "SessionLeftOpen" => Ui.T("Phiên chưa đóng", "Session left open"),
        _ => kind,
    };
}
