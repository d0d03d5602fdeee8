using Congress.Modules.Biometrics.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Biometrics.Application.Templates.EnrolFromArchive;

/// <summary>
/// Queues a zip of delegates' photos for enrolment in the background: one JPEG or PNG per delegate, named by badge code
/// (<c>DB001.jpg</c>; folders ignored). Returns the batch id whose progress and refusals can be read.
/// </summary>
internal sealed record EnrolFromArchiveCommand(Guid CongressId, string FileName, ReadOnlyMemory<byte> Archive) : ICommand<Result<Guid>>
{
    RequestAccess IAuthorisedRequest.Access => new(BiometricsRoles.Enrol, AccessScope.Congress(CongressId));

    public object ToAuditPayload() => new { CongressId, FileName, ArchiveBytes = Archive.Length };
}
