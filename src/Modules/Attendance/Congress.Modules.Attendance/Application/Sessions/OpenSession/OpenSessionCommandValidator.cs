using Congress.Modules.Attendance.Domain.Sessions;
using FluentValidation;

namespace Congress.Modules.Attendance.Application.Sessions.OpenSession;

internal sealed class OpenSessionCommandValidator : AbstractValidator<OpenSessionCommand>
{
    public OpenSessionCommandValidator()
    {
        RuleFor(c => c.CongressId).NotEmpty().WithMessage("Chưa chọn đại hội.");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Tên phiên họp là bắt buộc.")
            .MaximumLength(AttendanceSession.MaxNameLength).WithMessage($"Tên phiên họp quá dài (tối đa {AttendanceSession.MaxNameLength} ký tự).");
        RuleFor(c => c.Kind).Must(k => Enum.TryParse<SessionKind>(k, ignoreCase: false, out _))
            .WithMessage("Loại phiên phải là Preparatory (trù bị), Official (chính thức) hoặc Other.");
    }
}
