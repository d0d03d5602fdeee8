using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Shared.Infrastructure.Messaging;

public static class MediatorRegistration
{
    /// <summary>
    /// MediatR 5.1.0 over the built-in container (docs/adr/0002): the mediator resolves handlers through a
    /// <see cref="ServiceFactory"/> delegate; behaviours run logging → admission (dashboard reads only) → authorisation →
    /// validation → transaction.
    /// </summary>
    public static IServiceCollection AddCongressMediator(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped<Security.RequestAuthoriser>();
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ReadAdmissionBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorisationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));
        return services;
    }

    /// <summary>
    /// Registers a module's request handlers and event handlers (scoped), and its validators, found with Scrutor.
    /// Validators are singletons: they hold nothing but their rules, and building the rules (expression trees) for
    /// every request cost more than the rest of casting a ballot.
    /// </summary>
    public static IServiceCollection AddHandlersFrom(this IServiceCollection services, Assembly assembly)
    {
        services.Scan(scan => scan.FromAssemblies(assembly)
            .AddClasses(c => c.AssignableToAny(
                    typeof(IRequestHandler<,>),
                    typeof(Persistence.IDomainEventHandler<>),
                    typeof(Outbox.IIntegrationEventHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithSingletonLifetime());
        return services;
    }
}
