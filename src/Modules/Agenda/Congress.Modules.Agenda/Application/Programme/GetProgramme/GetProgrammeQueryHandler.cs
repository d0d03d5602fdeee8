using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Programme.GetProgramme;

internal sealed class GetProgrammeQueryHandler(ProgrammeReader reader, AgendaAccess access) : IRequestHandler<GetProgrammeQuery, Result<ProgrammeDto>>
{
    public async Task<Result<ProgrammeDto>> Handle(GetProgrammeQuery query, CancellationToken cancellationToken)
    {
        if (await access.CheckReaderAsync(query.CongressId, cancellationToken) is { } refused) return refused;
        return await reader.ReadAsync(query.CongressId, cancellationToken);
    }
}
