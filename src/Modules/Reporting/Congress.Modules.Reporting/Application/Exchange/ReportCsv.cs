using System.Globalization;
using System.Text;

namespace Congress.Modules.Reporting.Application.Exchange;

/// <summary>
/// The reports' CSV: UTF-8, comma-separated, one header row, RFC 4180 quoting. Export writes every column below; import
/// reads the <see cref="ImportColumns"/> (others, such as name or stage, are ignored). Dates yyyy-MM-dd or dd/MM/yyyy.
/// The <c>committee</c> column lists the elected committee, members separated by ";", each
/// <c>full name|votes|birth year|gender|ethnicity|education|political theory</c> (everything after the name optional;
/// e.g. <c>Nguyễn Thị An|110|1975|Nữ|Tày|Đại học|Cao cấp</c>); left empty, the committee already entered stays.
/// </summary>
internal static class ReportCsv
{
    public static readonly string[] ImportColumns =
    [
        "code", "version", "planned_congress_on", "documents_drafted_on", "personnel_plan_approved_on", "preparatory_session_on",
        "congress_held_on", "results_approved_on", "delegates_summoned", "delegates_present", "committee_seats", "committee_elected",
        "secretary", "higher_delegate_seats", "higher_delegates_elected", "committee",
    ];

    public static readonly string[] ExportColumns =
        [.. ImportColumns, "name", "level", "stage", "reported", "on_time", "delegates_summoned_source", "delegates_present_source", "due_on"];

    public static string Field(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;

    /// <summary>The committee cell of <paramref name="members"/> (the committee body's entries, in order).</summary>
    public static string Committee(IEnumerable<Domain.Progress.ElectedEntry> members) => string.Join(";", members.Select(m =>
        string.Join('|', m.FullName, m.Votes.ToString(CultureInfo.InvariantCulture), m.BirthYear?.ToString(CultureInfo.InvariantCulture) ?? "",
            m.Gender ?? "", m.Ethnicity ?? "", m.Education ?? "", m.PoliticalTheory ?? "").TrimEnd('|')));

    /// <summary>Reads a committee cell; the roles follow the secretary's and deputies' names. Null with <paramref name="problem"/> set when a member cannot be read.</summary>
    public static List<Domain.Progress.ElectedEntry>? TryCommittee(string text, string? secretary, IReadOnlyList<string> deputies, out string? problem)
    {
        problem = null;
        var members = new List<Domain.Progress.ElectedEntry>();
        foreach (var (member, index) in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select((m, i) => (m, i + 1)))
        {
            var f = member.Split('|').Select(x => x.Trim()).ToArray();
            string At(int i) => i < f.Length ? f[i] : "";
            if (f.Length > 7 || At(0).Length == 0) { problem = $"cấp ủy viên thứ {index} \"{member}\" phải là họ tên|số phiếu|năm sinh|giới tính|dân tộc|chuyên môn|lý luận"; return null; }
            if (!TryInt(At(1), out var votes) || !TryInt(At(2), out var birthYear)) { problem = $"cấp ủy viên thứ {index} ({At(0)}): số phiếu và năm sinh phải là số"; return null; }
            var role = string.Equals(At(0), secretary?.Trim(), StringComparison.OrdinalIgnoreCase) ? "Secretary"
                : deputies.Any(d => string.Equals(d.Trim(), At(0), StringComparison.OrdinalIgnoreCase)) ? "Deputy" : "Member";
            members.Add(new(Domain.Progress.ElectedBodies.Committee, At(0), votes ?? 0, role, birthYear,
                NullIfEmpty(At(3)), NullIfEmpty(At(4)), NullIfEmpty(At(5)), NullIfEmpty(At(6))));
        }
        return members;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }
        return false;
    }

    public static bool TryInt(string text, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }
        return false;
    }

    /// <summary>The rows of a CSV text (quoted fields may hold commas, quotes and line breaks).</summary>
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    row.Add(field.ToString()); field.Clear();
                    if (row.Count > 1 || row[0].Length > 0) rows.Add(row);
                    row = [];
                    break;
                default: field.Append(c); break;
            }
        }
        row.Add(field.ToString());
        if (row.Count > 1 || row[0].Length > 0) rows.Add(row);
        if (rows.Count > 0 && rows[0].Count > 0) rows[0][0] = rows[0][0].TrimStart('\uFEFF');
        return rows;
    }
}
