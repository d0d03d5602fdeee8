using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Congresses.ScheduleCongress;

internal sealed record ScheduleCongressCommand(
    Guid OrganisationId, string Name, int TermStartYear, int TermEndYear, DateOnly StartsOn, DateOnly EndsOn, int DelegateQuota)
    : ICommand<Result<CongressDto>>;
