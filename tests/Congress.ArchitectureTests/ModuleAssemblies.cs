using System.Reflection;
using Mono.Cecil;

namespace Congress.ArchitectureTests;

/// <summary>Every module found next to the tests: its implementation assembly and its Contracts, by file name.</summary>
public static class ModuleAssemblies
{
    private static readonly string Folder = AppContext.BaseDirectory;

    public static IReadOnlyList<string> ImplementationFiles { get; } = Directory.GetFiles(Folder, "Congress.Modules.*.dll")
        .Where(f => !f.EndsWith(".Contracts.dll") && !f.EndsWith(".Tests.dll")).Order().ToList();

    public static IReadOnlyList<string> ContractFiles { get; } = Directory.GetFiles(Folder, "Congress.Modules.*.Contracts.dll").Order().ToList();

    public static IReadOnlyList<string> SharedFiles { get; } = Directory.GetFiles(Folder, "Congress.Shared.*.dll").Order().ToList();

    public static IReadOnlyList<Assembly> Implementations { get; } = ImplementationFiles.Select(Assembly.LoadFrom).ToList();

    /// <summary>"Delegates" for Congress.Modules.Delegates(.Contracts).</summary>
    public static string ModuleName(string assemblyName) => assemblyName.Split('.')[2];

    public static IReadOnlyList<string> References(string file)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(file);
        return assembly.MainModule.AssemblyReferences.Select(r => r.Name).ToList();
    }

    /// <summary>Every type a type's signatures and method bodies mention (Cecil: what the IL really uses).</summary>
    public static IEnumerable<(TypeDefinition Type, string Referenced)> TypeReferences(string file, Func<TypeDefinition, bool> selector)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(file);
        foreach (var type in assembly.MainModule.GetTypes().Where(selector))
        {
            var mentioned = new HashSet<string>();
            if (type.BaseType is not null) mentioned.Add(type.BaseType.FullName);
            foreach (var i in type.Interfaces) mentioned.Add(i.InterfaceType.FullName);
            foreach (var f in type.Fields) mentioned.Add(f.FieldType.FullName);
            foreach (var p in type.Properties) mentioned.Add(p.PropertyType.FullName);
            foreach (var m in type.Methods)
            {
                mentioned.Add(m.ReturnType.FullName);
                foreach (var p in m.Parameters) mentioned.Add(p.ParameterType.FullName);
                if (!m.HasBody) continue;
                foreach (var instruction in m.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case MethodReference method: mentioned.Add(method.DeclaringType.FullName); break;
                        case FieldReference field: mentioned.Add(field.DeclaringType.FullName); break;
                        case TypeReference typeReference: mentioned.Add(typeReference.FullName); break;
                    }
                }
            }
            foreach (var name in mentioned) yield return (type, name);
        }
    }
}
