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

/// <summary>
/// The size of the national tree the <c>seed-national</c> verb builds: <see cref="Scale"/> 1 is the whole country
/// (34 provinces, ~3,300 communes and wards, ~60,000 grassroots organisations); a smaller scale keeps the 34 provinces
/// and fewer communes in each (at least one), for tests.
/// </summary>
public sealed record NationalSize(double Scale)
{
    public static readonly NationalSize Country = new(1.0);
}

/// <summary>
/// Loads a module's part of the national tree (<c>seed-national</c>), after the demo seeders, in the host's module order.
/// Every seeder is first asked whether it would refuse, before any of them writes anything.
/// </summary>
public interface INationalSeeder
{
    /// <returns>Null when this module may seed; otherwise why not (already seeded, or data it would clash with).</returns>
    Task<string?> RefusalAsync(NationalSize size, CancellationToken cancellationToken);

    Task SeedAsync(NationalSize size, TextWriter output, CancellationToken cancellationToken);
}
