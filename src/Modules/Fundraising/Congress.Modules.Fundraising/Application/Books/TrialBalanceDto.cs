namespace Congress.Modules.Fundraising.Application.Books;

internal sealed record AccountBalanceDto(int Code, string Account, string Title, long DebitVnd, long CreditVnd);

/// <param name="DifferenceVnd">Debits minus credits over every account: zero when the books are sound.</param>
internal sealed record TrialBalanceDto(Guid CampaignId, IReadOnlyList<AccountBalanceDto> Accounts, long TotalDebitVnd, long TotalCreditVnd, long DifferenceVnd, int Entries);
