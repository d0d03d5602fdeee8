using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Fundraising.Application.Pledges.PledgeAsDelegate;

/// <summary>
/// A delegate pledges from their tablet; the delegate (and their delegation, the unit it counts for) is the caller, never a
/// parameter. Not an <c>ICommand</c> with a unit of work of its own: the <see cref="PledgeWriter"/> commits it with the
/// pledges that arrived at the same moment, and audits each with its delegate as the actor.
/// </summary>
internal sealed record PledgeAsDelegateCommand(Guid CampaignId, long AmountVnd, bool NamePublic) : IRequest<Result<PledgeDto>>, IAuthorisedRequest
{
    private static readonly RequestAccess Declared = new(FundraisingRoles.Give, AccessScope.OwnDelegate);

    RequestAccess IAuthorisedRequest.Access => Declared;
}
