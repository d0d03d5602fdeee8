using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Shared.Infrastructure.Messaging;

/// <summary>
/// Wraps every <see cref="ICommand{TResponse}"/> in its own module's unit of work. A failed
/// <see cref="Result"/> or an exception leaves nothing written: no half-applied change, no audit entry.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IServiceProvider services)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommandBase command) return await next();

        var unitOfWork = services.GetRequiredKeyedService<IModuleUnitOfWork>(ModuleKey.Of(typeof(TRequest)));
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var response = await next();
        if (response is Result { IsFailure: true })
        {
            unitOfWork.DiscardChanges();
            return response;
        }
        await transaction.CommitAsync(typeof(TRequest).Name, command.ToAuditPayload(), cancellationToken);
        return response;
    }
}
