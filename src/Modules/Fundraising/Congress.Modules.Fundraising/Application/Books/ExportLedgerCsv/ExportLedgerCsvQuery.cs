using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Books.ExportLedgerCsv;

/// <summary>For the auditors: every posting of the campaign's books as CSV (UTF-8), one line per leg, in posting order.</summary>
internal sealed record ExportLedgerCsvQuery(Guid CongressId, Guid CampaignId) : IQuery<Result<string>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Books, AccessScope.Congress(CongressId));
}
