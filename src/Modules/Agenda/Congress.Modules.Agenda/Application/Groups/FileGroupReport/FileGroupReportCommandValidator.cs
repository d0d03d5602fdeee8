using Congress.Modules.Agenda.Domain.Groups;
using FluentValidation;

namespace Congress.Modules.Agenda.Application.Groups.FileGroupReport;

internal sealed class FileGroupReportCommandValidator : AbstractValidator<FileGroupReportCommand>
{
    public FileGroupReportCommandValidator()
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage("Báo cáo của tổ không được để trống.")
            .MaximumLength(GroupReport.MaxTextLength).WithMessage("Báo cáo quá dài (tối đa 20.000 ký tự).");
        RuleFor(c => c.Version).GreaterThanOrEqualTo(0).WithMessage("Phiên bản không hợp lệ.");
    }
}
