namespace Congress.Modules.Agenda.Contracts;

/// <summary>An agenda item as other modules name it: its session's title and day, its number in the session and its title.</summary>
public sealed record AgendaItemEntry(Guid ItemId, string Session, DateOnly Day, int Number, string Title);

/// <summary>What another module may ask Agenda about agenda items. Callers authorise first: this answers whatever it is asked.</summary>
public interface IAgendaItemDirectory
{
    /// <summary>The congress an item belongs to (null: no such item).</summary>
    Task<Guid?> CongressOfItemAsync(Guid itemId, CancellationToken cancellationToken);

    /// <summary>The congress's items in programme order (sessions by day, items by number).</summary>
    Task<IReadOnlyList<AgendaItemEntry>> ListAsync(Guid congressId, CancellationToken cancellationToken);
}
