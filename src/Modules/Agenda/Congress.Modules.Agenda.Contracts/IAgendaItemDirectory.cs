namespace Congress.Modules.Agenda.Contracts;

/// <summary>What another module may ask Agenda about an agenda item: which congress it belongs to (null: no such item).</summary>
public interface IAgendaItemDirectory
{
    Task<Guid?> CongressOfItemAsync(Guid itemId, CancellationToken cancellationToken);
}
