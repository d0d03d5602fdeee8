using Congress.Modules.Attendance.Application.CheckIns.RecordCheckIn;
using Congress.Modules.Attendance.Infrastructure.Persistence;
using Congress.Modules.Biometrics.Contracts;
using Congress.Shared.Infrastructure.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Attendance.Application.Gates;

/// <summary>
/// Drives each configured entrance camera into the ledger: frames sampled and identified by Biometrics
/// (<see cref="IGateCameras"/>: liveness, threshold, margin), a recognised delegate checked in through
/// <see cref="RecordCheckInCommand"/> as the system (audited, once: the ledger answers "already inside" to a repeat).
/// A camera that drops is reconnected by the camera source; a stream that ends or fails is started again.
/// </summary>
internal sealed class EntranceGates(GateBoard board, IOptions<AttendanceOptions> options, IServiceProvider services,
    IServiceScopeFactory scopes, IClock clock, ILogger<EntranceGates> logger) : BackgroundService
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var gates = options.Value.Gates.Where(g => !string.IsNullOrWhiteSpace(g.Name) && !string.IsNullOrWhiteSpace(g.Source)).ToList();
        foreach (var gate in gates) board.Set(new GateStatus(gate.Name, gate.Source, gate.CongressId, "Starting", null, null, 0, 0, null));
        return Task.WhenAll(gates.Select(g => Task.Run(() => RunAsync(g, stoppingToken), stoppingToken)));
    }

    private async Task RunAsync(GateSettings gate, CancellationToken stop)
    {
        if (services.GetService<IGateCameras>() is not { } cameras)
        {
            board.Update(gate.Name, g => g with { State = "Unavailable", LastMessage = "Mô-đun nhận diện khuôn mặt không chạy; dùng mã QR (face recognition is not running)." });
            return;
        }
        var camera = new GateCamera(gate.Name, gate.Source, gate.FramesPerSecond, gate.Width, gate.Height, gate.Loop);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var congressId = gate.CongressId ?? await CongressInSessionAsync(stop);
                if (congressId is not { } admitting)
                {
                    board.Update(gate.Name, g => g with { State = "WaitingForSession", CongressId = null, LastMessage = "Chưa có phiên họp nào đang mở (no session open)." });
                    await Task.Delay(Pause, stop);
                    continue;
                }
                board.Update(gate.Name, g => g with { CongressId = admitting, State = "NoSignal", LastMessage = "Đang kết nối máy ảnh (connecting the camera)." });
                await foreach (var sighting in cameras.WatchAsync(admitting, camera, stop))
                {
                    board.Update(gate.Name, g => g with { State = "Connected", LastFrameUtc = sighting.AtUtc, Frames = g.Frames + 1 });
                    if (sighting.Match is { Outcome: FaceMatchOutcome.Recognised, DelegateId: { } delegateId }
                        && !board.SentRecently(gate.Name, delegateId, sighting.AtUtc, TimeSpan.FromSeconds(gate.RepeatAfterSeconds)))
                    {
                        if (await CheckInAsync(gate, admitting, delegateId, sighting.Match.Similarity, stop))
                            board.MarkSent(gate.Name, delegateId, sighting.AtUtc);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Gate {Gate}: the camera loop failed; starting again", gate.Name);
                board.Update(gate.Name, g => g with { LastMessage = "Lỗi máy ảnh, đang kết nối lại (camera error, reconnecting)." });
            }
            try { await Task.Delay(Pause, stop); } catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>True when the ledger took the entry (recorded, or the delegate was already inside).</summary>
    private async Task<bool> CheckInAsync(GateSettings gate, Guid congressId, Guid delegateId, float similarity, CancellationToken stop)
    {
        // A scope of its own and no HTTP request: the caller is the system (the gate is the installation's own device).
        await using var scope = scopes.CreateAsyncScope();
        var recorded = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new RecordCheckInCommand(congressId, delegateId, "Entry", "Face", null, gate.Name, null, similarity), stop);
        board.Update(gate.Name, g => recorded.IsSuccess
            ? g with { CheckIns = g.CheckIns + (recorded.Value.Outcome == "Recorded" ? 1 : 0), LastCheckInUtc = clock.UtcNow, LastMessage = recorded.Value.Message }
            : g with { LastMessage = recorded.Error!.Message });
        return recorded.IsSuccess;
    }

    /// <summary>The one congress of this installation with an open session; none (or several: ambiguous) → null.</summary>
    private async Task<Guid?> CongressInSessionAsync(CancellationToken stop)
    {
        await using var scope = scopes.CreateAsyncScope();
        var open = await scope.ServiceProvider.GetRequiredService<AttendanceDbContext>().Sessions.AsNoTracking()
            .Where(s => s.ClosedAtUtc == null).Select(s => s.CongressId).Distinct().Take(2).ToListAsync(stop);
        return open.Count == 1 ? open[0] : null;
    }
}
