using Congress.Modules.Delegates.Application.Access;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Delegates.Application.Delegates.RegisterDelegate;

internal sealed class RegisterDelegateCommandHandler(DelegatesDbContext db, SubtreeScope scope, DelegateProfiles profiles)
    : IRequestHandler<RegisterDelegateCommand, Result<DelegateDto>>
{
    public async Task<Result<DelegateDto>> Handle(RegisterDelegateCommand command, CancellationToken cancellationToken)
    {
        var congress = await scope.FindCongressAsync(command.CongressId, cancellationToken);
        if (congress.IsFailure) return congress.Error!;
        if (await profiles.CodeTakenAsync(congress.Value.Id, command.Delegate.Code, null, cancellationToken) is { } taken) return taken;
        var profile = await profiles.FromInputAsync(congress.Value, command.Delegate, cancellationToken);
        if (profile.IsFailure) return profile.Error!;

        var registered = CongressDelegate.Register(congress.Value.Id, profile.Value, profiles.Today);
        if (registered.IsFailure) return registered.Error!;
        registered.Value.AssignSeat(command.Delegate.Seat);
        db.Delegates.Add(registered.Value);
        return DelegateDto.From(registered.Value);
    }
}
