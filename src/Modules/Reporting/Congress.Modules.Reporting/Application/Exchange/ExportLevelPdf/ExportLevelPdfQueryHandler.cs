using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Modules.Reporting.Application.Tree;
using Congress.Modules.Reporting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Reporting.Application.Exchange.ExportLevelPdf;

internal sealed class ExportLevelPdfQueryHandler(ReplicaReads<ReportingDbContext> reads, OrganisationTree tree, ILevelReportPrinter printer)
    : IRequestHandler<ExportLevelPdfQuery, Result<byte[]>>
{
    public async Task<Result<byte[]>> Handle(ExportLevelPdfQuery query, CancellationToken cancellationToken)
    {
        if (await RollupReads.OrganisationAsync(reads, tree, query.OrganisationId, cancellationToken) is not { } organisation) return ProgressReports.UnknownOrganisation;
        var rollup = await RollupReads.RollupAsync(reads, organisation, cancellationToken);
        var children = await RollupReads.ChildrenAsync(reads.Db, organisation.Id, cancellationToken);
        return printer.Print(rollup, children);
    }
}

/// <summary>Draws a level's report (Infrastructure/Printing: PDFsharp through the shared PdfPageWriter).</summary>
internal interface ILevelReportPrinter
{
    byte[] Print(RollupDto rollup, IReadOnlyList<Rollups.ListChildren.ChildRollupDto> children);
}
