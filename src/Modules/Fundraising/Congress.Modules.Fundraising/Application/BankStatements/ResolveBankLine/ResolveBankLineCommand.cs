using Congress.Modules.Fundraising.Application.Access;
using Congress.Modules.Fundraising.Application.Receipts;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.BankStatements.ResolveBankLine;

/// <summary>A person resolves an unmatched bank line: to a pledge of the campaign, or (no pledge) as a gift without pledge. A receipt is issued either way.</summary>
internal sealed record ResolveBankLineCommand(Guid CongressId, Guid BankLineId, Guid? PledgeId, string? PayerName) : ICommand<Result<ReceiptDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Collect, AccessScope.Congress(CongressId));
}
