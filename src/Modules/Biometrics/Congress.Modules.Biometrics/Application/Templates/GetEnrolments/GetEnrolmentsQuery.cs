using Congress.Modules.Biometrics.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Biometrics.Application.Templates.GetEnrolments;

/// <summary>The delegates of a congress with a face template, and when and by whom they were enrolled.</summary>
internal sealed record GetEnrolmentsQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<EnrolmentDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(BiometricsRoles.Read, AccessScope.Congress(CongressId));
}
