using Congress.Modules.Agenda.Domain.Programme;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Domain.Bodies;

internal readonly record struct BodyMemberId(Guid Value) : ITypedId
{
    public static BodyMemberId New() => new(Guid.NewGuid());
}

/// <summary>A member of one of the congress's bodies (presidium, secretariat, credentials board), as elected on an agenda item.</summary>
internal sealed class BodyMember : Entity<BodyMemberId>
{
    private BodyMember() { }

    public Guid CongressId { get; private set; }
    public CongressBody Body { get; private set; }
    public ItemId ItemId { get; private set; }
    public int Position { get; private set; }
    public string Code { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public Guid? DelegateId { get; private set; }
    public DateTime ElectedAtUtc { get; private set; }

    public static BodyMember Elected(AgendaItem item, CongressBody body, int position, string code, string fullName, Guid? delegateId, DateTime nowUtc) => new()
    {
        Id = BodyMemberId.New(), CongressId = item.CongressId, Body = body, ItemId = item.Id, Position = position, Code = code,
        FullName = fullName, DelegateId = delegateId, ElectedAtUtc = nowUtc,
    };
}

/// <summary>Agenda's settings for one congress.</summary>
internal sealed class AgendaSettings
{
    private AgendaSettings() { }

    public Guid CongressId { get; private set; }

    /// <summary>Only delegates Attendance has in the hall may be called to speak.</summary>
    public bool RequirePresenceToSpeak { get; private set; }

    public static AgendaSettings For(Guid congressId) => new() { CongressId = congressId };

    public void RequirePresence(bool required) => RequirePresenceToSpeak = required;
}
