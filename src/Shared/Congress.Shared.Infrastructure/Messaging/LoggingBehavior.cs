using System.Diagnostics;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Congress.Shared.Infrastructure.Messaging;

internal sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response is Result { Error: { } error })
                logger.LogInformation("{Request} refused in {ElapsedMs:F1} ms: {ErrorCode}", name, elapsed, error.Code);
            else
                logger.LogDebug("{Request} handled in {ElapsedMs:F1} ms", name, elapsed);
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Request} failed after {ElapsedMs:F1} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
