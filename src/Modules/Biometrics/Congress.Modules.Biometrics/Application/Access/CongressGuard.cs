using Congress.Modules.Biometrics.Domain.Templates;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Kernel;

namespace Congress.Modules.Biometrics.Application.Access;

/// <summary>The caller's subtree (ICongressAccess) and the congress's roster (IDelegateRoster), from Delegates.Contracts.</summary>
internal sealed class CongressGuard(ICongressAccess access, IDelegateRoster roster)
{
    public async Task<Result> CheckCongressAsync(Guid congressId, CancellationToken cancellationToken) =>
        await access.CanAccessAsync(congressId, cancellationToken) ? Result.Success() : FaceTemplateErrors.CongressNotFound;

    public async Task<Result<RosterEntry>> FindDelegateAsync(Guid congressId, Guid delegateId, CancellationToken cancellationToken)
    {
        if (!await access.CanAccessAsync(congressId, cancellationToken)) return FaceTemplateErrors.CongressNotFound;
        var entry = await roster.FindAsync(congressId, delegateId, cancellationToken);
        return entry is null ? FaceTemplateErrors.DelegateNotFound : entry;
    }
}
