using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Application.Receipts;
using Congress.Modules.Fundraising.Domain.Bank;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.BankStatements.ImportBankStatement;

internal sealed class ImportBankStatementCommandHandler(FundraisingDbContext db, ReceiptDesk desk) : IRequestHandler<ImportBankStatementCommand, Result<BankImportDto>>
{
    public async Task<Result<BankImportDto>> Handle(ImportBankStatementCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(command.CongressId, command.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        var parsed = BankStatementCsv.Parse(command.Content);
        if (parsed.IsFailure) return parsed.Error!;

        var ids = parsed.Value.Select(l => l.TransactionId).ToList();
        var known = (await db.BankLines.AsNoTracking().Where(l => l.CampaignId == campaign.Value.Id && ids.Contains(l.TransactionId))
            .Select(l => l.TransactionId).ToListAsync(cancellationToken)).ToHashSet();
        var references = parsed.Value.Select(l => Pledge.ReferencePattern.Match(l.Description)).Where(m => m.Success).Select(m => m.Value.ToUpperInvariant()).Distinct().ToList();
        var pledges = await db.Pledges.Where(p => p.CampaignId == campaign.Value.Id && references.Contains(p.Reference)).ToDictionaryAsync(p => p.Reference, cancellationToken);

        var statementId = Guid.NewGuid();
        var imported = new List<BankLine>();
        var matched = 0;
        foreach (var line in parsed.Value.Where(l => !known.Contains(l.TransactionId)))
        {
            var match = Pledge.ReferencePattern.Match(line.Description);
            var reference = match.Success ? match.Value.ToUpperInvariant() : null;
            var bankLine = BankLine.Imported(campaign.Value, statementId, line.LineNumber, line.BookedOn, line.AmountVnd, line.Description, line.TransactionId, reference);
            db.BankLines.Add(bankLine);
            imported.Add(bankLine);
            // Matched only when the reference names a pledge of this campaign and the amount is exactly what it still owes.
            if (reference is not null && pledges.TryGetValue(reference, out var pledge) && pledge.OutstandingVnd == line.AmountVnd)
            {
                var receipt = await desk.IssueAsync(campaign.Value, pledge, PaymentMethod.BankTransfer, line.AmountVnd, pledge.DonorName, null, bankLine.Id.Value, cancellationToken);
                if (receipt.IsFailure) return receipt.Error!;
                bankLine.MatchedBy(receipt.Value.Id.Value);
                matched++;
            }
        }
        var unmatched = imported.Where(l => l.Status == BankLineStatus.Unmatched).Select(BankLineDto.From).ToList();
        return new BankImportDto(statementId, parsed.Value.Count, matched, unmatched.Count, parsed.Value.Count - imported.Count, unmatched);
    }
}
