using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Domain.DiscussionGroups;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Delegates.Application.DiscussionGroups.CreateDiscussionGroup;

internal sealed class CreateDiscussionGroupCommandHandler(DelegatesDbContext db, SubtreeScope scope)
    : IRequestHandler<CreateDiscussionGroupCommand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateDiscussionGroupCommand command, CancellationToken cancellationToken)
    {
        var congress = await scope.FindCongressAsync(command.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        if (await db.DiscussionGroups.AnyAsync(g => g.CongressId == congress.Value.Id && g.Number == command.Number, cancellationToken))
            return Error.Conflict("delegates.group.number_taken", $"Đã có tổ thảo luận số {command.Number}.");
        var group = DiscussionGroup.Create(congress.Value.Id, command.Number, command.Name, command.Location);
        if (group.IsFailure) return group.Error!;
        db.DiscussionGroups.Add(group.Value);
        return group.Value.Id.Value;
    }
}
