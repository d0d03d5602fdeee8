using FluentValidation;

namespace Congress.Modules.Delegates.Application.Credentials.RejectCredentials;

internal sealed class RejectCredentialsCommandValidator : AbstractValidator<RejectCredentialsCommand>
{
    public RejectCredentialsCommandValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Phải nêu lý do không công nhận tư cách đại biểu.").MaximumLength(1000);
    }
}
