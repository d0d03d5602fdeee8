using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.DiscussionGroups.ListDiscussionGroups;

internal sealed record ListDiscussionGroupsQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<DiscussionGroupDto>>>;
