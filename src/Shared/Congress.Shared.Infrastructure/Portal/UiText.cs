using System.Globalization;

namespace Congress.Shared.Infrastructure.Portal;

/// <summary>
/// The portal speaks Vietnamese first and English second. Components write both texts side by side,
/// <c>Ui.T("Đại biểu", "Delegates")</c>, so a reader of one component sees every string it shows.
/// The culture comes from the request (cookie <c>.congress.lang</c>), set by the host.
/// </summary>
public static class Ui
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string vietnamese, string english) => IsEnglish ? english : vietnamese;

    /// <summary>Money in Vietnamese đồng: "1.250.000 ₫".</summary>
    public static string Vnd(long amount) => amount.ToString("#,0", Vietnamese) + " ₫";

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy") ?? "";

    /// <summary>A moment as officials in the hall read it: Asia/Ho_Chi_Minh, "dd/MM/yyyy HH:mm".</summary>
    public static string Time(DateTime utc) => Congress.Shared.Infrastructure.Time.VietnamTime.Format(utc);

    public static string Number(long value) => value.ToString("#,0", Vietnamese);

    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
}
