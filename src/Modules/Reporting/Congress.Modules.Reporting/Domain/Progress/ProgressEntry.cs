using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Domain.Progress;

/// <summary>What an organisation's officials enter for its congress: the plan, the stage dates, the results.</summary>
internal sealed record ProgressEntry(
    DateOnly? PlannedPreparatoryOn, DateOnly? PlannedCongressOn,
    DateOnly? DocumentsDraftedOn, DateOnly? PersonnelPlanApprovedOn, DateOnly? PreparatorySessionOn, DateOnly? CongressHeldOn, DateOnly? ResultsApprovedOn,
    int? DelegatesSummoned, int? DelegatesPresent,
    int? CommitteeSeats, int? CommitteeElected, string? SecretaryName, IReadOnlyList<string> DeputyNames,
    int? HigherDelegateSeats, int? HigherDelegatesElected,
    IReadOnlyList<ElectedEntry> Elected)
{
    public static readonly ProgressEntry Empty = new(null, null, null, null, null, null, null, null, null, null, null, null, [], null, null, []);

    public DateOnly?[] StageDates => [DocumentsDraftedOn, PersonnelPlanApprovedOn, PreparatorySessionOn, CongressHeldOn, ResultsApprovedOn];
}

/// <param name="Body">"Committee" (the executive committee elected) or "HigherCongress" (delegates to the congress above).</param>
/// <param name="Role">For the committee: "Secretary", "Deputy" or "Member".</param>
/// <param name="BirthYear">Optional; the age band is the congress's year less this.</param>
/// <param name="Gender">Optional: "Female"/"Nữ" or "Male"/"Nam".</param>
/// <param name="Ethnicity">Optional: the ethnic group's name ("Kinh", "Tày", …); any other than Kinh counts as an ethnic minority.</param>
/// <param name="Education">Optional professional level: "PostGraduate" (sau đại học), "University" (đại học) or "BelowUniversity" (dưới đại học).</param>
/// <param name="PoliticalTheory">Optional: "Advanced" (cao cấp), "Intermediate" (trung cấp) or "Basic" (sơ cấp).</param>
internal sealed record ElectedEntry(string Body, string FullName, int Votes, string? Role = null,
    int? BirthYear = null, string? Gender = null, string? Ethnicity = null, string? Education = null, string? PoliticalTheory = null);

internal static class ElectedBodies
{
    public const string Committee = "Committee";
    public const string HigherCongress = "HigherCongress";
    public static readonly string[] All = [Committee, HigherCongress];
}

/// <summary>The rules a report's figures obey, whoever entered them (officials, an import, the platform).</summary>
internal static class ProgressRules
{
    public static Error Invalid(string code, string message) => new($"reporting.report.{code}", message);

    /// <param name="sizeMayComeFromPlatform">
    /// True for an entry not yet merged with the report (the request's validator): a committee list without the number
    /// elected is let through, as the platform may hold that number; the merged entry is checked again, strictly.
    /// </param>
    /// <returns>The first broken rule, or null.</returns>
    public static Error? Check(ProgressEntry e, bool sizeMayComeFromPlatform = false)
    {
        var dates = e.StageDates;
        for (var i = 1; i < dates.Length; i++)
        {
            if (dates[i] is null) continue;
            if (dates[i - 1] is null) return Invalid("stage_order", $"Giai đoạn {i + 1} không thể có ngày khi giai đoạn {i} chưa có.");
            if (dates[i] < dates[i - 1]) return Invalid("stage_dates", $"Ngày của giai đoạn {i + 1} sớm hơn ngày của giai đoạn {i}.");
        }
        if (Negative(e.DelegatesSummoned, e.DelegatesPresent, e.CommitteeSeats, e.CommitteeElected, e.HigherDelegateSeats, e.HigherDelegatesElected))
            return Invalid("negative", "Số liệu không được âm.");
        if (e.DelegatesPresent > e.DelegatesSummoned)
            return Invalid("present_over_summoned", $"Số đại biểu có mặt ({e.DelegatesPresent}) nhiều hơn số được triệu tập ({e.DelegatesSummoned}).");
        if (e.CommitteeElected > e.CommitteeSeats)
            return Invalid("elected_over_seats", $"Số cấp ủy viên trúng cử ({e.CommitteeElected}) nhiều hơn số được bầu ({e.CommitteeSeats}).");
        if (e.HigherDelegatesElected > e.HigherDelegateSeats)
            return Invalid("delegates_over_seats", $"Số đại biểu dự đại hội cấp trên trúng cử ({e.HigherDelegatesElected}) nhiều hơn số được phân bổ ({e.HigherDelegateSeats}).");
        var electedAnything = e.CommitteeElected is > 0 || e.HigherDelegatesElected is > 0 || e.Elected.Count > 0 || !string.IsNullOrWhiteSpace(e.SecretaryName);
        if (electedAnything && e.CongressHeldOn is null)
            return Invalid("results_before_congress", "Chưa có ngày đại hội chính thức thì chưa có kết quả bầu cử.");
        if (e.DeputyNames.Count > 0 && e.DeputyNames.Count >= (e.CommitteeElected ?? int.MaxValue))
            return Invalid("deputies", "Số phó bí thư phải ít hơn số cấp ủy viên trúng cử.");
        foreach (var person in e.Elected)
        {
            if (!ElectedBodies.All.Contains(person.Body)) return Invalid("elected_body", $"\"{person.Body}\" không phải là Committee hay HigherCongress.");
            if (string.IsNullOrWhiteSpace(person.FullName)) return Invalid("elected_name", "Người trúng cử phải có họ tên.");
            if (person.Votes < 0) return Invalid("votes", "Số phiếu không được âm.");
            if (person.Votes > e.DelegatesPresent) return Invalid("votes_over_present", $"{person.FullName}: số phiếu ({person.Votes}) nhiều hơn số đại biểu có mặt ({e.DelegatesPresent}).");
            if (MemberProfile.Check(person, e.CongressHeldOn) is { } profile) return profile;
        }
        var committee = e.Elected.Count(p => p.Body == ElectedBodies.Committee);
        if (committee > (e.CommitteeSeats ?? int.MaxValue) || committee > (e.CommitteeElected ?? int.MaxValue))
            return Invalid("elected_over_seats", $"Danh sách có {committee} cấp ủy viên, nhiều hơn số trúng cử/được bầu.");
        // A committee list, when given, names every member elected: its structure is then that of the whole committee.
        if (committee > 0 && (e.CommitteeElected is { } size ? size != committee : !sizeMayComeFromPlatform))
            return Invalid("committee_count", $"Danh sách có {committee} cấp ủy viên nhưng số cấp ủy viên trúng cử là {e.CommitteeElected?.ToString() ?? "chưa nhập"}; danh sách phải đủ và đúng số trúng cử.");
        var higher = e.Elected.Count(p => p.Body == ElectedBodies.HigherCongress);
        if (higher > (e.HigherDelegateSeats ?? int.MaxValue) || higher > (e.HigherDelegatesElected ?? int.MaxValue))
            return Invalid("delegates_over_seats", $"Danh sách có {higher} đại biểu dự đại hội cấp trên, nhiều hơn số trúng cử/được phân bổ.");
        return null;
    }

    private static bool Negative(params int?[] values) => values.Any(v => v < 0);
}
