using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Credentials.ApproveCredentials;

internal sealed record ApproveCredentialsCommand(Guid DelegateId) : ICommand<Result>;
