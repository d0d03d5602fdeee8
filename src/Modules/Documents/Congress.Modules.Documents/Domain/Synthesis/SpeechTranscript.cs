using System.Text;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Domain.Synthesis;

/// <summary>
/// What a delegate said, in the hall or at a group, about one section of a draft's version, entered by the secretariat from
/// the minutes: who spoke, when, and the text. A source of the synthesis next to the written comments (docs/adr/0028).
/// </summary>
internal sealed class SpeechTranscript
{
    public const int MaxLength = 20_000;
    public const int MaxSpeakerLength = 200;

    private SpeechTranscript() { }

    public Guid Id { get; private set; }
    public DocumentId DocumentId { get; private set; }
    public int VersionNumber { get; private set; }
    public int SectionIndex { get; private set; }
    public string SectionExcerpt { get; private set; } = "";
    /// <summary>The speaker as the minutes name them ("Đồng chí Nguyễn Văn A, Đoàn Đảng bộ Khối …").</summary>
    public string Speaker { get; private set; } = "";
    /// <summary>The delegate who spoke, when the speaker is a delegate of the congress.</summary>
    public Guid? SpeakerDelegateId { get; private set; }
    public DateTime SpokenAtUtc { get; private set; }
    /// <summary>The agenda item during which it was said (the debate on the draft), when the secretariat names it.</summary>
    public Guid? AgendaItemId { get; private set; }
    public string Text { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }

    public static Result<SpeechTranscript> Record(DocumentId documentId, int version, int sectionIndex, string section, string speaker, Guid? speakerDelegateId,
        DateTime spokenAtUtc, Guid? agendaItemId, string text, string recordedBy, DateTime nowUtc)
    {
        text = (text ?? "").Trim().Normalize(NormalizationForm.FormC);
        speaker = (speaker ?? "").Trim().Normalize(NormalizationForm.FormC);
        if (text.Length == 0) return new Error("documents.transcript.text", "Nội dung phát biểu là bắt buộc.");
        if (text.Length > MaxLength) return new Error("documents.transcript.text", $"Nội dung phát biểu quá dài (tối đa {MaxLength} ký tự).");
        if (speaker.Length == 0) return new Error("documents.transcript.speaker", "Ghi tên người phát biểu.");
        if (speaker.Length > MaxSpeakerLength) return new Error("documents.transcript.speaker", $"Tên người phát biểu quá dài (tối đa {MaxSpeakerLength} ký tự).");
        if (spokenAtUtc > nowUtc.AddMinutes(5)) return new Error("documents.transcript.time", "Thời điểm phát biểu không thể ở tương lai.");
        return new SpeechTranscript
        {
            Id = Guid.NewGuid(), DocumentId = documentId, VersionNumber = version, SectionIndex = sectionIndex,
            SectionExcerpt = section.Length > 160 ? section[..160] + "…" : section, Speaker = speaker, SpeakerDelegateId = speakerDelegateId,
            SpokenAtUtc = DateTime.SpecifyKind(spokenAtUtc, DateTimeKind.Utc), AgendaItemId = agendaItemId, Text = text, RecordedBy = recordedBy, RecordedAtUtc = nowUtc,
        };
    }
}
