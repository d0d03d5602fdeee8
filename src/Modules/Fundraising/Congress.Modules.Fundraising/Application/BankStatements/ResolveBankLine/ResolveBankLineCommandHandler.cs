using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Application.Receipts;
using Congress.Modules.Fundraising.Domain.Bank;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.BankStatements.ResolveBankLine;

internal sealed class ResolveBankLineCommandHandler(FundraisingDbContext db, ReceiptDesk desk) : IRequestHandler<ResolveBankLineCommand, Result<ReceiptDto>>
{
    public async Task<Result<ReceiptDto>> Handle(ResolveBankLineCommand command, CancellationToken cancellationToken)
    {
        var line = await db.BankLines.FirstOrDefaultAsync(l => l.Id == new BankLineId(command.BankLineId) && l.CongressId == command.CongressId, cancellationToken);
        if (line is null) return Error.NotFound("fundraising.bank_line.not_found", "Không tìm thấy dòng sao kê.");
        if (line.Status != BankLineStatus.Unmatched) return Error.Conflict("fundraising.bank_line.resolved", "Dòng sao kê này đã được xử lý.");
        var campaign = await db.FindAsync(command.CongressId, line.CampaignId.Value, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        Pledge? pledge = null;
        if (command.PledgeId is { } pledgeId)
        {
            pledge = await db.Pledges.FirstOrDefaultAsync(p => p.Id == new PledgeId(pledgeId) && p.CampaignId == line.CampaignId, cancellationToken);
            if (pledge is null) return CampaignErrors.PledgeNotFound;
        }
        var payer = string.IsNullOrWhiteSpace(command.PayerName) ? pledge?.DonorName ?? line.Description : command.PayerName;
        var receipt = await desk.IssueAsync(campaign.Value, pledge, PaymentMethod.BankTransfer, line.AmountVnd, payer, null, line.Id.Value, cancellationToken);
        if (receipt.IsFailure) return receipt.Error!;
        var resolved = line.ResolvedBy(receipt.Value.Id.Value);
        return resolved.IsSuccess ? ReceiptDto.From(receipt.Value) : resolved.Error!;
    }
}
