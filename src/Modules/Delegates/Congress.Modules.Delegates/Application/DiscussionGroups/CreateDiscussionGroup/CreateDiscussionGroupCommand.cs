using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.DiscussionGroups.CreateDiscussionGroup;

internal sealed record CreateDiscussionGroupCommand(Guid CongressId, int Number, string Name, string? Location) : ICommand<Result<Guid>>;
