namespace Congress.Shared.Infrastructure.Security;

/// <summary>
/// A request that says who may send it and what it touches. Every command and query is one (<c>ICommand</c> and
/// <c>IQuery</c> extend it); <see cref="Messaging.AuthorisationBehavior{TRequest,TResponse}"/> enforces the declaration
/// before validation, whichever path the request came by: REST, the portal, a command-line verb or a job.
/// </summary>
public interface IAuthorisedRequest
{
    RequestAccess Access { get; }
}

/// <param name="Roles">The roles that may send the request; a caller with none of them is refused (403).</param>
/// <param name="Scope">What the request touches; outside the caller's subtree it is "not found" (404).</param>
public sealed record RequestAccess(IReadOnlyList<string> Roles, AccessScope Scope);

/// <summary>What a request touches, so that the pipeline can check it lies in the caller's subtree of the organisation tree.</summary>
public abstract record AccessScope
{
    private AccessScope() { }

    /// <summary>One congress: its organisation must be the caller's or lie below it.</summary>
    public static AccessScope Congress(Guid congressId) => new CongressScope(congressId);

    /// <summary>One organisation of the tree: the caller's or one below it.</summary>
    public static AccessScope Organisation(Guid organisationId) => new OrganisationScope(organisationId);

    /// <summary>
    /// A thing that belongs to a congress (a poll, a roll-call session, a delegate, an import): the module that owns the
    /// kind registers an <see cref="IResourceLocator"/> that names its congress.
    /// </summary>
    public static AccessScope Resource(string kind, Guid id) => new ResourceScope(kind, id);

    /// <summary>A list with no single target: its handler reads only the caller's subtree.</summary>
    public static readonly AccessScope CallerSubtree = new CallerSubtreeScope();

    /// <summary>The signed-in delegate acting on their own record (their ballot, their receipts); the handler takes the delegate from the caller, never from the request.</summary>
    public static readonly AccessScope OwnDelegate = new OwnDelegateScope();

    /// <summary>No sign-in needed: signing in itself. <see cref="RequestAccess.Roles"/> is then empty.</summary>
    public static readonly AccessScope Anyone = new AnyoneScope();

    public sealed record CongressScope(Guid CongressId) : AccessScope;
    public sealed record OrganisationScope(Guid OrganisationId) : AccessScope;
    public sealed record ResourceScope(string Kind, Guid Id) : AccessScope;
    public sealed record CallerSubtreeScope : AccessScope;
    public sealed record OwnDelegateScope : AccessScope;
    public sealed record AnyoneScope : AccessScope;
}

/// <summary>Names the congress a module's resource belongs to, for the pipeline's subtree check. Registered keyed by the kind.</summary>
public interface IResourceLocator
{
    /// <returns>The congress, or null when there is no such resource.</returns>
    Task<Guid?> CongressOfAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>
/// The caller's subtree of the organisation tree, answered by the module that owns the tree (Delegates). A system
/// administrator's subtree is the whole tree; a caller with no organisation has none.
/// </summary>
public interface ISubtreeAccess
{
    Task<bool> IncludesCongressAsync(Guid congressId, CancellationToken cancellationToken);
    Task<bool> IncludesOrganisationAsync(Guid organisationId, CancellationToken cancellationToken);
}

/// <summary>
/// Thrown by the authorisation step when the request's response is not a <c>Result</c> it could fail with; the host
/// answers it with the error's ProblemDetails and the portal with its message.
/// </summary>
public sealed class RequestRefusedException(Kernel.Error error) : Exception(error.Message)
{
    public Kernel.Error Error { get; } = error;
}
