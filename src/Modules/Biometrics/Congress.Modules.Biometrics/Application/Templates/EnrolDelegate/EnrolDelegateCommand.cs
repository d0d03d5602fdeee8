using Congress.Modules.Biometrics.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Biometrics.Application.Templates.EnrolDelegate;

/// <summary>
/// Enrols (or re-enrols) a delegate's face from one photo: exactly one face, large enough, not a spoof. The photo is not
/// kept; only the encrypted embedding. The audit trail records who enrolled whom and the photo's size, not the photo.
/// </summary>
internal sealed record EnrolDelegateCommand(Guid CongressId, Guid DelegateId, ReadOnlyMemory<byte> Photo) : ICommand<Result<EnrolmentDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(BiometricsRoles.Enrol, AccessScope.Congress(CongressId));

    public object ToAuditPayload() => new { CongressId, DelegateId, PhotoBytes = Photo.Length };
}
