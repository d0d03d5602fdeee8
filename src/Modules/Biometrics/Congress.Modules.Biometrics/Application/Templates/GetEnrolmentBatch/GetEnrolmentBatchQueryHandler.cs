using Congress.Modules.Biometrics.Application.Access;
using Congress.Modules.Biometrics.Domain.Templates;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Biometrics.Application.Templates.GetEnrolmentBatch;

internal sealed class GetEnrolmentBatchQueryHandler(BiometricsDbContext db, CongressGuard guard) : IRequestHandler<GetEnrolmentBatchQuery, Result<EnrolmentBatchDto>>
{
    public async Task<Result<EnrolmentBatchDto>> Handle(GetEnrolmentBatchQuery query, CancellationToken cancellationToken)
    {
        var notFound = Error.NotFound("biometrics.batch.not_found", "Không tìm thấy đợt đăng ký ảnh này.");
        var batch = await db.Batches.AsNoTracking().Where(b => b.Id == new EnrolmentBatchId(query.BatchId))
            .Select(b => new EnrolmentBatchDto(b.Id.Value, b.CongressId, b.FileName, b.Status, b.Total, b.Processed, b.Enrolled, b.Problems, b.CreatedAtUtc, b.FinishedAtUtc))
            .FirstOrDefaultAsync(cancellationToken);
        if (batch is null) return notFound;
        return (await guard.CheckCongressAsync(batch.CongressId, cancellationToken)).IsSuccess ? batch : notFound;
    }
}
