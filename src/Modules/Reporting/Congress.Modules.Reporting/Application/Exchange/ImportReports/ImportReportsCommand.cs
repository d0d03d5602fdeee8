using Congress.Modules.Reporting.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Exchange.ImportReports;

/// <summary>
/// A level imports the results file of the organisations below it (those working offline): CSV in ReportCsv's format.
/// The file is validated as a whole — every row parses, names an organisation of the importer's subtree once, quotes the
/// report's current version, is not locked and obeys the report rules — and only then written, all in one transaction;
/// any problem refuses the whole file (400, every problem listed with its line), nothing written.
/// </summary>
internal sealed record ImportReportsCommand(Guid OrganisationId, string Csv) : ICommand<Result<int>>
{
    RequestAccess IAuthorisedRequest.Access => new(ReportingRoles.Capture, AccessScope.Organisation(OrganisationId));

    object ICommandBase.ToAuditPayload() => new { OrganisationId, Bytes = Csv.Length, Sha256 = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Csv))) };
}
