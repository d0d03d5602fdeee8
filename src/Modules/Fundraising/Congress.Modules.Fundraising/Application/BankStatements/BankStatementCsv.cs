using System.Globalization;
using System.Text;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.BankStatements;

internal sealed record StatementLine(int LineNumber, DateOnly BookedOn, long AmountVnd, string Description, string TransactionId);

/// <summary>
/// Reads the bank's CSV export of the campaign account's credits: a header row naming the columns (English or Vietnamese,
/// diacritics and case ignored: date/ngày giao dịch, amount/số tiền, description/nội dung, transaction_id/mã giao dịch),
/// then one line per credit. The whole file is checked first; any broken line fails all of it, naming each line.
/// </summary>
internal static class BankStatementCsv
{
    private static readonly Dictionary<string, string> Columns = new()
    {
        ["date"] = "date", ["ngay"] = "date", ["ngay_giao_dich"] = "date", ["booking_date"] = "date",
        ["amount"] = "amount", ["so_tien"] = "amount", ["so_tien_ghi_co"] = "amount", ["credit"] = "amount",
        ["description"] = "description", ["noi_dung"] = "description", ["dien_giai"] = "description",
        ["transaction_id"] = "transaction_id", ["ma_giao_dich"] = "transaction_id", ["so_tham_chieu"] = "transaction_id", ["reference_no"] = "transaction_id",
    };

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy"];

    public const int MaxLines = 20_000;

    public static Result<IReadOnlyList<StatementLine>> Parse(string content)
    {
        var rows = (content ?? "").Replace("\r\n", "\n").Split('\n');
        if (rows.Length == 0 || string.IsNullOrWhiteSpace(rows[0])) return Invalid(["Tệp sao kê trống hoặc thiếu dòng tiêu đề."]);
        var header = Fields(rows[0].TrimStart('\uFEFF'));
        var index = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
            if (Columns.TryGetValue(VietnameseText.Fold(header[i]).Replace(' ', '_'), out var key)) index.TryAdd(key, i);
        var missing = new[] { "date", "amount", "description", "transaction_id" }.Where(k => !index.ContainsKey(k)).ToList();
        if (missing.Count > 0) return Invalid([$"Dòng 1: thiếu cột {string.Join(", ", missing)}."]);

        var problems = new List<string>();
        var lines = new List<StatementLine>();
        var seen = new HashSet<string>();
        for (var r = 1; r < rows.Length; r++)
        {
            if (string.IsNullOrWhiteSpace(rows[r])) continue;
            var n = r + 1;
            if (lines.Count + problems.Count >= MaxLines) { problems.Add($"Tệp quá {MaxLines} dòng."); break; }
            var fields = Fields(rows[r]);
            if (fields.Count != header.Count) { problems.Add($"Dòng {n}: có {fields.Count} cột, tiêu đề có {header.Count}."); continue; }
            var rawDate = fields[index["date"]].Trim();
            var rawAmount = fields[index["amount"]].Trim();
            var description = fields[index["description"]].Trim();
            var transactionId = fields[index["transaction_id"]].Trim();
            var lineProblems = new List<string>();
            if (!DateOnly.TryParseExact(rawDate, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) lineProblems.Add($"ngày \"{rawDate}\" không hợp lệ");
            var amount = ParseAmount(rawAmount);
            if (amount is null) lineProblems.Add($"số tiền \"{rawAmount}\" không phải số nguyên đồng dương, tối đa 1.000 tỷ");
            if (transactionId.Length == 0) lineProblems.Add("thiếu mã giao dịch");
            else if (!seen.Add(transactionId)) lineProblems.Add($"mã giao dịch {transactionId} lặp lại trong tệp");
            if (lineProblems.Count > 0) { problems.Add($"Dòng {n}: {string.Join("; ", lineProblems)}."); continue; }
            lines.Add(new StatementLine(n, date, amount!.Value, description, transactionId));
        }
        if (problems.Count > 0) return Invalid(problems);
        if (lines.Count == 0) return Invalid(["Tệp sao kê không có dòng giao dịch nào."]);
        return lines;
    }

    private static Result<IReadOnlyList<StatementLine>> Invalid(IReadOnlyList<string> problems) =>
        new Error("fundraising.statement.invalid", "Tệp sao kê có lỗi, chưa ghi gì: " + string.Join(" ", problems.Take(20)) + (problems.Count > 20 ? $" … và {problems.Count - 20} lỗi khác." : ""));

    /// <summary>Whole đồng: digits, optionally grouped with '.', ',' or spaces ("1.500.000"); a decimal part other than zeros is refused.</summary>
    private static long? ParseAmount(string raw)
    {
        var text = raw.Replace(" ", "").Replace("\u00A0", "").Replace("VND", "", StringComparison.OrdinalIgnoreCase).Replace("₫", "");
        if (text.Length == 0 || text.StartsWith('-')) return null;
        // "1500000.00" from some exports: only zero decimals are accepted.
        var lastSeparator = text.LastIndexOfAny(['.', ',']);
        if (lastSeparator >= 0 && text.Length - lastSeparator - 1 is 1 or 2)
        {
            if (text[(lastSeparator + 1)..].Any(c => c != '0')) return null;
            text = text[..lastSeparator];
        }
        text = text.Replace(".", "").Replace(",", "");
        if (text.Length is 0 or > 13 || !text.All(char.IsAsciiDigit)) return null;
        var value = long.Parse(text, CultureInfo.InvariantCulture);
        return Domain.Money.Money.IsValid(value) ? value : null;
    }

    /// <summary>One CSV row: commas separate, double quotes enclose, "" inside quotes is a quote.</summary>
    private static List<string> Fields(string row)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < row.Length && row[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
