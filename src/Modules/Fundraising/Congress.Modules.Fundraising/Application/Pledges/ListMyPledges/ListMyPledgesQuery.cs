using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Pledges.ListMyPledges;

/// <summary>The signed-in delegate's own pledges, with the VietQR code to pay each.</summary>
internal sealed record ListMyPledgesQuery : IQuery<Result<IReadOnlyList<PledgeDto>>>
{
    private static readonly RequestAccess Declared = new(FundraisingRoles.Give, AccessScope.OwnDelegate);

    RequestAccess IAuthorisedRequest.Access => Declared;
}
