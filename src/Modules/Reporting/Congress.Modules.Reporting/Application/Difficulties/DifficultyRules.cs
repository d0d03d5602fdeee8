using Congress.Modules.Reporting.Domain.Difficulties;
using FluentValidation;

namespace Congress.Modules.Reporting.Application.Difficulties;

/// <summary>The rule every text of a difficulty's thread obeys, shared by the validators: counted as stored (NFC, trimmed).</summary>
internal static class DifficultyRules
{
    public static IRuleBuilderOptions<T, string> ThreadText<T>(this IRuleBuilder<T, string> rule, bool required, string what) => rule
        .Must(t => !required || DifficultyText.Clean(t).Length > 0).WithMessage($"Cần nhập {what}.")
        .Must(t => DifficultyText.Clean(t).Length <= DifficultyText.BodyMax).WithMessage($"{Capital(what)} dài quá {DifficultyText.BodyMax} ký tự.")
        .Must(t => DifficultyText.Printable(t)).WithMessage($"{Capital(what)} có ký tự điều khiển không hợp lệ.");

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
