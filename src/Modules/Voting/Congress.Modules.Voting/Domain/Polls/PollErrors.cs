using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

/// <summary>Every refusal of the polls domain. Messages: Vietnamese first, English in brackets.</summary>
internal static class PollErrors
{
    public static readonly Error NotADelegate = Error.Forbidden(
        "voting.not_a_delegate",
        "Chỉ đại biểu, đăng nhập bằng tài khoản đại biểu, mới bỏ phiếu được (only a delegate, signed in with a delegate's account, can vote)");

    // Poll definition
    public static readonly Error NamesRequired = new(
        "PollDefinition.NamesRequired",
        "Danh sách phải có ít nhất một người (the list needs at least one name)");

    public static readonly Error SeatsMustBePositive = new(
        "PollDefinition.SeatsMustBePositive",
        "Số lượng cần bầu phải lớn hơn 0 (the number of seats must be positive)");

    public static Error InvalidName(string key) => new(
        "PollDefinition.InvalidName",
        $"Mỗi người trong danh sách phải có mã không chứa khoảng trắng và có tên: '{key}' (each name needs a key without whitespace and a label)");

    public static Error DuplicateName(string key) => new(
        "PollDefinition.DuplicateName",
        $"Mã '{key}' xuất hiện nhiều lần trong danh sách (key '{key}' appears more than once)");

    public static Error FewerCandidatesThanSeats(int candidates, int seats) => new(
        "PollDefinition.FewerCandidatesThanSeats",
        $"Số ứng cử viên ({candidates}) không được ít hơn số lượng cần bầu ({seats}) (fewer candidates than seats)");

    // Poll lifecycle
    public static readonly Error TitleRequired = new(
        "Poll.TitleRequired",
        "Nội dung biểu quyết không được để trống (the title is required)");

    public static readonly Error ElectionMustBeSecret = new(
        "Poll.ElectionMustBeSecret",
        "Bầu cử phải bằng phiếu kín (an election must be a secret ballot)");

    public static readonly Error NoEligibleDelegates = new(
        "Poll.NoEligibleDelegates",
        "Không có đại biểu nào có quyền biểu quyết (no delegate is eligible to vote)");

    public static readonly Error ScheduledCloseNotInFuture = new(
        "Poll.ScheduledCloseNotInFuture",
        "Thời điểm kết thúc phải sau thời điểm hiện tại (the scheduled close must be in the future)");

    public static readonly Error ReasonRequired = new(
        "Poll.ReasonRequired",
        "Phải nêu lý do (a reason is required)");

    public static readonly Error NoFurtherRoundNeeded = new(
        "Poll.NoFurtherRoundNeeded",
        "Kết quả vòng này không cần bầu vòng tiếp theo (this round's result leaves no seat for a further round)", ErrorKind.Conflict);

    public static Error InvalidStatus(string action, PollStatus status) => new(
        "Poll.InvalidStatus",
        $"Không thể {action} khi cuộc biểu quyết {Describe(status)} (not allowed while the poll is {status})", ErrorKind.Conflict);

    public static readonly Error PollNotFound = Error.NotFound("Poll.NotFound", "Không tìm thấy cuộc biểu quyết (no such poll)");

    // Ballots
    public static readonly Error ShowOfHandsTakesNoBallots = new(
        "Poll.ShowOfHandsTakesNoBallots",
        "Biểu quyết giơ tay hoặc bỏ phiếu giấy không nhận phiếu điện tử (a show of hands or a paper ballot takes no electronic ballots)");

    public static readonly Error VotingTimeOver = new(
        "Poll.VotingTimeOver",
        "Đã hết thời gian biểu quyết (the voting time is over)", ErrorKind.Conflict);

    public static readonly Error NotEligible = new(
        "Poll.NotEligible",
        "Đại biểu không có quyền biểu quyết trong cuộc biểu quyết này (the delegate is not eligible in this poll)", ErrorKind.Forbidden);

    public static readonly Error AlreadyVoted = new(
        "Poll.AlreadyVoted",
        "Đại biểu đã biểu quyết (the delegate has already voted)", ErrorKind.Conflict);

    public static readonly Error DuplicateBallotId = new(
        "Poll.DuplicateBallotId",
        "Mã phiếu đã được sử dụng (the ballot id has already been used)", ErrorKind.Conflict);

