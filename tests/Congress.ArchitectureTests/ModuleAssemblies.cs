using System.Reflection;
using NetArchTest.Rules;

namespace Congress.ArchitectureTests;

/// <summary>Every module found next to the tests: its implementation assembly and its Contracts, by file name.</summary>
public static class ModuleAssemblies
{
    private static readonly string Folder = AppContext.BaseDirectory;

    /// <summary>Where NetArchTest's Mono.Cecil resolves base types and interfaces (MediatR, FluentValidation, …).</summary>
    private static readonly string[] SearchDirectories = [Folder];

    public static IReadOnlyList<string> ImplementationFiles { get; } = Directory.GetFiles(Folder, "Congress.Modules.*.dll")
        .Where(f => !f.EndsWith(".Contracts.dll") && !f.EndsWith(".Tests.dll")).Order().ToList();

    public static IReadOnlyList<string> ContractFiles { get; } = Directory.GetFiles(Folder, "Congress.Modules.*.Contracts.dll").Order().ToList();

    public static IReadOnlyList<string> SharedFiles { get; } = Directory.GetFiles(Folder, "Congress.Shared.*.dll").Order().ToList();

    public static IReadOnlyList<Assembly> Implementations { get; } = ImplementationFiles.Select(Assembly.LoadFrom).ToList();

    public static IReadOnlyList<Assembly> Contracts { get; } = ContractFiles.Select(Assembly.LoadFrom).ToList();

    public static IReadOnlyList<Assembly> Shared { get; } = SharedFiles.Select(Assembly.LoadFrom).ToList();

    /// <summary>"Delegates" for Congress.Modules.Delegates(.Contracts).</summary>
    public static string ModuleName(string assemblyName) => assemblyName.Split('.')[2];

    /// <summary>"Congress.Modules.Delegates": the root namespace of a module's implementation assembly.</summary>
    public static string Root(Assembly implementation) => implementation.GetName().Name!;

    public static IReadOnlyList<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(r => r.Name!).ToList();

    /// <summary>Every type of the assemblies as NetArchTest reads them: nested types included, and the compiler-generated
    /// ones (lambdas' closures, async and iterator state machines) folded into the type whose code they hold.</summary>
    public static Types TypesOf(params IEnumerable<Assembly> assemblies) => Types.InAssemblies(assemblies, SearchDirectories);
}
