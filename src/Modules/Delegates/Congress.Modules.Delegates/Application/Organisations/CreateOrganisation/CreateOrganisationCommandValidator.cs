using Congress.Modules.Delegates.Domain.Organisations;
using FluentValidation;

namespace Congress.Modules.Delegates.Application.Organisations.CreateOrganisation;

internal sealed class CreateOrganisationCommandValidator : AbstractValidator<CreateOrganisationCommand>
{
    public CreateOrganisationCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Tên tổ chức đảng là bắt buộc.").MaximumLength(300);
        RuleFor(c => c.Code).NotEmpty().WithMessage("Mã tổ chức đảng là bắt buộc.").MaximumLength(50);
        RuleFor(c => c.Level).IsEnumName(typeof(OrganisationLevel), caseSensitive: false).WithMessage("Cấp tổ chức không hợp lệ.");
        RuleFor(c => c.MemberCount).GreaterThanOrEqualTo(0).WithMessage("Số đảng viên không được âm.");
    }
}
