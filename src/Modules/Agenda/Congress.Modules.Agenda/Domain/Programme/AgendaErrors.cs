using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Domain.Programme;

/// <summary>What Agenda refuses, in words a chair can act on (Vietnamese), with stable codes for clients.</summary>
internal static class AgendaErrors
{
    public static readonly Error SessionNotFound = Error.NotFound("agenda.session.not_found", "Không tìm thấy phiên họp.");
    public static readonly Error ItemNotFound = Error.NotFound("agenda.item.not_found", "Không tìm thấy nội dung chương trình.");
    public static readonly Error SpeakerNotFound = Error.NotFound("agenda.speaker.not_found", "Không tìm thấy lượt phát biểu.");
    public static readonly Error SourceNotFound = Error.NotFound("agenda.source.not_found", "Không tìm thấy chương trình mẫu của đại hội nguồn.");
    public static readonly Error TitleRequired = new("agenda.title", "Tên nội dung là bắt buộc.");
    public static readonly Error DurationInvalid = new("agenda.duration", "Thời lượng phải từ 1 đến 600 phút.");

    public static Error OutsideSessionDay(DateOnly day) =>
        new("agenda.item.outside_session_day", $"Giờ dự kiến phải nằm trong ngày của phiên họp ({day:dd/MM/yyyy}).");

    public static readonly Error Stale = Error.Conflict("agenda.stale",
        "Nội dung này vừa được người khác thay đổi. Hãy tải lại rồi sửa tiếp; thay đổi của người trước được giữ nguyên.");

    public static Error InvalidStatus(string action, ItemStatus status) =>
        Error.Conflict("agenda.item.status", $"Không thể {action} khi nội dung đang ở trạng thái {status}.");

    public static readonly Error SessionDayTaken = Error.Conflict("agenda.session.duplicate", "Đại hội đã có phiên họp loại này trong ngày đó.");
    public static readonly Error ProgrammeExists = Error.Conflict("agenda.programme.exists", "Đại hội đích đã có chương trình; không sao chép chồng lên.");
    public static readonly Error NotAVoteItem = new("agenda.item.not_a_vote", "Chỉ nội dung biểu quyết hoặc bầu cử mới mở biểu quyết được.");
    public static readonly Error PollAlreadyRequested = Error.Conflict("agenda.item.poll_exists", "Nội dung này đã có cuộc biểu quyết.");
    public static readonly Error AlreadyDecided = Error.Conflict("agenda.item.decided", "Nội dung này đã có kết quả.");
    public static readonly Error GroupNotFound = Error.NotFound("agenda.group.not_found", "Không tìm thấy tổ thảo luận.");
    public static readonly Error NotAGroupMember = new("agenda.group.not_member", "Tổ trưởng và thư ký phải là đại biểu của tổ.");
    public static readonly Error NotTheGroupSecretary = Error.Forbidden("agenda.group.not_secretary", "Chỉ thư ký tổ mới gửi báo cáo thảo luận của tổ.");
    public static readonly Error CandidatesRequired = new("agenda.item.candidates", "Bầu cử cần danh sách ứng cử viên và số lượng cần bầu.");
}
