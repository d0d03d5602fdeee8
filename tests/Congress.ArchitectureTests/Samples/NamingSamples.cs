using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using FluentValidation;
using MediatR;

// Requests, handlers and validators, some named or shaped wrongly on purpose; RulesCatchViolationsTests expects
// exactly the ones marked "caught" to fail their rule.
namespace Congress.ArchitectureTests.Samples.Naming;

internal static class SampleAccess
{
    public static readonly RequestAccess Anyone = new([], AccessScope.Anyone);
}

internal sealed record ApproveOrderCommand(Guid OrderId) : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => SampleAccess.Anyone;
}

internal sealed record GetOrderQuery(Guid OrderId) : IQuery<int>
{
    RequestAccess IAuthorisedRequest.Access => SampleAccess.Anyone;
}

/// <summary>A raw IRequest that changes state (like CastBallotCommand): named …Command; caught by the access rule only.</summary>
internal sealed record ShipOrderCommand(Guid OrderId) : IRequest<int>;

/// <summary>Caught (naming): a query that is a command.</summary>
internal sealed record ListOrdersQuery : ICommand<Result>
{
    RequestAccess IAuthorisedRequest.Access => SampleAccess.Anyone;
}

/// <summary>Caught (naming): neither …Command nor …Query.</summary>
internal sealed record ArchiveOrder(Guid OrderId) : IQuery<int>
{
    RequestAccess IAuthorisedRequest.Access => SampleAccess.Anyone;
}

internal abstract record OrderRequest : IRequest<int>;

/// <summary>Caught (naming and access): its IRequest comes from its base, which NetArchTest's ImplementInterface does not see.</summary>
internal sealed record RenameOrder(string Name) : OrderRequest;

internal sealed class ApproveOrderCommandHandler : IRequestHandler<ApproveOrderCommand, Result>
{
    public Task<Result> Handle(ApproveOrderCommand request, CancellationToken cancellationToken) => Task.FromResult(Result.Success());
}

/// <summary>Caught: not …CommandHandler.</summary>
internal sealed class ShipOrderHandler : IRequestHandler<ShipOrderCommand, int>
{
    public Task<int> Handle(ShipOrderCommand request, CancellationToken cancellationToken) => Task.FromResult(1);
}

/// <summary>Caught: named after a query, handles a command.</summary>
internal sealed class GetOrderQueryHandler : IRequestHandler<ApproveOrderCommand, Result>
{
    public Task<Result> Handle(ApproveOrderCommand request, CancellationToken cancellationToken) => Task.FromResult(Result.Success());
}

/// <summary>Caught: not sealed.</summary>
internal class ListOrdersQueryHandler : IRequestHandler<ListOrdersQuery, Result>
{
    public Task<Result> Handle(ListOrdersQuery request, CancellationToken cancellationToken) => Task.FromResult(Result.Success());
}

internal sealed class ApproveOrderCommandValidator : AbstractValidator<ApproveOrderCommand>
{
    public ApproveOrderCommandValidator() => RuleFor(c => c.OrderId).NotEmpty();
}

/// <summary>Caught: validates a part, not a request (use ChildRules inside the request's validator instead).</summary>
internal sealed class OrderLineValidator : AbstractValidator<Guid>;

/// <summary>Caught: named after another request than the one it validates.</summary>
internal sealed class GetOrderQueryValidator : AbstractValidator<ApproveOrderCommand>;
