using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Delegates.GetDelegate;

internal sealed record GetDelegateQuery(Guid DelegateId) : IQuery<Result<DelegateDto>>;
