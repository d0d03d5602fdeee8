using System.Reflection;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using FluentValidation;
using MediatR;
using NetArchTest.Rules;

namespace Congress.ArchitectureTests;

/// <summary>What a rule selected (type names, nested ones with '/') and which of those broke it.</summary>
public sealed record Verdict(IReadOnlyList<string> Selected, IReadOnlyList<string> Failing);

/// <summary>
/// The rules of docs/CONVENTIONS.md as NetArchTest rules, each over a selection the caller scopes: the tests run them
/// over the real assemblies (ModuleBoundaryTests) and over deliberately broken samples (RulesCatchViolationsTests).
/// NetArchTest reads the IL with Mono.Cecil: signatures, attributes, local variables, generic arguments and every
/// instruction, and the compiler-generated nested types (lambdas, closures, async state machines) count as part of the
/// type that wrote them.
/// </summary>
public static class ArchitectureRules
{
    /// <summary>Every type.</summary>
    public static PredicateList All(Predicates p) => p.MeetCustomRule(new Anything());

    /// <summary>The types of a namespace and the namespaces below it, nested types included.</summary>
    public static Func<Predicates, PredicateList> Under(string ns) => p => p.ResideInNamespace(ns + ".");

    public static Verdict Check(Types types, Func<Predicates, PredicateList> scope, Func<PredicateList, ConditionList> rule)
    {
        var seen = new Seen();
        var result = rule(scope(types.That()).And().MeetCustomRule(seen)).GetResult();
        return new(seen.Names, result.IsSuccessful ? [] : result.FailingTypeNames);
    }

    /// <summary>The full names of an assembly's own types in a namespace (and below), top-level only: a dependency on a
    /// nested type counts as one on its declaring type.</summary>
    public static string[] TypesUnder(Assembly assembly, string ns, Func<string, bool>? except = null) => assembly.GetTypes()
        .Where(t => !t.IsNested && t.Namespace is { } n && (n == ns || n.StartsWith(ns + ".")) && !(except?.Invoke(n) ?? false))
        .Select(t => t.FullName!).Order().ToArray();

    /// <summary>Rule 1: a module reaches another module only through that module's Contracts assembly, so no type of
    /// it mentions any type of another module's implementation assembly (Congress.Modules.Y.* outside Y.Contracts).</summary>
    public static Verdict NoOtherModulesInternals(Types module, Func<Predicates, PredicateList> scope, IEnumerable<Assembly> otherImplementations)
    {
        var internals = otherImplementations.SelectMany(a => TypesUnder(a, ModuleAssemblies.Root(a))).ToArray();
        return Check(module, scope, p => p.ShouldNot().HaveDependencyOnAny(internals));
    }

    /// <summary>Rule 2a: Contracts mention only the BCL, Shared.Contracts and themselves.</summary>
    public static Verdict ContractsOnlyOnBclAndSharedContracts(Types contracts, Func<Predicates, PredicateList> scope, string ownNamespace) =>
        Check(contracts, scope, p => p.Should().OnlyHaveDependenciesOn("System", "Congress.Shared.Contracts", ownNamespace));

    /// <summary>Rule 2b: Shared mentions no module.</summary>
    public static Verdict NoModule(Types shared, Func<Predicates, PredicateList> scope) =>
        Check(shared, scope, p => p.ShouldNot().HaveDependencyOn("Congress.Modules"));

    /// <summary>Rule 4: the Domain depends on nothing outward: not on its module's other layers, nor on the frameworks they use.</summary>
    public static Verdict DomainDependsOnNothingOutward(Types module, string root) =>
        Check(module, Under($"{root}.Domain"), p => p.ShouldNot().HaveDependencyOnAny(
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions.DependencyInjection", "MediatR", "FluentValidation",
            "Quartz", "Hangfire", "System.Net.Http", "Congress.Shared.Infrastructure",
            $"{root}.Application", $"{root}.Infrastructure", $"{root}.Endpoints", $"{root}.Portal", $"{root}.Cli"));

