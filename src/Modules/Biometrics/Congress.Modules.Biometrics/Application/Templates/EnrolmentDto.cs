namespace Congress.Modules.Biometrics.Application.Templates;

/// <param name="SpoofScore">The liveness model's spoof score for the enrolment photo (0 live … 1 spoof).</param>
internal sealed record EnrolmentDto(Guid DelegateId, string Code, string FullName, int FaceSize, float DetectionScore, float? SpoofScore, DateTime EnrolledAtUtc, string EnrolledBy);
