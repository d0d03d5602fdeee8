using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Delegates.RegisterDelegate;

internal sealed record RegisterDelegateCommand(Guid CongressId, DelegateInput Delegate) : ICommand<Result<DelegateDto>>;
