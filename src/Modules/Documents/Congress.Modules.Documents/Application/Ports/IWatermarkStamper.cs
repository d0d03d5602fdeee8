using Congress.Modules.Documents.Domain.Documents;

namespace Congress.Modules.Documents.Application.Ports;

/// <summary>What is written onto a delivered copy.</summary>
internal sealed record WatermarkLabel(string Code, string Recipient, DateTime IssuedAtUtc);

/// <summary>
/// Marks a copy for its recipient: a PDF gets a line of text on every page and the id in its document information; a DOCX
/// gets a footer paragraph and the id in its core properties.
/// </summary>
internal interface IWatermarkStamper
{
    byte[] Stamp(byte[] content, FileFormat format, WatermarkLabel label);

    /// <summary>The watermark id a copy carries, if any (to trace a leaked file).</summary>
    string? ReadCode(byte[] content, FileFormat format);
}
