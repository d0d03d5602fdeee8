using System.Globalization;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Campaigns.LaunchCampaign;

/// <summary>
/// The per-unit targets as the committee types them in the portal: one unit per line, "Đoàn đại biểu xã Kim Sơn; 200.000.000"
/// (a semicolon or a tab before the amount; dots, commas or spaces group the thousands). Every line is checked, and every
/// broken one named, before anything is launched.
/// </summary>
internal static class UnitTargets
{
    public static Result<IReadOnlyList<UnitTargetInput>> Parse(string? text)
    {
        var units = new List<UnitTargetInput>();
        var problems = new List<string>();
        var lines = (text ?? "").Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var cut = line.LastIndexOfAny([';', '\t']);
            var digits = cut < 0 ? "" : new string(line[(cut + 1)..].Where(c => c is not ('.' or ',' or ' ' or '\u00A0')).ToArray());
            if (cut <= 0 || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var target))
                problems.Add($"Dòng {i + 1}: cần \"tên đơn vị; số tiền\" (line {i + 1}: expected \"unit; amount\").");
            else
                units.Add(new UnitTargetInput(line[..cut].Trim(), target));
        }
        if (problems.Count > 0) return new Error("fundraising.campaign.unit_targets", string.Join(" ", problems));
        return Result.Success<IReadOnlyList<UnitTargetInput>>(units);
    }
}
