using System.Globalization;
using System.Text;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Domain.Progress;

/// <summary>
/// The optional attributes of an elected committee member that the structure statistics count: birth year, gender,
/// ethnicity, professional level, political theory. Each may be absent ("not stated", never guessed); a value given is
/// read in English or Vietnamese (case and diacritics ignored) and kept in its canonical English form.
/// </summary>
internal static class MemberProfile
{
    public const string Female = "Female", Male = "Male";
    public const string PostGraduate = "PostGraduate", University = "University", BelowUniversity = "BelowUniversity";
    public const string Advanced = "Advanced", Intermediate = "Intermediate", Basic = "Basic";
    public const int EarliestBirthYear = 1900;

    private static readonly Dictionary<string, string> Genders = new()
    {
        ["female"] = Female, ["nu"] = Female, ["f"] = Female, ["male"] = Male, ["nam"] = Male, ["m"] = Male,
    };

    private static readonly Dictionary<string, string> Educations = new()
    {
        ["postgraduate"] = PostGraduate, ["sau dai hoc"] = PostGraduate, ["thac si"] = PostGraduate, ["tien si"] = PostGraduate,
        ["university"] = University, ["dai hoc"] = University, ["cu nhan"] = University, ["ky su"] = University,
        ["belowuniversity"] = BelowUniversity, ["duoi dai hoc"] = BelowUniversity, ["cao dang"] = BelowUniversity,
        ["trung cap"] = BelowUniversity, ["so cap"] = BelowUniversity, ["pho thong"] = BelowUniversity,
    };

    private static readonly Dictionary<string, string> Theories = new()
    {
        ["advanced"] = Advanced, ["cao cap"] = Advanced, ["cu nhan"] = Advanced,
        ["intermediate"] = Intermediate, ["trung cap"] = Intermediate,
        ["basic"] = Basic, ["so cap"] = Basic,
    };

    public static string? Gender(string? text) => Lookup(Genders, text);
    public static string? Education(string? text) => Lookup(Educations, text);
    public static string? Theory(string? text) => Lookup(Theories, text);
    public static string? Ethnicity(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Kinh is the majority; any other group named is an ethnic minority; null: not stated.</summary>
    public static bool? IsMinority(string? ethnicity) => ethnicity is null ? null : Key(ethnicity) != "kinh";

    /// <summary>The first attribute of <paramref name="person"/> that cannot be read, or a birth year after the congress.</summary>
    public static Error? Check(ElectedEntry person, DateOnly? congressOn)
    {
        static Error Bad(string code, string message) => ProgressRules.Invalid(code, message);
        if (person.BirthYear is { } year && (year < EarliestBirthYear || year > (congressOn?.Year ?? int.MaxValue)))
            return Bad("birth_year", $"{person.FullName}: năm sinh {year} không hợp lệ (sau năm đại hội hoặc trước {EarliestBirthYear}).");
        if (!string.IsNullOrWhiteSpace(person.Gender) && Gender(person.Gender) is null)
            return Bad("gender", $"{person.FullName}: giới tính \"{person.Gender}\" phải là Nam/Nữ (Male/Female).");
        if (!string.IsNullOrWhiteSpace(person.Education) && Education(person.Education) is null)
            return Bad("education", $"{person.FullName}: trình độ chuyên môn \"{person.Education}\" phải là Sau đại học, Đại học hoặc Dưới đại học.");
        if (!string.IsNullOrWhiteSpace(person.PoliticalTheory) && Theory(person.PoliticalTheory) is null)
            return Bad("political_theory", $"{person.FullName}: lý luận chính trị \"{person.PoliticalTheory}\" phải là Cao cấp, Trung cấp hoặc Sơ cấp.");
        if (person.Ethnicity is { Length: > 100 })
            return Bad("ethnicity", $"{person.FullName}: tên dân tộc quá dài.");
        return null;
    }

    /// <summary>The age band at the congress: 0 under 35, 1 from 35 to 50, 2 from 51 to 60, 3 over 60; null when not stated.</summary>
    public static int? AgeBand(int? birthYear, DateOnly? congressOn)
    {
        if (birthYear is not { } year || congressOn is not { } on) return null;
        var age = on.Year - year;
        return age < 35 ? 0 : age <= 50 ? 1 : age <= 60 ? 2 : 3;
    }

    private static string? Lookup(Dictionary<string, string> table, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : table.GetValueOrDefault(Key(text));

    /// <summary>Lower case, no diacritics (đ → d), single spaces.</summary>
    public static string Key(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
        return string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
