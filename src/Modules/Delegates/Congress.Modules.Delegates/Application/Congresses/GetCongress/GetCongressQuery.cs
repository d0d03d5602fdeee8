using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Congresses.GetCongress;

internal sealed record GetCongressQuery(Guid CongressId) : IQuery<Result<CongressDetailDto>>;
