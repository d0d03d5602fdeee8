using Congress.Modules.Attendance;
using Congress.Modules.Biometrics;
using Congress.Modules.Delegates;
using Congress.Modules.Documents;
using Congress.Modules.Identity;
using Congress.Modules.Voting;
using Congress.Shared.Infrastructure.Modules;

namespace Congress.Host.Composition;

/// <summary>
/// The modules this host runs, in order (migrations and demo data follow it). A new module is one line here;
/// <c>Modules:&lt;Name&gt;:Enabled=false</c> switches one off.
/// </summary>
internal static class ModuleCatalog
{
    public static IReadOnlyList<IModule> Enabled(IConfiguration configuration) =>
        All().Where(m => configuration.GetValue($"Modules:{m.Name}:Enabled", true)).ToList();

    private static IEnumerable<IModule> All() =>
    [
        new DelegatesModule(),
        new IdentityModule(),
        new VotingModule(),
        new BiometricsModule(),
        new AttendanceModule(),
        new DocumentsModule(),
    ];
}
