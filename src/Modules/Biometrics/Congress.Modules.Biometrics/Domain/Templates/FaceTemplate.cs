using Congress.Shared.Kernel;

namespace Congress.Modules.Biometrics.Domain.Templates;

internal readonly record struct FaceTemplateId(Guid Value) : ITypedId
{
    public static FaceTemplateId New() => new(Guid.NewGuid());
}

internal sealed record FaceTemplateEnrolledDomainEvent(FaceTemplateId TemplateId, Guid CongressId, Guid DelegateId) : IDomainEvent;

/// <summary>
/// A delegate's face template for one congress: the embedding, encrypted (AES-256-GCM, bound to congress and delegate),
/// never the photo. One per delegate and congress; enrolling again replaces it.
/// </summary>
internal sealed class FaceTemplate : AggregateRoot<FaceTemplateId>
{
    private FaceTemplate() { }

    public Guid CongressId { get; private set; }
    public Guid DelegateId { get; private set; }
    public byte[] SealedEmbedding { get; private set; } = [];
    public int Dimension { get; private set; }
    public string Model { get; private set; } = "";
    /// <summary>Side of the face box in the enrolment photo, pixels.</summary>
    public int FaceSize { get; private set; }
    public float DetectionScore { get; private set; }
    public float? SpoofScore { get; private set; }
    public DateTime EnrolledAtUtc { get; private set; }
    public string EnrolledBy { get; private set; } = "";

    public static FaceTemplate Enrol(Guid congressId, Guid delegateId, byte[] sealedEmbedding, int dimension, string model,
        int faceSize, float detectionScore, float? spoofScore, DateTime nowUtc, string enrolledBy)
    {
        var template = new FaceTemplate
        {
            Id = FaceTemplateId.New(), CongressId = congressId, DelegateId = delegateId, SealedEmbedding = sealedEmbedding,
            Dimension = dimension, Model = model, FaceSize = faceSize, DetectionScore = detectionScore, SpoofScore = spoofScore,
            EnrolledAtUtc = nowUtc, EnrolledBy = enrolledBy,
        };
        template.Raise(new FaceTemplateEnrolledDomainEvent(template.Id, congressId, delegateId));
        return template;
    }

    public void Replace(byte[] sealedEmbedding, int dimension, string model, int faceSize, float detectionScore, float? spoofScore, DateTime nowUtc, string enrolledBy)
    {
        SealedEmbedding = sealedEmbedding;
        Dimension = dimension;
        Model = model;
        FaceSize = faceSize;
        DetectionScore = detectionScore;
        SpoofScore = spoofScore;
        EnrolledAtUtc = nowUtc;
        EnrolledBy = enrolledBy;
        Raise(new FaceTemplateEnrolledDomainEvent(Id, CongressId, DelegateId));
    }
}

/// <summary>One identification attempt at a kiosk: the outcome and the scores, for the audit and threshold tuning. No image.</summary>
internal sealed class RecognitionAttempt
{
    private RecognitionAttempt() { }

    public Guid Id { get; private set; }
    public Guid CongressId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string Outcome { get; private set; } = "";
    public Guid? DelegateId { get; private set; }
    public float Similarity { get; private set; }
    public float? SpoofScore { get; private set; }

    public static RecognitionAttempt Record(Guid congressId, DateTime atUtc, string outcome, Guid? delegateId, float similarity, float? spoofScore) =>
        new() { Id = Guid.NewGuid(), CongressId = congressId, AtUtc = atUtc, Outcome = outcome, DelegateId = delegateId, Similarity = similarity, SpoofScore = spoofScore };
}

/// <summary>
/// The template key when none is configured: made once, stored wrapped (AES-256-GCM) by the wrapping key of the key
/// directory (or, written before that, by ASP.NET Core data protection).
/// </summary>
internal sealed class TemplateKeyRecord
{
    public int Id { get; set; }
    public string Wrapped { get; set; } = "";
}

internal static class FaceTemplateErrors
{
    public static readonly Error DelegateNotFound = Error.NotFound("biometrics.delegate.not_found", "Không tìm thấy đại biểu trong đại hội này.");
    public static readonly Error CongressNotFound = Error.NotFound("biometrics.congress.not_found", "Không tìm thấy đại hội.");
    public static readonly Error NoFace = new("biometrics.enrol.no_face", "Không tìm thấy khuôn mặt trong ảnh (no face found).");
    public static readonly Error Unavailable = Error.Conflict("biometrics.unavailable", "Nhận diện khuôn mặt chưa sẵn sàng trên máy chủ này (face recognition unavailable).");
    public static Error SeveralFaces(int count) => new("biometrics.enrol.several_faces", $"Ảnh có {count} khuôn mặt; ảnh đăng ký chỉ được có một người ({count} faces).");
    public static Error FaceTooSmall(int size, int min) => new("biometrics.enrol.face_too_small", $"Khuôn mặt quá nhỏ: {size} điểm ảnh, cần ít nhất {min} (face too small).");
    public static Error Spoof(float score) => new("biometrics.enrol.spoof", $"Ảnh bị nghi là ảnh chụp lại hoặc màn hình (điểm giả mạo {score:F2}) (spoof suspected).");
    public static Error BadImage(string code, string message) => new($"biometrics.{code}", message);
}
