using PdfSharp.Fonts;

namespace Congress.Shared.Infrastructure.Pdf;

/// <summary>
/// PDFsharp's core build resolves no system fonts on Linux: this hands it Noto Sans (Debian's fonts-noto-core) or
/// DejaVu Sans (fonts-dejavu-core) from disk, or the pair found in <c>Pdf:FontDirectory</c>. One resolver for the process.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Congress Sans";
    private static readonly object Gate = new();
    private readonly string _regular;
    private readonly string _bold;

    private PdfFonts(string regular, string bold) => (_regular, _bold) = (regular, bold);

    public static void Install(string? directory)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is PdfFonts) return;
            string[] candidates = directory is { Length: > 0 } ? [directory] : ["/usr/share/fonts/truetype/noto", "/usr/share/fonts/truetype/dejavu"];
            foreach (var dir in candidates)
                foreach (var (regular, bold) in new[] { ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"), ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf") })
                    if (File.Exists(Path.Combine(dir, regular)) && File.Exists(Path.Combine(dir, bold)))
                    {
                        GlobalFontSettings.FontResolver = new PdfFonts(Path.Combine(dir, regular), Path.Combine(dir, bold));
                        return;
                    }
            throw new InvalidOperationException(
                $"No font for PDF documents: install Debian's fonts-noto-core or set Pdf:FontDirectory (looked in {string.Join(", ", candidates)}).");
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? "bold" : "regular", mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(faceName == "bold" ? _bold : _regular);
}
