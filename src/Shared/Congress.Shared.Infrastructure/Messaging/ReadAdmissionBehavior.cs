using MediatR;
using Microsoft.Extensions.Configuration;

namespace Congress.Shared.Infrastructure.Messaging;

/// <summary>
/// Admits <see cref="IDashboardQuery{TResponse}"/> requests a few at a time; the others wait their turn, in order.
/// Without it, 200 officials reloading their dashboards on PostgreSQL filled the thread pool's queue and the database's
/// connections, and the one progress writer, whose every round trip queued behind hundreds of reads, fell to 27 updates a
/// second with half a second per update (the roll-ups' "within 1 s" broken); the reads finish no sooner for all running
/// at once on two cores. Section <c>Requests</c>, <c>DashboardReadsInFlight</c> (default: twice the processors).
/// </summary>
internal sealed class ReadAdmissionBehavior<TRequest, TResponse>(ReadAdmission admission) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IDashboardQuery<TResponse>) return await next();
        await admission.Slots.WaitAsync(cancellationToken);
        try
        {
            return await next();
        }
        finally
        {
            admission.Slots.Release();
        }
    }
}

/// <summary>The host's slots for dashboard reads (<see cref="ReadAdmissionBehavior{TRequest,TResponse}"/>).</summary>
public sealed class ReadAdmission(int inFlight)
{
    internal SemaphoreSlim Slots { get; } = new(inFlight, inFlight);

    /// <summary><c>Requests:DashboardReadsInFlight</c> when it is set above zero, else twice the processors (at least 2).</summary>
    public static ReadAdmission FromConfiguration(IConfiguration configuration) =>
        new(configuration.GetValue<int?>("Requests:DashboardReadsInFlight") is > 0 and var slots ? slots : Math.Max(2, 2 * Environment.ProcessorCount));
}
