using Congress.Modules.Documents.Domain.Synthesis;
using FluentValidation;

namespace Congress.Modules.Documents.Application.Synthesis.RecordTranscript;

internal sealed class RecordTranscriptCommandValidator : AbstractValidator<RecordTranscriptCommand>
{
    public RecordTranscriptCommandValidator()
    {
        RuleFor(c => c.Version).GreaterThan(0).WithMessage("Phiên bản từ 1.");
        RuleFor(c => c.Section).GreaterThanOrEqualTo(0).WithMessage("Mục đánh số từ 0.");
        RuleFor(c => c.Speaker).NotEmpty().WithMessage("Ghi tên người phát biểu.")
            .MaximumLength(SpeechTranscript.MaxSpeakerLength).WithMessage($"Tên người phát biểu quá dài (tối đa {SpeechTranscript.MaxSpeakerLength} ký tự).");
        RuleFor(c => c.SpokenAtUtc).NotEqual(default(DateTime)).WithMessage("Ghi thời điểm phát biểu.");
        RuleFor(c => c.Text).NotEmpty().WithMessage("Nội dung phát biểu là bắt buộc.")
            .MaximumLength(SpeechTranscript.MaxLength).WithMessage($"Nội dung phát biểu quá dài (tối đa {SpeechTranscript.MaxLength} ký tự).");
    }
}
