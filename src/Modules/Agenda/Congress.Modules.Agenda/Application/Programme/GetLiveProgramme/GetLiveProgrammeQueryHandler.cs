using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Application.Live;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Programme.GetLiveProgramme;

internal sealed class GetLiveProgrammeQueryHandler(ProgrammeWatch watch, AgendaAccess access) : IRequestHandler<GetLiveProgrammeQuery, Result<LiveProgrammeDto>>
{
    public async Task<Result<LiveProgrammeDto>> Handle(GetLiveProgrammeQuery query, CancellationToken cancellationToken)
    {
        if (await access.CheckReaderAsync(query.CongressId, cancellationToken) is { } refused) return refused;
        var snapshot = await watch.SnapshotAsync(query.CongressId, cancellationToken);
        var latest = snapshot.Changes.Count == 0 ? 0 : snapshot.Changes[^1].AtUtc.Ticks;
        if (query.Since is not { } since) return new LiveProgrammeDto(snapshot.Programme, [], latest);
        var unseen = snapshot.Changes.Where(c => c.AtUtc.Ticks > since).ToList();
        return new LiveProgrammeDto(snapshot.Programme, unseen, Math.Max(since, latest));
    }
}
