using Congress.Modules.Reporting.Domain.Progress;
using Congress.Shared.Infrastructure.Time;
using FluentValidation;

namespace Congress.Modules.Reporting.Application.Progress.UpdateProgress;

/// <summary>The rules on the entry alone (400 before anything is read); the handler checks them again with the platform's figures merged in.</summary>
internal sealed class UpdateProgressCommandValidator : AbstractValidator<UpdateProgressCommand>
{
    public UpdateProgressCommandValidator(IClock clock)
    {
        RuleFor(c => c.OrganisationId).NotEmpty().WithMessage("Chưa chọn tổ chức đảng.");
        RuleFor(c => c.ExpectedVersion).GreaterThanOrEqualTo(0).WithMessage("Phiên bản không hợp lệ.");
        RuleFor(c => c.SecretaryName).MaximumLength(200);
        RuleFor(c => c.Elected).Must(e => e is null || e.Count <= 500).WithMessage("Danh sách trúng cử quá dài (tối đa 500).");
        RuleForEach(c => c.Elected).Must(p => p.BirthYear is not { } year || year <= ProgressReport.VietnamDate(clock.UtcNow).Year)
            .WithMessage((_, p) => $"{p.FullName}: năm sinh {p.BirthYear} ở tương lai.");
        RuleFor(c => c).Custom((command, context) =>
        {
            if (ProgressRules.Check(command.ToEntry(), sizeMayComeFromPlatform: true) is { } broken) context.AddFailure(broken.Message);
        });
    }
}
