using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Mono.Cecil;
using NetArchTest.Rules;

namespace Congress.ArchitectureTests;

// NetArchTest's custom rules hand us its Mono.Cecil TypeDefinition: the few rules its fluent API cannot say are written
// here against those, with no Mono.Cecil of our own (docs/adr/0015-netarchtest.md).

/// <summary>Records every type that reaches it and lets it through: what a rule really selected.</summary>
internal sealed class Seen : ICustomRule
{
    private readonly List<string> names = [];

    public IReadOnlyList<string> Names => names;

    public bool MeetsRule(TypeDefinition type)
    {
        names.Add(type.FullName);
        return true;
    }
}

/// <summary>Every type.</summary>
internal sealed class Anything : ICustomRule
{
    public bool MeetsRule(TypeDefinition type) => true;
}

/// <summary>Case-sensitive name match (NetArchTest's HaveNameMatching ignores case).</summary>
internal sealed class NameMatches(string pattern) : ICustomRule
{
    private readonly Regex regex = new(pattern, RegexOptions.CultureInvariant);

    public bool MeetsRule(TypeDefinition type) => regex.IsMatch(type.Name);
}

/// <summary>
/// The type, or a base type, implements the interface (an open generic matches every closed one). NetArchTest's own
/// ImplementInterface reads only the type's own interface list and misses what a base class brings.
/// </summary>
internal sealed class Implements(Type @interface) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type) => Interfaces(type).Any(i => i.GetElementType().FullName == @interface.FullName);

    /// <summary>Every interface of the type and its bases, and the interfaces those interfaces extend.</summary>
    public static IEnumerable<TypeReference> Interfaces(TypeDefinition type) =>
        Declared(type).SelectMany(i => (TryResolve(i)?.Interfaces.Select(x => x.InterfaceType) ?? Enumerable.Empty<TypeReference>()).Prepend(i));

    /// <summary>The definition behind a reference, or null where its assembly is not at hand.</summary>
    public static TypeDefinition? TryResolve(TypeReference reference)
    {
        try
        {
            return reference.Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }

    /// <summary>The interfaces the type and its bases list, as written there (C# lists every inherited interface, closed).</summary>
    private static IEnumerable<TypeReference> Declared(TypeDefinition type)
    {
        for (var current = type; current is not null; current = current.BaseType is null ? null : TryResolve(current.BaseType))
            foreach (var implementation in current.Interfaces)
                yield return implementation.InterfaceType;
    }

    /// <summary>The generic arguments of every closing of <paramref name="openGeneric"/> the type implements.</summary>
    public static IEnumerable<IReadOnlyList<TypeReference>> Closings(TypeDefinition type, Type openGeneric) =>
        Declared(type).OfType<GenericInstanceType>().Where(i => i.ElementType.FullName == openGeneric.FullName)
            .Select(i => (IReadOnlyList<TypeReference>)i.GenericArguments.ToList()).DistinctBy(a => string.Join(",", a.Select(t => t.FullName)));
}

/// <summary>A handler handles exactly one request, the one it is named after: CastBallotCommandHandler handles CastBallotCommand.</summary>
internal sealed class HandlesItsNamesake(Type handlerInterface) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type)
    {
        var handled = Implements.Closings(type, handlerInterface).ToList();
        return handled.Count == 1 && handled[0][0].Name + "Handler" == type.Name;
    }
}

/// <summary>A validator validates the request it is named after: CastBallotCommandValidator is an AbstractValidator&lt;CastBallotCommand&gt;.</summary>
internal sealed class ValidatesItsNamesake(Type validatorBase) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type)
    {
        for (var current = type.BaseType; current is not null; current = Implements.TryResolve(current)?.BaseType)
            if (current is GenericInstanceType generic && generic.ElementType.FullName == validatorBase.FullName)
                return generic.GenericArguments[0].Name + "Validator" == type.Name;
        return false;
    }
}

/// <summary>
/// A request's name says what it is: an IQuery is a …Query, an ICommand a …Command, and a raw IRequest (state-changing
/// but deliberately outside the audited unit of work, like CastBallotCommand) a …Command too; a …Query is never anything but an IQuery.
/// </summary>
internal sealed class KindMatchesName(Type query, Type command) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type)
    {
        var interfaces = Implements.Interfaces(type).Select(i => i.GetElementType().FullName).ToHashSet();
        var isQuery = interfaces.Contains(query.FullName!);
        var isCommand = interfaces.Contains(command.FullName!);
        return type.Name.EndsWith("Query") ? isQuery && !isCommand : type.Name.EndsWith("Command") && !isQuery;
    }
}

/// <summary>
/// The type imports a native function: a DllImport, or the P/Invoke stub LibraryImport generates — also when it sits in
/// a lambda's closure or a state machine (compiler-generated nested types, which NetArchTest does not select on their own).
/// </summary>
internal sealed class ImportsNativeFunctions : ICustomRule
{
    public bool MeetsRule(TypeDefinition type) =>
        type.Methods.Any(m => m.IsPInvokeImpl)
        || type.NestedTypes.Any(n => n.CustomAttributes.Any(a => a.AttributeType.FullName == typeof(CompilerGeneratedAttribute).FullName) && MeetsRule(n));
}
