using Congress.Modules.Attendance.Domain.Ledger;

namespace Congress.Modules.Attendance.Application.CheckIns;

/// <param name="Outcome">"Recorded", "DuplicateScan", "AlreadyInside" or "NotInside".</param>
/// <param name="Message">What the gate shows, Vietnamese.</param>
/// <param name="PresentNow">Delegates inside the hall after this scan.</param>
internal sealed record CheckInDto(string Outcome, string Direction, Guid DelegateId, string Code, string FullName, string Delegation,
    string Method, DateTime? AtUtc, int PresentNow, string Message)
{
    public static string Say(LedgerOutcome outcome, Domain.Ledger.Direction direction, string fullName) => (outcome, direction) switch
    {
        (LedgerOutcome.Recorded, Domain.Ledger.Direction.Entry) => $"Chào mừng đại biểu {fullName}! Đã điểm danh vào hội trường.",
        (LedgerOutcome.Recorded, _) => $"Đại biểu {fullName} đã ra khỏi hội trường.",
        (LedgerOutcome.DuplicateScan, _) => $"Lượt quét này đã được ghi nhận ({fullName}).",
        (LedgerOutcome.AlreadyInside, _) => $"Đại biểu {fullName} đã ở trong hội trường.",
        _ => $"Đại biểu {fullName} chưa vào hội trường.",
    };
}
