using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Domain.DiscussionGroups;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.DiscussionGroups.AssignDelegateToGroup;

internal sealed class AssignDelegateToGroupCommandHandler(DelegatesDbContext db, DelegateFinder finder)
    : IRequestHandler<AssignDelegateToGroupCommand, Result>
{
    public async Task<Result> Handle(AssignDelegateToGroupCommand command, CancellationToken cancellationToken)
    {
        var found = await finder.FindAsync(command.DelegateId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var groupId = new DiscussionGroupId(command.GroupId);
        if (!await db.DiscussionGroups.AnyAsync(g => g.Id == groupId && g.CongressId == found.Value.Congress.Id, cancellationToken))
            return Error.NotFound("delegates.group.not_found", "Không tìm thấy tổ thảo luận trong đại hội này.");
        found.Value.Delegate.AssignToGroup(groupId);
        return Result.Success();
    }
}
