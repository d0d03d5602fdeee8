using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Delegates.Application.Credentials.ApproveCredentials;

internal sealed class ApproveCredentialsCommandHandler(DelegateFinder finder, ICurrentUser user, IClock clock)
    : IRequestHandler<ApproveCredentialsCommand, Result>
{
    public async Task<Result> Handle(ApproveCredentialsCommand command, CancellationToken cancellationToken)
    {
        var found = await finder.FindAsync(command.DelegateId, cancellationToken);
        return found.IsFailure ? found.Error! : found.Value.Delegate.ApproveCredentials(user.UserName, clock.UtcNow);
    }
}
