using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Shared.Infrastructure.Messaging;

/// <summary>
/// A request that changes state; like every request it declares who may send it (<see cref="IAuthorisedRequest"/>). The pipeline wraps it in its module's unit of work: one transaction,
/// domain events dispatched, outbox written, one audit entry appended, all committed together.
/// </summary>
public interface ICommand<TResponse> : IRequest<TResponse>, ICommandBase, IAuthorisedRequest where TResponse : Result;

/// <summary>A request that only reads.</summary>
public interface IQuery<TResponse> : IRequest<TResponse>, IAuthorisedRequest;

/// <summary>
/// A read that crowds repeat (a dashboard's roll-ups and lists, a level's PDF): the pipeline lets only a few run at once
/// and queues the rest (<see cref="ReadAdmissionBehavior{TRequest,TResponse}"/>), so that a crowd of readers cannot take
/// all the CPU from the writes. Its handler must not send another such query (it would wait for its own slot).
/// </summary>
public interface IDashboardQuery<TResponse> : IQuery<TResponse>;

public interface ICommandBase
{
    /// <summary>
    /// What the audit trail records of this command. By default the command itself; a command that
    /// carries a secret (a ballot's choices, a password) returns a redacted copy.
    /// </summary>
    object ToAuditPayload() => this;
}
