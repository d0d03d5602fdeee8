using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Devices.RegisterDevice;

/// <summary>
/// Registers a tablet to a delegate with the public half of the P-256 key pair the tablet made (base64
/// SubjectPublicKeyInfo): a delegate registers their own tablet (<paramref name="DelegateId"/> empty or their own), the
/// staff register one for any delegate of the congress. Answers the installation keys the tablet pins.
/// </summary>
internal sealed record RegisterDeviceCommand(Guid CongressId, Guid? DelegateId, string Label, string PublicKey) : ICommand<Result<RegisteredDeviceDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Tablet, AccessScope.Congress(CongressId));
}
