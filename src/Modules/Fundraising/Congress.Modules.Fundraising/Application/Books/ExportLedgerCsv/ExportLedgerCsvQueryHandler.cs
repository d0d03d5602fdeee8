using System.Globalization;
using System.Text;
using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Ledger;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Books.ExportLedgerCsv;

internal sealed class ExportLedgerCsvQueryHandler(FundraisingDbContext db) : IRequestHandler<ExportLedgerCsvQuery, Result<string>>
{
    public async Task<Result<string>> Handle(ExportLedgerCsvQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(query.CongressId, query.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        var entries = await db.LedgerEntries.AsNoTracking().Include(e => e.Postings).Where(e => e.CampaignId == campaign.Value.Id.Value).ToListAsync(cancellationToken);
        var csv = new StringBuilder("entry_id,at_utc,kind,source_id,memo,reverses_entry_id,account,account_title,debit_vnd,credit_vnd\n");
        foreach (var e in entries.OrderBy(e => e.AtUtc).ThenBy(e => e.Id.Value))
            foreach (var p in e.Postings.OrderByDescending(p => p.AmountVnd))
                csv.Append(string.Join(',', e.Id.Value, e.AtUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), e.Kind, e.SourceId, Quote(e.Memo),
                    e.ReversesEntryId?.ToString() ?? "", (int)p.Account, Quote(LedgerAccounts.Title(p.Account)),
                    Math.Max(p.AmountVnd, 0).ToString(CultureInfo.InvariantCulture), Math.Max(-p.AmountVnd, 0).ToString(CultureInfo.InvariantCulture))).Append('\n');
        return csv.ToString();
    }

    /// <summary>Quoted, with a leading apostrophe against formula injection when opened in a spreadsheet.</summary>
    private static string Quote(string text)
    {
        if (text.Length > 0 && "=+-@".Contains(text[0])) text = "'" + text;
        return "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
