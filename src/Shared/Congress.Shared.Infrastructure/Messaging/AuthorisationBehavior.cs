using System.Reflection;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Shared.Infrastructure.Messaging;

/// <summary>
/// The one place requests are authorised (CONVENTIONS: logging → admission → authorisation → validation → transaction): the
/// request's own <see cref="IAuthorisedRequest.Access"/> is checked before anything else looks at it. A request that
/// declares nothing is refused outright, so a forgotten declaration fails closed (and an architecture test names it).
/// </summary>
internal sealed class AuthorisationBehavior<TRequest, TResponse>(RequestAuthoriser authoriser) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly Func<Error, TResponse>? Failure = FailureFactory();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IAuthorisedRequest authorised)
            throw new InvalidOperationException($"{typeof(TRequest).Name} does not declare who may send it (IAuthorisedRequest).");
        if (await authoriser.CheckAsync(authorised.Access, cancellationToken) is not { } refusal) return await next();
        return Failure is { } fail ? fail(refusal) : throw new RequestRefusedException(refusal);
    }

    /// <summary>A refusal is a failed <see cref="Result"/> when the response is one, so callers handle it like any other failure.</summary>
    private static Func<Error, TResponse>? FailureFactory()
    {
        var type = typeof(TResponse);
        if (type == typeof(Result)) return error => (TResponse)(object)Result.Failure(error);
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Result<>)) return null;
        var failure = type.GetMethod(nameof(Result.Failure), BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly, [typeof(Error)])!;
        return error => (TResponse)failure.Invoke(null, [error])!;
    }
}
