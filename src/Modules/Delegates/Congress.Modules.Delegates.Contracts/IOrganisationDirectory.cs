namespace Congress.Modules.Delegates.Contracts;

/// <summary>
/// The one synchronous read other modules may make of Delegates: may this caller's organisation see that one?
/// Every module scopes its data by the organisation of the congress it belongs to.
/// </summary>
public interface IOrganisationDirectory
{
    /// <summary>True when <paramref name="organisationId"/> is <paramref name="scopeRootId"/> or lies below it.</summary>
    Task<bool> IsWithinAsync(Guid scopeRootId, Guid organisationId, CancellationToken cancellationToken);

    /// <summary>The id of the organisation with this code, if any.</summary>
    Task<Guid?> FindByCodeAsync(string code, CancellationToken cancellationToken);

    /// <summary>The organisation that holds a congress, or null if there is no such congress.</summary>
    Task<Guid?> CongressOrganisationAsync(Guid congressId, CancellationToken cancellationToken);

    /// <summary>The congress a delegate is summoned to, or null if there is no such delegate (Identity links accounts to delegates).</summary>
    Task<Guid?> DelegateCongressAsync(Guid delegateId, CancellationToken cancellationToken);

    /// <summary>
    /// Every organisation of the tree, parents before children (ordered by path): Reporting keeps its own read model of
    /// the tree for its roll-ups from it, never reading this module's tables.
    /// </summary>
    Task<IReadOnlyList<OrganisationNode>> ListTreeAsync(CancellationToken cancellationToken);

    /// <summary>One organisation of the tree, or null when there is none with this id (Reporting asks for one it has not heard of yet).</summary>
    Task<OrganisationNode?> FindNodeAsync(Guid organisationId, CancellationToken cancellationToken);
}

/// <summary>One organisation of the tree as other modules see it.</summary>
/// <param name="Level">Centre, Province, District, Commune, AgencyCommittee, Grassroots or Cell.</param>
/// <param name="Path">The ids from the root down, "/{id:N}/{id:N}/": a subtree is a prefix.</param>
public sealed record OrganisationNode(Guid Id, Guid? ParentId, string Code, string Name, string Level, string Path);
