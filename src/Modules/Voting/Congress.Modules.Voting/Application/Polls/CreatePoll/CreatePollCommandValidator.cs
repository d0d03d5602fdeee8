using FluentValidation;

namespace Congress.Modules.Voting.Application.Polls.CreatePoll;

internal sealed class CreatePollCommandValidator : AbstractValidator<CreatePollCommand>
{
    public CreatePollCommandValidator()
    {
        RuleFor(c => c.CongressId).NotEmpty().WithMessage("Chưa chọn đại hội.");
        RuleFor(c => c.Title).NotEmpty().WithMessage("Nội dung biểu quyết là bắt buộc.").MaximumLength(500).WithMessage("Nội dung biểu quyết quá dài (tối đa 500 ký tự).");
        RuleFor(c => c.Kind).Must(k => k is "Motion" or "ListApproval" or "Election").WithMessage("Loại biểu quyết phải là Motion, ListApproval hoặc Election.");
        RuleFor(c => c.Visibility).Must(v => v is "Open" or "NamedElectronic" or "SecretElectronic" or "SecretPaper")
            .WithMessage("Hình thức phải là Open (giơ tay), NamedElectronic (điện tử công khai), SecretElectronic (bỏ phiếu kín điện tử) hoặc SecretPaper (bỏ phiếu kín bằng phiếu giấy).");
        RuleFor(c => c.ApprovalMode).Must(m => m is "AsWhole" or "NameByName").When(c => c.Kind == "ListApproval")
            .WithMessage("Thông qua danh sách: AsWhole (cả danh sách) hoặc NameByName (từng người).");
        RuleFor(c => c.Options).NotEmpty().When(c => c.Kind != "Motion").WithMessage("Danh sách phải có ít nhất một người.");
        RuleFor(c => c.Options!.Count).LessThanOrEqualTo(500).When(c => c.Options is not null).WithMessage("Danh sách tối đa 500 người.");
    }
}
