using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Delegates.Application.Delegates.UpdateDelegate;

internal sealed class UpdateDelegateCommandHandler(DelegateFinder finder, DelegateProfiles profiles)
    : IRequestHandler<UpdateDelegateCommand, Result<DelegateDto>>
{
    public async Task<Result<DelegateDto>> Handle(UpdateDelegateCommand command, CancellationToken cancellationToken)
    {
        var found = await finder.FindAsync(command.DelegateId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var (congress, delegateToEdit) = found.Value;
        if (await profiles.CodeTakenAsync(congress.Id, command.Delegate.Code, delegateToEdit.Id, cancellationToken) is { } taken) return taken;
        var profile = await profiles.FromInputAsync(congress, command.Delegate, cancellationToken);
        if (profile.IsFailure) return profile.Error!;

        var updated = delegateToEdit.Update(profile.Value, profiles.Today);
        if (updated.IsFailure) return updated.Error!;
        delegateToEdit.AssignSeat(command.Delegate.Seat);
        return DelegateDto.From(delegateToEdit);
    }
}
