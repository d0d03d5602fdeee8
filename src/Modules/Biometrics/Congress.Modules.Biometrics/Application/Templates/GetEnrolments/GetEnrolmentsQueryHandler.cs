using Congress.Modules.Biometrics.Application.Access;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Biometrics.Application.Templates.GetEnrolments;

internal sealed class GetEnrolmentsQueryHandler(CongressGuard guard, IDelegateRoster roster, BiometricsDbContext db)
    : IRequestHandler<GetEnrolmentsQuery, Result<IReadOnlyList<EnrolmentDto>>>
{
    public async Task<Result<IReadOnlyList<EnrolmentDto>>> Handle(GetEnrolmentsQuery query, CancellationToken cancellationToken)
    {
        var allowed = await guard.CheckCongressAsync(query.CongressId, cancellationToken);
        if (allowed.IsFailure) return allowed.Error!;
        var delegates = (await roster.ListAsync(query.CongressId, cancellationToken)).ToDictionary(d => d.DelegateId);
        var templates = await db.Templates.AsNoTracking().Where(t => t.CongressId == query.CongressId)
            .Select(t => new { t.DelegateId, t.FaceSize, t.DetectionScore, t.SpoofScore, t.EnrolledAtUtc, t.EnrolledBy }).ToListAsync(cancellationToken);
        IReadOnlyList<EnrolmentDto> list = templates
            .Select(t => delegates.TryGetValue(t.DelegateId, out var d)
                ? new EnrolmentDto(t.DelegateId, d.Code, d.FullName, t.FaceSize, t.DetectionScore, t.SpoofScore, t.EnrolledAtUtc, t.EnrolledBy)
                : new EnrolmentDto(t.DelegateId, "?", "?", t.FaceSize, t.DetectionScore, t.SpoofScore, t.EnrolledAtUtc, t.EnrolledBy))
            .OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
        return Result.Success(list);
    }
}
