using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.TraceWatermark;

/// <summary>Who received a copy: from its watermark id (<c>WM-…</c>), or from the leaked file itself (the id is read out of it).</summary>
internal sealed record TraceWatermarkQuery(string? Code, byte[]? LeakedFile = null) : IQuery<Result<WatermarkTraceDto>>
{
    /// <summary>The subtree is checked by the handler, against the watermarked document's congress.</summary>
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Trace, AccessScope.CallerSubtree);
}
