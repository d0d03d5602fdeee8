namespace Congress.Modules.Fundraising.Domain.Ledger;

/// <summary>The chart of accounts of a campaign's books (a small double-entry ledger). Debits are positive amounts.</summary>
internal enum LedgerAccount
{
    /// <summary>Tiền mặt — cash held by the secretariat (asset).</summary>
    Cash = 1110,
    /// <summary>Tiền gửi ngân hàng — the campaign's bank account (asset).</summary>
    Bank = 1120,
    /// <summary>Phải thu cam kết ủng hộ — pledged but not yet received (asset).</summary>
    PledgesReceivable = 1310,
    /// <summary>Thu ủng hộ — donations (income; credit balance).</summary>
    DonationsIncome = 5110,
    /// <summary>Chi hỗ trợ địa phương — support paid to affected localities (expense).</summary>
    DisbursementsPaid = 6110,
}

internal static class LedgerAccounts
{
    public static string Title(LedgerAccount account) => account switch
    {
        LedgerAccount.Cash => "Tiền mặt",
        LedgerAccount.Bank => "Tiền gửi ngân hàng",
        LedgerAccount.PledgesReceivable => "Phải thu cam kết ủng hộ",
        LedgerAccount.DonationsIncome => "Thu ủng hộ",
        LedgerAccount.DisbursementsPaid => "Chi hỗ trợ địa phương",
        _ => account.ToString(),
    };
}