    /// <summary>
    /// Rule 4b: Application reaches Infrastructure only in <c>&lt;Module&gt;.Infrastructure.Persistence</c> (the module's
    /// DbContext, its entity configurations and the persistence helpers beside them), never its migrations nor any other
    /// adapter (ONNX, imaging, camera, security, PDF, demo data, the module's Contracts providers): those are reached
    /// through ports that Application declares and Infrastructure implements. Nor does Application use the outer layers
    /// (Endpoints, Portal, Cli).
    /// </summary>
    public static Verdict ApplicationUsesOnlyPersistenceOfInfrastructure(Types module, Assembly assembly, string root)
    {
        var persistence = $"{root}.Infrastructure.Persistence";
        var adapters = TypesUnder(assembly, $"{root}.Infrastructure",
            except: ns => (ns == persistence || ns.StartsWith(persistence + ".")) && !ns.StartsWith($"{persistence}.Migrations"));
        string[] outer = [$"{root}.Endpoints", $"{root}.Portal", $"{root}.Cli"];
        return Check(module, Under($"{root}.Application"), p => p.ShouldNot().HaveDependencyOnAny([.. adapters, .. outer]));
    }

    /// <summary>Rule 5a: handlers are &lt;Request&gt;Handler — …CommandHandler or …QueryHandler — for the one request they handle, internal sealed.</summary>
    public static Verdict HandlersAreNamedAfterTheirRequest(Types types, Func<Predicates, PredicateList> scope) =>
        Check(types, p => scope(p).And().AreClasses().And().AreNotAbstract().And().MeetCustomRule(new Implements(typeof(IRequestHandler<,>))),
            p => p.Should().MeetCustomRule(new NameMatches(@"^\p{Lu}\w*(Command|Query)Handler$"))
                .And().MeetCustomRule(new HandlesItsNamesake(typeof(IRequestHandler<,>))).And().NotBePublic().And().BeSealed());

    /// <summary>Rule 5b: validators are &lt;Request&gt;Validator — …CommandValidator or …QueryValidator — for the request they validate, internal sealed.</summary>
    public static Verdict ValidatorsAreNamedAfterTheirRequest(Types types, Func<Predicates, PredicateList> scope) =>
        Check(types, p => scope(p).And().AreClasses().And().AreNotAbstract().And().Inherit(typeof(AbstractValidator<>)),
            p => p.Should().MeetCustomRule(new NameMatches(@"^\p{Lu}\w*(Command|Query)Validator$"))
                .And().MeetCustomRule(new ValidatesItsNamesake(typeof(AbstractValidator<>))).And().NotBePublic().And().BeSealed());

    /// <summary>Rule 5c: requests are …Command or …Query as their kind says, internal sealed (records and immutable: checked by reflection).</summary>
    public static Verdict RequestsAreNamedByKind(Types types, Func<Predicates, PredicateList> scope) =>
        Check(types, Requests(scope),
            p => p.Should().MeetCustomRule(new NameMatches(@"^\p{Lu}\w*(Command|Query)$"))
                .And().MeetCustomRule(new KindMatchesName(typeof(IQuery<>), typeof(ICommand<>))).And().NotBePublic().And().BeSealed());

    /// <summary>Rule 7: every request declares who may send it and what it touches.</summary>
    public static Verdict RequestsDeclareTheirAccess(Types types, Func<Predicates, PredicateList> scope) =>
        Check(types, Requests(scope), p => p.Should().MeetCustomRule(new Implements(typeof(IAuthorisedRequest))));

    private static Func<Predicates, PredicateList> Requests(Func<Predicates, PredicateList> scope) =>
        p => scope(p).And().AreNotInterfaces().And().AreNotAbstract().And().MeetCustomRule(new Implements(typeof(IRequest<>)));

    /// <summary>Rule 6a: no P/Invoke (DllImport, LibraryImport's stub).</summary>
    public static Verdict ImportsNoNativeFunctions(Types types, Func<Predicates, PredicateList> scope) =>
        Check(types, scope, p => p.ShouldNot().MeetCustomRule(new ImportsNativeFunctions()));

    /// <summary>Rule 6b: no NativeLibrary (Load, GetExport: the other door to native code).</summary>
    public static Verdict LoadsNoNativeLibrary(Types types, Func<Predicates, PredicateList> scope) =>
        Check(types, scope, p => p.ShouldNot().HaveDependencyOn("System.Runtime.InteropServices.NativeLibrary"));
}
