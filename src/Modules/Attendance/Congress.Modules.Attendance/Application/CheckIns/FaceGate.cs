using Congress.Modules.Attendance.Application.CheckIns.IdentifyFace;
using Congress.Modules.Attendance.Application.CheckIns.RecordCheckIn;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Attendance.Application.CheckIns;

/// <param name="Face">What the face recognition answered.</param>
/// <param name="CheckIn">The ledger's answer, when the face was recognised; null otherwise.</param>
/// <param name="Message">What the kiosk shows: the greeting, or why not and what to do instead.</param>
internal sealed record FaceCheckInDto(FaceMatchDto Face, CheckInDto? CheckIn, string Message);

/// <summary>
/// One frame from a kiosk: identify (a read, not audited: a kiosk sends a frame a second), and only when a delegate was
/// recognised, record the entry (a command, audited, one transaction, published through the outbox).
/// </summary>
internal sealed class FaceGate(IMediator mediator)
{
    public async Task<Result<FaceCheckInDto>> CheckInAsync(Guid congressId, ReadOnlyMemory<byte> image, string? gate, string? scanKey, CancellationToken cancellationToken)
    {
        var identified = await mediator.Send(new IdentifyFaceQuery(congressId, image), cancellationToken);
        if (identified.IsFailure) return identified.Error!;
        var face = identified.Value;
        if (face is not { Outcome: "Recognised", DelegateId: { } delegateId })
            return new FaceCheckInDto(face, null, face.Outcome == "Unavailable" ? $"{face.Reason} → dùng mã QR" : face.Reason);

        var recorded = await mediator.Send(new RecordCheckInCommand(congressId, delegateId, "Entry", "Face", null, gate, scanKey, face.Similarity), cancellationToken);
        if (recorded.IsFailure) return recorded.Error!;
        return new FaceCheckInDto(face, recorded.Value, recorded.Value.Message);
    }
}
