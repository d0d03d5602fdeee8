using Congress.Modules.Documents.Domain.Documents;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Ports;

/// <summary>What was read out of an uploaded file: its format (from its bytes), its text (NFC), its pages or sections.</summary>
internal sealed record InspectedDocument(FileFormat Format, string Text, int PageCount)
{
    public bool HasText => !string.IsNullOrWhiteSpace(Text);
}

/// <summary>
/// Checks an uploaded file and extracts its text: PDF (PdfPig, content order) or DOCX (Open XML, paragraphs, deleted tracked
/// changes skipped). Refuses, with a reason a person can read, a file of another type (by its bytes), a malformed one, a
/// bomb (too many pages, zip entries or inflated bytes) and a DOCX that reaches outside itself (external relationships).
/// </summary>
internal interface IDocumentInspector
{
    Result<InspectedDocument> Inspect(byte[] content);
}
