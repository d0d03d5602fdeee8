namespace Congress.Shared.Infrastructure.Hosting;

/// <summary>
/// An operator's command-line verb (<c>dotnet Congress.Host.dll create-admin …</c>), contributed by a module.
/// Runs with the system as the caller; returns the process exit code.
/// </summary>
public interface ICliVerb
{
    string Name { get; }
    string Usage { get; }
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}

/// <summary>Loads a module's part of the demo congress. Seeders run in the host's module order; each skips if its data exists.</summary>
public interface IDemoSeeder
{
    Task SeedAsync(TextWriter output, CancellationToken cancellationToken);
}
