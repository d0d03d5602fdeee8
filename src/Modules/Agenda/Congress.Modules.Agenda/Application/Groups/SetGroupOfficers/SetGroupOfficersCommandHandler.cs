using Congress.Modules.Agenda.Domain.Groups;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Groups.SetGroupOfficers;

internal sealed class SetGroupOfficersCommandHandler(GroupRoster roster, AgendaDbContext db) : IRequestHandler<SetGroupOfficersCommand, Result<int>>
{
    public async Task<Result<int>> Handle(SetGroupOfficersCommand command, CancellationToken cancellationToken)
    {
        var group = (await roster.ListAsync(command.CongressId, cancellationToken)).FirstOrDefault(g => g.Entry.GroupId == command.GroupId);
        if (group is null) return AgendaErrors.GroupNotFound;
        if (new[] { command.ChairDelegateId, command.SecretaryDelegateId }.Any(id => id is { } person && !group.Entry.MemberIds.Contains(person)))
            return AgendaErrors.NotAGroupMember;
        var officers = group.Officers;
        if (officers is null) db.GroupOfficers.Add(officers = GroupOfficers.For(command.CongressId, command.GroupId));
        var appointed = officers.Appoint(command.Version, command.ChairDelegateId, command.SecretaryDelegateId);
        return appointed.IsSuccess ? officers.Version : appointed.Error!;
    }
}
