using Congress.Modules.Attendance.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Attendance.Application.CheckIns.IdentifyFace;

/// <summary>Who is this face among the congress's enrolled delegates? Asked of Biometrics through IFaceRecognition only.</summary>
internal sealed record IdentifyFaceQuery(Guid CongressId, ReadOnlyMemory<byte> Image) : IQuery<Result<FaceMatchDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AttendanceRoles.Gate, AccessScope.Congress(CongressId));
}

/// <param name="Outcome">Recognised, Unknown, NoFace, Spoof, BadImage or Unavailable.</param>
/// <param name="Reason">Vietnamese first, for the kiosk.</param>
internal sealed record FaceMatchDto(string Outcome, Guid? DelegateId, float Similarity, float? LivenessScore, string Reason);
