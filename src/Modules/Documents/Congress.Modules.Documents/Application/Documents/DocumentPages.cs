using System.Text;

namespace Congress.Modules.Documents.Application.Documents;

/// <summary>One page of a version's text (a PDF page), or — for text without pages (DOCX, or a PDF stored before pages were
/// marked) — one passage of whole paragraphs; numbered from 1.</summary>
internal sealed record TextPage(int Number, string Text);

/// <summary>
/// How a version's extracted text is cut for search: the inspector separates a PDF's pages by a form feed on a line of its
/// own (<see cref="Separator"/>, the plain-text page break; <see cref="DocumentStore.Sections"/> does not see it), so a hit
/// names its page and its snippet is drawn from that page alone. Text without page breaks is cut into passages of whole
/// paragraphs of about <see cref="PassageCharacters"/> characters, so that no snippet re-reads a whole long document; such
/// hits name no page. The index and the snippet cut the same text the same way.
/// </summary>
internal static class DocumentPages
{
    public const char Break = '\f';
    public const string Separator = "\n\n\f\n\n";
    public const int PassageCharacters = 4000;

    public static bool HasPages(string text) => text.Contains(Break);

    public static string Join(IEnumerable<string> pages) => string.Join(Separator, pages);

    public static IReadOnlyList<TextPage> Of(string text)
    {
        if (HasPages(text))
            return text.Split(Break).Select((page, i) => new TextPage(i + 1, page.Trim())).ToList();

        var passages = new List<TextPage>();
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length == 0) return;
            passages.Add(new TextPage(passages.Count + 1, current.ToString()));
            current.Clear();
        }
        foreach (var section in DocumentStore.Sections(text))
        {
            for (var rest = section.AsMemory(); rest.Length > 0;)
            {
                var piece = rest;
                if (piece.Length > PassageCharacters) // one huge paragraph: cut at a space
                {
                    var cut = piece.Span[..PassageCharacters].LastIndexOf(' ');
                    piece = piece[..(cut > 0 ? cut : PassageCharacters)];
                }
                if (current.Length > 0 && current.Length + piece.Length > PassageCharacters) Flush();
                if (current.Length > 0) current.Append("\n\n");
                current.Append(piece.Span.Trim());
                rest = rest[piece.Length..].TrimStart();
            }
        }
        Flush();
        return passages.Count > 0 ? passages : [new TextPage(1, text.Trim())];
    }
}
