using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.BankStatements.ImportBankStatement;

/// <summary>
/// Import the bank's statement (CSV) of the campaign account: checked as a whole (a broken line refuses the file, 400,
/// nothing applied); each line matched to a pledge by the reference in its description and the amount it still owes
/// (then a receipt is issued), or left unmatched for a person to resolve.
/// </summary>
internal sealed record ImportBankStatementCommand(Guid CongressId, Guid CampaignId, string FileName, string Content) : ICommand<Result<BankImportDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Collect, AccessScope.Congress(CongressId));

    /// <summary>The audit trail keeps the file's name and size, not the whole statement.</summary>
    object ICommandBase.ToAuditPayload() => new { CongressId, CampaignId, FileName, Characters = Content?.Length ?? 0 };
}
