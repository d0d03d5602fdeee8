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
}
