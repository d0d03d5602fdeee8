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

public interface ICommandBase
{
    /// <summary>
    /// What the audit trail records of this command. By default the command itself; a command that
    /// carries a secret (a ballot's choices, a password) returns a redacted copy.
    /// </summary>
    object ToAuditPayload() => this;
}
