using Congress.Modules.Fundraising.Domain.Bank;

namespace Congress.Modules.Fundraising.Application.BankStatements;

internal sealed record BankLineDto(Guid Id, int LineNumber, DateOnly BookedOn, long AmountVnd, string Description, string TransactionId, string? Reference,
    string Status, Guid? ReceiptId)
{
    public static BankLineDto From(BankLine l) => new(l.Id.Value, l.LineNumber, l.BookedOn, l.AmountVnd, l.Description, l.TransactionId, l.Reference, l.Status.ToString(), l.ReceiptId);
}

/// <param name="AlreadyImported">Lines whose bank transaction id was imported before: skipped, so importing a file twice changes nothing.</param>
internal sealed record BankImportDto(Guid StatementId, int Lines, int Matched, int Unmatched, int AlreadyImported, IReadOnlyList<BankLineDto> UnmatchedLines);
