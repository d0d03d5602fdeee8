using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Delegates.Application.Credentials.RejectCredentials;

internal sealed class RejectCredentialsCommandHandler(DelegateFinder finder, ICurrentUser user, IClock clock)
    : IRequestHandler<RejectCredentialsCommand, Result>
{
    public async Task<Result> Handle(RejectCredentialsCommand command, CancellationToken cancellationToken)
    {
        var found = await finder.FindAsync(command.DelegateId, cancellationToken);
        return found.IsFailure ? found.Error! : found.Value.Delegate.RejectCredentials(command.Reason, user.UserName, clock.UtcNow);
    }
}
