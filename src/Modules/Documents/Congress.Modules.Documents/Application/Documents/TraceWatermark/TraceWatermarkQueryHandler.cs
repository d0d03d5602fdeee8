using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Documents.TraceWatermark;

internal sealed class TraceWatermarkQueryHandler(DocumentsDbContext db, IWatermarkStamper stamper, IDocumentInspector inspector, ISubtreeAccess subtree)
    : IRequestHandler<TraceWatermarkQuery, Result<WatermarkTraceDto>>
{
    public static readonly Error NotFound = Error.NotFound("documents.watermark.not_found", "Không tìm thấy mã bản sao này.");

    public async Task<Result<WatermarkTraceDto>> Handle(TraceWatermarkQuery query, CancellationToken cancellationToken)
    {
        var raw = query.Code;
        if (string.IsNullOrWhiteSpace(raw) && query.LeakedFile is { Length: > 0 } file)
        {
            var inspected = inspector.Inspect(file);
            if (inspected.IsFailure) return inspected.Error!;
            raw = stamper.ReadCode(file, inspected.Value.Format);
            if (raw is null) return new Error("documents.watermark.none", "Tệp này không mang mã bản sao.");
        }
        if (WatermarkCodes.Normalise(raw) is not { } code) return new Error("documents.watermark.code", "Mã bản sao không hợp lệ (dạng WM-XXXXXXXXXX).");
        var watermark = await db.Watermarks.AsNoTracking().FirstOrDefaultAsync(w => w.Code == code, cancellationToken);
        if (watermark is null) return NotFound;
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == watermark.DocumentId, cancellationToken);
        if (document is null || !await subtree.IncludesCongressAsync(document.CongressId, cancellationToken)) return NotFound;
        return new WatermarkTraceDto(watermark.Code, document.Id.Value, document.Title, watermark.VersionNumber, watermark.Recipient,
            watermark.RecipientUserId, watermark.RecipientDelegateId, watermark.Purpose, watermark.IssuedAtUtc);
    }
}
