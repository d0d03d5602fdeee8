using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Access;

/// <summary>
/// What the pipeline's congress scope cannot know: a delegate's tablet account reads the programme of the congress the
/// delegate is summoned to, not of every congress of its organisation. Officials pass (the pipeline checked their subtree).
/// </summary>
internal sealed class AgendaAccess(ICurrentUser user, IOrganisationDirectory directory)
{
    public static readonly Error CongressNotFound = Error.NotFound("access.not_found", "Không tìm thấy đại hội.");

    public async Task<Error?> CheckReaderAsync(Guid congressId, CancellationToken cancellationToken)
    {
        if (user.DelegateId is not { } delegateId || AgendaRoles.ReadRecords.Any(user.IsInRole)) return null;
        return await directory.DelegateCongressAsync(delegateId, cancellationToken) == congressId ? null : CongressNotFound;
    }
}
