using System.Text.Json;
using Congress.Shared.Contracts;

namespace Congress.Shared.Infrastructure.Outbox;

/// <summary>An integration event waiting in its publisher's outbox until every consumer has taken it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; private set; }
    public string Type { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTime OccurredAtUtc { get; private set; }
    public DateTime? ProcessedAtUtc { get; private set; }
    public int Attempts { get; private set; }
    public DateTime? NextAttemptAtUtc { get; private set; }
    public string? LastError { get; private set; }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutboxMessage From(IIntegrationEvent integrationEvent, DateTime nowUtc)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type, Json),
            OccurredAtUtc = nowUtc,
        };
    }

    public IIntegrationEvent Deserialize()
    {
        var type = System.Type.GetType(Type, throwOnError: true)!;
        return (IIntegrationEvent)JsonSerializer.Deserialize(Payload, type, Json)!;
    }

    public void MarkProcessed(DateTime nowUtc)
    {
        ProcessedAtUtc = nowUtc;
        LastError = null;
    }

    /// <summary>Exponential backoff, 2 s doubling up to 5 minutes; the message is never dropped.</summary>
    public void MarkFailed(DateTime nowUtc, string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAtUtc = nowUtc.AddSeconds(Math.Min(300, Math.Pow(2, Math.Min(Attempts, 9))));
    }
}

/// <summary>A consumer's record that it has handled a message: the second delivery is skipped.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public string Handler { get; init; } = "";
    public DateTime ProcessedAtUtc { get; init; }
}

/// <summary>Consumes another module's integration event. Runs in the consumer's own unit of work, at most once per message.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
