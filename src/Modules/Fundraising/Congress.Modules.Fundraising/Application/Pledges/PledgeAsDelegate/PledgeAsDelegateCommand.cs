using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Pledges.PledgeAsDelegate;

/// <summary>A delegate pledges from their tablet; the delegate (and their delegation, the unit it counts for) is the caller, never a parameter.</summary>
internal sealed record PledgeAsDelegateCommand(Guid CampaignId, long AmountVnd, bool NamePublic) : ICommand<Result<PledgeDto>>
{
    private static readonly RequestAccess Declared = new(FundraisingRoles.Give, AccessScope.OwnDelegate);

    RequestAccess IAuthorisedRequest.Access => Declared;
}