    public static readonly Error MalformedBallot = new(
        "Poll.MalformedBallot",
        "Phiếu có lựa chọn không thuộc cuộc biểu quyết hoặc bị lặp (the ballot marks an unknown or repeated choice)");

    public static readonly Error ElectronicPollTakesNoTellerCount = new(
        "Poll.ElectronicPollTakesNoTellerCount",
        "Cuộc biểu quyết điện tử chỉ được kiểm từ phiếu điện tử của nó, không nhận kết quả kiểm phiếu nhập tay; nếu phải bỏ phiếu giấy, hãy hủy cuộc biểu quyết này (nêu lý do) và tạo cuộc bỏ phiếu giấy mới (an electronic poll is counted from its ballots only; a tellers' count is taken only for a show of hands or a paper ballot)", ErrorKind.Conflict);

    public static Error ResultInconsistent(int counted, int inBox, int registered, int eligible) => new(
        "Poll.ResultInconsistent",
        $"Không thể công bố kết quả: kết quả kiểm ({counted} phiếu), hòm phiếu ({inBox} phiếu) và danh sách đại biểu đã bỏ phiếu ({registered} người, trên {eligible} người có quyền biểu quyết) không khớp nhau (the result, the ballot box and the register of who voted disagree)",
        ErrorKind.Conflict);

    public static readonly Error PublishedCannotReopen = new(
        "Poll.PublishedCannotReopen",
        "Không thể mở lại cuộc biểu quyết đã công bố kết quả; nếu phải biểu quyết lại, hãy tạo cuộc biểu quyết mới (a published poll cannot be re-opened: create a new poll)", ErrorKind.Conflict);

    public static readonly Error TellerCountRequired = new(
        "Poll.TellerCountRequired",
        "Chưa nhập kết quả kiểm phiếu của Ban kiểm phiếu (the tellers' count has not been entered)", ErrorKind.Conflict);

    // Tellers' count
    public static readonly Error NegativeCount = new(
        "TellerCount.NegativeCount",
        "Số liệu kiểm phiếu không được âm (counts cannot be negative)");

    public static readonly Error ValidPlusInvalidNotCollected = new(
        "TellerCount.ValidPlusInvalidNotCollected",
        "Số phiếu hợp lệ cộng số phiếu không hợp lệ phải bằng số phiếu thu về (valid plus invalid ballots must equal ballots collected)");

    public static readonly Error ChoiceTotalNotValid = new(
        "TellerCount.ChoiceTotalNotValid",
        "Tổng số phiếu của các phương án phải bằng số phiếu hợp lệ không kể phiếu trắng (the options' votes must add up to the valid, non-blank ballots)");

    public static Error CollectedExceedsEligible(int collected, int eligible) => new(
        "TellerCount.CollectedExceedsEligible",
        $"Số phiếu thu về ({collected}) không được lớn hơn số đại biểu có quyền biểu quyết ({eligible}) (more ballots collected than eligible delegates)");

    public static Error BlankOutOfRange(bool blankIsValid) => new(
        "TellerCount.BlankOutOfRange",
        blankIsValid
            ? "Số phiếu trắng không được lớn hơn số phiếu hợp lệ (blank ballots cannot exceed the valid ballots)"
            : "Số phiếu trắng không được lớn hơn số phiếu không hợp lệ (blank ballots cannot exceed the invalid ballots)");

    public static Error UnknownChoice(string key) => new(
        "TellerCount.UnknownChoice",
        $"'{key}' không có trong phiếu biểu quyết ('{key}' is not on the ballot)");

    public static Error VotesExceedValid(string label) => new(
        "TellerCount.VotesExceedValid",
        $"Số phiếu của {label} không được lớn hơn số phiếu hợp lệ (votes for {label} exceed the valid ballots)");

    public static Error MarksExceedLimit(int maxMarks) => new(
        "TellerCount.MarksExceedLimit",
        $"Tổng số phiếu bầu không được lớn hơn số phiếu hợp lệ nhân với {maxMarks} (total votes exceed valid ballots times {maxMarks})");

    private static string Describe(PollStatus status) => status switch
    {
        PollStatus.Draft => "chưa mở",
        PollStatus.Open => "đang mở",
        PollStatus.Closed => "đã kết thúc",
        PollStatus.Published => "đã công bố kết quả",
        PollStatus.Cancelled => "đã hủy",
        _ => status.ToString(),
    };
}
