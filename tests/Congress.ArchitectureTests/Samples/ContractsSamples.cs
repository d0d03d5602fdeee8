using Congress.Shared.Contracts;

// Contracts of a made-up module; RulesCatchViolationsTests expects exactly the *Leaks* type to be caught.
namespace Congress.ArchitectureTests.Samples.Contracts;

public sealed record OrderPlacedIntegrationEvent(Guid OrderId, IReadOnlyList<string> Lines) : IntegrationEvent;

/// <summary>Drags EF Core into its consumers, only inside a method body.</summary>
public sealed record OrderLeaksIntegrationEvent(Guid OrderId) : IntegrationEvent
{
    public static bool Stored() => typeof(Microsoft.EntityFrameworkCore.DbContext).IsAbstract;
}
