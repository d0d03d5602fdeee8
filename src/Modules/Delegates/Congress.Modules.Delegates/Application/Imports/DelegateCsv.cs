using System.Globalization;
using System.Text;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Shared.Kernel;
using CsvHelper;

namespace Congress.Modules.Delegates.Application.Imports;

/// <summary>
/// The delegates CSV format, both ways: UTF-8, comma-separated, one header row. Headers may be the English keys
/// or the Vietnamese titles (diacritics and case ignored). Dates as dd/MM/yyyy or yyyy-MM-dd.
/// </summary>
internal static class DelegateCsv
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxRows = 20_000;

    internal sealed record Column(string Key, string Title, bool Required);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new("code", "Mã đại biểu", true),
        new("full_name", "Họ và tên", true),
        new("kind", "Loại đại biểu", true),
        new("date_of_birth", "Ngày sinh", true),
        new("gender", "Giới tính", true),
        new("ethnicity", "Dân tộc", true),
        new("party_joined_on", "Ngày vào Đảng", false),
        new("education", "Trình độ chuyên môn", false),
        new("political_theory", "Lý luận chính trị", false),
        new("position", "Chức vụ", false),
        new("unit", "Đơn vị công tác", false),
        new("organisation_code", "Mã tổ chức đảng đại diện", true),
        new("represented_members", "Số đảng viên đại diện", true),
        new("delegation", "Đoàn đại biểu", true),
        new("seat", "Ghế", false),
    ];

    /// <summary>A row that became a valid profile, or the row's problems.</summary>
    internal sealed record ParsedRow(int Line, DelegateProfile? Profile, string? Seat, IReadOnlyList<RowError> Errors);

    internal sealed record RowError(int Line, string Column, string Message);

    /// <summary>What a file must be checked against: the congress's organisations by code, codes already used.</summary>
    internal sealed record Context(IReadOnlyDictionary<string, OrganisationId> OrganisationsByCode, IReadOnlySet<string> ExistingCodes, DateOnly Today);

    /// <summary>Whole-file problems (encoding, delimiter, columns) come back as one error on line 0.</summary>
    public static (IReadOnlyList<ParsedRow> Rows, IReadOnlyList<RowError> Errors) Parse(string text, Context context)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Recover,
        };
        using var csv = CsvReader.FromText(text, options);
        csv.ReadHeader();
        if (csv.Headers is not { Count: > 0 }) return ([], [FileError("Tệp không có dòng tiêu đề.")]);

        var header = csv.Headers;
        var positions = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
        {
            var folded = VietnameseText.Fold(header[i]).Replace(' ', '_');
            var column = Columns.FirstOrDefault(c => c.Key == folded || VietnameseText.Fold(c.Title).Replace(' ', '_') == folded);
            if (column is not null) positions.TryAdd(column.Key, i);
        }
        var missing = Columns.Where(c => c.Required && !positions.ContainsKey(c.Key)).Select(c => $"{c.Key} ({c.Title})").ToList();
        if (missing.Count > 0)
        {
            var hint = header.Count == 1 && (header[0].Contains(';') || header[0].Contains('\t'))
                ? " Tệp dường như dùng dấu chấm phẩy hoặc tab; hãy lưu lại dạng CSV phân cách bằng dấu phẩy."
                : "";
            return ([], [FileError($"Thiếu cột bắt buộc: {string.Join(", ", missing)}.{hint}")]);
        }

        var rows = new List<ParsedRow>();
        var errors = new List<RowError>();
        var codesInFile = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var peopleInFile = new Dictionary<string, int>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (rows.Count >= MaxRows) return (rows, [.. errors, FileError($"Tệp có quá {MaxRows:N0} dòng.")]);
            string Field(string key) => positions.TryGetValue(key, out var p) && p < csv.FieldCount ? csv.GetString(p).Trim() : "";
            if (Columns.All(c => Field(c.Key).Length == 0)) continue;

            var row = ParseRow(line, Field, context, codesInFile, peopleInFile);
            rows.Add(row);
            errors.AddRange(row.Errors);
        }
        if (rows.Count == 0 && errors.Count == 0) errors.Add(FileError("Tệp không có dòng dữ liệu nào."));
        return (rows, errors);
    }

    private static ParsedRow ParseRow(int line, Func<string, string> field, Context context, Dictionary<string, int> codesInFile, Dictionary<string, int> peopleInFile)
    {
        var errors = new List<RowError>();
        void Problem(string column, string message) => errors.Add(new RowError(line, column, message));

        var code = field("code");
        if (code.Length > 0)
        {
            if (codesInFile.TryGetValue(code, out var firstLine)) Problem("code", $"Mã đại biểu \"{code}\" trùng với dòng {firstLine}.");
            else codesInFile[code] = line;
            if (context.ExistingCodes.Contains(code)) Problem("code", $"Mã đại biểu \"{code}\" đã có trong đại hội.");
        }
        var kind = ParseKind(field("kind"));
        if (kind is null) Problem("kind", "Loại đại biểu phải là Chính thức, Dự khuyết hoặc Khách mời.");
        var gender = ParseGender(field("gender"));
        if (gender is null) Problem("gender", "Giới tính phải là Nam hoặc Nữ.");
        var born = ParseDate(field("date_of_birth"));
        if (born is null) Problem("date_of_birth", "Ngày sinh phải có dạng dd/MM/yyyy.");
        DateOnly? joined = null;
        if (field("party_joined_on").Length > 0)
        {
            joined = ParseDate(field("party_joined_on"));
            if (joined is null) Problem("party_joined_on", "Ngày vào Đảng phải có dạng dd/MM/yyyy.");
        }
        if (!context.OrganisationsByCode.TryGetValue(field("organisation_code"), out var organisationId))
            Problem("organisation_code", $"Không có tổ chức đảng mã \"{field("organisation_code")}\" trong đảng bộ của đại hội.");
        if (!int.TryParse(field("represented_members").Replace(".", "").Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var members))
            Problem("represented_members", "Số đảng viên đại diện phải là số nguyên không âm.");

        if (born is { } dateOfBirth && field("full_name").Length > 0)
        {
            var person = $"{VietnameseText.Fold(field("full_name"))}|{dateOfBirth:yyyyMMdd}";
            if (peopleInFile.TryGetValue(person, out var firstLine)) Problem("full_name", $"Trùng họ tên và ngày sinh với dòng {firstLine}.");
            else peopleInFile[person] = line;
        }
        if (errors.Count > 0) return new ParsedRow(line, null, null, errors);

        var profile = new DelegateProfile(code, field("full_name"), kind!.Value, born!.Value, gender!.Value, field("ethnicity"), joined,
            NullIfEmpty(field("education")), NullIfEmpty(field("political_theory")), NullIfEmpty(field("position")), NullIfEmpty(field("unit")),
            organisationId, members, field("delegation"));
        if (profile.Validate(context.Today) is { } invalid)
            return new ParsedRow(line, null, null, [new RowError(line, invalid.Code.Replace("delegates.", ""), invalid.Message)]);
        return new ParsedRow(line, profile, NullIfEmpty(field("seat")), []);
    }

    public static string Write(IEnumerable<IReadOnlyList<string?>> records)
    {
        using var writer = new StringWriter();
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = ',', NewLine = "\r\n" }, leaveOpen: true))
        {
            foreach (var column in Columns) csv.WriteField(column.Key);
            csv.EndRecord();
            foreach (var record in records)
            {
                foreach (var value in record) csv.WriteField(value ?? "");
                csv.EndRecord();
            }
            csv.Flush();
        }
        return writer.ToString();
    }

    /// <summary>Strict UTF-8 (a BOM is allowed); other encodings and binary noise are refused with the reason.</summary>
    public static Result<string> Decode(byte[] content)
    {
        if (content.Length == 0) return new Error("delegates.import.empty", "Tệp rỗng.");
        if (content.Length > MaxBytes) return new Error("delegates.import.too_large", $"Tệp quá lớn (tối đa {MaxBytes / 1024 / 1024} MB).");
        if (Array.IndexOf(content, (byte)0) >= 0)
            return new Error("delegates.import.binary", "Tệp không phải là văn bản CSV (có ký tự nhị phân).");
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return new Error("delegates.import.encoding", "Tệp không ở dạng UTF-8. Hãy lưu lại bằng \"CSV UTF-8 (Comma delimited)\".");
        }
    }

    public static string KindText(DelegateKind kind) => kind switch
    {
        DelegateKind.Official => "Chính thức",
        DelegateKind.Alternate => "Dự khuyết",
        _ => "Khách mời",
    };

    public static string GenderText(Gender gender) => gender == Gender.Female ? "Nữ" : "Nam";

    private static DelegateKind? ParseKind(string value) => VietnameseText.Fold(value) switch
    {
        "chinh thuc" or "official" => DelegateKind.Official,
        "du khuyet" or "alternate" => DelegateKind.Alternate,
        "khach moi" or "invitedguest" or "invited guest" or "guest" => DelegateKind.InvitedGuest,
        _ => null,
    };

    private static Gender? ParseGender(string value) => VietnameseText.Fold(value) switch
    {
        "nam" or "male" or "m" => Gender.Male,
        "nu" or "female" or "f" => Gender.Female,
        _ => null,
    };

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static RowError FileError(string message) => new(0, "", message);
}
