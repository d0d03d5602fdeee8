using Congress.Modules.Biometrics.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Modules.Biometrics.Contracts;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Biometrics.Application.Recognition.GetFaceMatch;

/// <summary>Identifies the largest face in a photo against the congress's gallery (the kiosk's question over REST).</summary>
internal sealed record GetFaceMatchQuery(Guid CongressId, ReadOnlyMemory<byte> Photo) : IQuery<Result<FaceMatch>>
{
    RequestAccess IAuthorisedRequest.Access => new(BiometricsRoles.Identify, AccessScope.Congress(CongressId));
}
