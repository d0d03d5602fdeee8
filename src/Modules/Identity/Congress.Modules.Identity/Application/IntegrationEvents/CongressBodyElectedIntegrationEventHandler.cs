using Congress.Modules.Agenda.Contracts;
using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Identity.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Outbox;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

using Congress.Modules.Identity.Application.Accounts;

namespace Congress.Modules.Identity.Application.IntegrationEvents;

/// <summary>
/// The congress elected its secretariat or its credentials board (Agenda). After a ballot (Voting's published result) the
/// members' tablet accounts get the body's role in the portal from their next sign-in; a show of hands recorded by the
/// chair grants nothing (the recorder would otherwise hand out powers it may not hold itself — docs/adr/0030). Either
/// way, an account that had the role from an earlier election of that body and is no longer in it loses it, and its
/// sign-ins end. The presidium has no role of its own in the portal. Roles an account was given otherwise are never
/// touched. Committed with an audit entry by the inbox.
/// </summary>
internal sealed class CongressBodyElectedIntegrationEventHandler(IdentityDbContext db, IOrganisationDirectory directory, IAccountSessionCache sessions)
    : IIntegrationEventHandler<CongressBodyElectedIntegrationEvent>
{
    public static string? RoleOf(string body) => body switch
    {
        "Secretariat" => Roles.Secretariat,
        "CredentialsBoard" => Roles.CredentialsBoard,
        _ => null,
    };

    public async Task HandleAsync(CongressBodyElectedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (RoleOf(integrationEvent.Body) is not { } role) return;
        var members = integrationEvent.DelegateIds.ToHashSet();
        if (integrationEvent.ByBallot)
            foreach (var account in await db.Accounts.Where(a => a.DelegateId != null && members.Contains(a.DelegateId.Value)).ToListAsync(cancellationToken))
                account.GrantElectedRole(role);

        // Earlier members of this congress's body who were not elected again.
        var earlier = await db.Accounts.Where(a => a.DelegateId != null && !members.Contains(a.DelegateId.Value) && a.ElectedRolesText.Contains(role)).ToListAsync(cancellationToken);
        var signedOut = new List<Guid>();
        foreach (var account in earlier)
        {
            if (await directory.DelegateCongressAsync(account.DelegateId!.Value, cancellationToken) != integrationEvent.CongressId) continue;
            if (account.WithdrawElectedRole(role)) signedOut.Add(account.Id.Value);
        }
        // forgotten once the new stamp is committed: forgetting before could let a request cache the old one again
        db.AfterCommit(_ =>
        {
            foreach (var id in signedOut) sessions.Forget(id);
            return Task.CompletedTask;
        });
    }
}
