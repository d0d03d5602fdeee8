using Congress.Modules.Biometrics.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Biometrics.Application.Templates.RemoveEnrolment;

/// <summary>Deletes a delegate's face template (the delegate withdrew consent, or the photo was wrong).</summary>
internal sealed record RemoveEnrolmentCommand(Guid CongressId, Guid DelegateId) : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => new(BiometricsRoles.Enrol, AccessScope.Congress(CongressId));
}
