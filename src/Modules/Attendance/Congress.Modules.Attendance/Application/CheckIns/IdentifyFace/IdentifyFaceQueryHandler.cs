using Congress.Modules.Attendance.Application.Access;
using Congress.Modules.Biometrics.Contracts;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Attendance.Application.CheckIns.IdentifyFace;

/// <summary>
/// Biometrics may not run here (module off, models or native libraries missing): IFaceRecognition is resolved optionally
/// and its absence is the answer Unavailable, so the kiosk falls back to the QR badge.
/// </summary>
internal sealed class IdentifyFaceQueryHandler(AttendanceAccess access, IServiceProvider services)
    : IRequestHandler<IdentifyFaceQuery, Result<FaceMatchDto>>
{
    public const string UnavailableReason = "Nhận diện khuôn mặt chưa sẵn sàng — dùng mã QR (face recognition unavailable — use the QR badge).";

    public async Task<Result<FaceMatchDto>> Handle(IdentifyFaceQuery query, CancellationToken cancellationToken)
    {
        var congress = await access.CheckCongressAsync(query.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        if (services.GetService<IFaceRecognition>() is not { } faces)
            return new FaceMatchDto(nameof(FaceMatchOutcome.Unavailable), null, 0, null, UnavailableReason);
        var match = await faces.IdentifyAsync(query.CongressId, query.Image, cancellationToken);
        var reason = match.Outcome == FaceMatchOutcome.Unavailable && string.IsNullOrWhiteSpace(match.Reason) ? UnavailableReason : match.Reason;
        return new FaceMatchDto(match.Outcome.ToString(), match.DelegateId, match.Similarity, match.LivenessScore, reason);
    }
}
