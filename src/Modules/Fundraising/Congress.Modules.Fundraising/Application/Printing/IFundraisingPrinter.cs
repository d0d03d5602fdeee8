using Congress.Modules.Fundraising.Application.Books;
using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Application.Receipts;

namespace Congress.Modules.Fundraising.Application.Printing;

/// <summary>A receipt as printed: the receipt and what the paper names with it.</summary>
internal sealed record ReceiptSheet(ReceiptDto Receipt, string CampaignName, string Organiser, string? PledgeReference, string? UnitName);

/// <summary>One campaign's books for the auditors: the figures, the trial balance, every receipt and disbursement.</summary>
internal sealed record BooksSheet(CampaignSummaryDto Summary, string Organiser, TrialBalanceDto TrialBalance, IReadOnlyList<ReceiptDto> Receipts);

/// <summary>Prints the drive's papers as PDF, in Vietnamese; the infrastructure renders them.</summary>
internal interface IFundraisingPrinter
{
    byte[] Receipt(ReceiptSheet sheet);

    byte[] Books(BooksSheet sheet);
}
