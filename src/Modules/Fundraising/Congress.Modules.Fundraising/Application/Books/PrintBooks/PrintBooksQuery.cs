using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Books.PrintBooks;

/// <summary>
/// For the auditors, as PDF: the campaign's figures, the trial balance, the register of receipts (voided ones marked) and the
/// disbursements. The postings themselves are in the ledger CSV.
/// </summary>
internal sealed record PrintBooksQuery(Guid CongressId, Guid CampaignId) : IQuery<Result<byte[]>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Books, AccessScope.Congress(CongressId));
}
