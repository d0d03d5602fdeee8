using Congress.Modules.Delegates.Domain.Delegates;
using FluentValidation;

namespace Congress.Modules.Delegates.Application.Delegates;

/// <summary>
/// The shape of a delegate's fields, shared by RegisterDelegateCommandValidator and UpdateDelegateCommandValidator as
/// child rules (a validator is named after the request it validates); the rules that need the calendar live in <see cref="DelegateProfile"/>.
/// </summary>
internal static class DelegateInputRules
{
    public static void Define(InlineValidator<DelegateInput> rules)
    {
        rules.RuleFor(d => d.Code).NotEmpty().WithMessage("Mã đại biểu là bắt buộc.").MaximumLength(30);
        rules.RuleFor(d => d.FullName).NotEmpty().WithMessage("Họ và tên là bắt buộc.").MaximumLength(200);
        rules.RuleFor(d => d.Kind).IsEnumName(typeof(DelegateKind), caseSensitive: false).WithMessage("Loại đại biểu không hợp lệ (Official, Alternate, InvitedGuest).");
        rules.RuleFor(d => d.Gender).IsEnumName(typeof(Gender), caseSensitive: false).WithMessage("Giới tính không hợp lệ (Male, Female).");
        rules.RuleFor(d => d.Ethnicity).NotEmpty().WithMessage("Dân tộc là bắt buộc.").MaximumLength(50);
        rules.RuleFor(d => d.RepresentedOrganisationId).NotEmpty().WithMessage("Phải chọn tổ chức đảng mà đại biểu đại diện.");
        rules.RuleFor(d => d.RepresentedMembers).GreaterThanOrEqualTo(0).WithMessage("Số đảng viên đại diện không được âm.");
        rules.RuleFor(d => d.Delegation).NotEmpty().WithMessage("Đoàn đại biểu là bắt buộc.").MaximumLength(200);
        rules.RuleFor(d => d.Seat).MaximumLength(20);
    }
}
