using System.Reflection;
using System.Runtime.CompilerServices;
using Congress.Shared.Infrastructure.Modules;
using FluentAssertions;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore.Migrations;
using static Congress.ArchitectureTests.ArchitectureRules;

namespace Congress.ArchitectureTests;

/// <summary>
/// The rules of docs/CONVENTIONS.md over every module found, with NetArchTest (docs/adr/0015-netarchtest.md). Each rule
/// first asserts it selected something; RulesCatchViolationsTests shows each one failing on a type that breaks it.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly IReadOnlyList<Assembly> Modules = ModuleAssemblies.Implementations;

    [Fact]
    public void Modules_are_found()
    {
        Modules.Select(a => a.GetName().Name)
            .Should().Contain(["Congress.Modules.Attendance", "Congress.Modules.Biometrics", "Congress.Modules.Delegates", "Congress.Modules.Identity", "Congress.Modules.Voting"]);
        ModuleAssemblies.Contracts.Should().NotBeEmpty();
    }

    [Fact]
    public void A_module_uses_another_module_only_through_its_Contracts()
    {
        var reachesOtherContracts = new List<string>();
        foreach (var module in Modules)
        {
            var self = ModuleAssemblies.Root(module);
            var others = Modules.Where(m => m != module).ToList();

            // Assembly references: another module only as its Contracts (its own Contracts do not count).
            ModuleAssemblies.References(module).Where(r => r.StartsWith("Congress.Modules.") && !r.StartsWith(self + "."))
                .Should().NotContain(r => !r.EndsWith(".Contracts"), $"{self} may reach another module only through its Contracts");

            // Types, with every lambda and async method in them: no type of another module's implementation assembly.
            var verdict = NoOtherModulesInternals(ModuleAssemblies.TypesOf(module), All, others);
            verdict.Selected.Should().NotBeEmpty();
            verdict.Failing.Should().BeEmpty($"{self} may use another module only through its Contracts");

            // What the rule is about: the types that do use other modules (through their Contracts).
            var otherContracts = others.Select(o => ModuleAssemblies.Root(o) + ".Contracts").ToArray();
            reachesOtherContracts.AddRange(Check(ModuleAssemblies.TypesOf(module), All, p => p.ShouldNot().HaveDependencyOnAny(otherContracts)).Failing);
        }
        reachesOtherContracts.Should().Contain(t => t.StartsWith("Congress.Modules.Identity."), "Identity uses Delegates.Contracts, so the rule has something to check")
            .And.Contain(t => t.StartsWith("Congress.Modules.Attendance."), "Attendance uses Delegates' and Biometrics' Contracts");
    }

    [Fact]
    public void Contracts_depend_only_on_Shared_Contracts_and_the_BCL()
    {
        ModuleAssemblies.Contracts.Should().HaveCountGreaterThanOrEqualTo(4);
        foreach (var contracts in ModuleAssemblies.Contracts)
        {
            var name = contracts.GetName().Name!;
            ModuleAssemblies.References(contracts).Should().OnlyContain(r => r == "Congress.Shared.Contracts" || r.StartsWith("System") || r == "netstandard" || r == "mscorlib",
                $"{name} must not drag infrastructure into its consumers");
            var verdict = ContractsOnlyOnBclAndSharedContracts(ModuleAssemblies.TypesOf(contracts), All, name);
            verdict.Selected.Should().NotBeEmpty();
            verdict.Failing.Should().BeEmpty($"{name} mentions only the BCL, Shared.Contracts and itself");
        }
    }

    [Fact]
    public void Shared_depends_on_no_module()
    {
        ModuleAssemblies.Shared.Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (var shared in ModuleAssemblies.Shared)
        {
            ModuleAssemblies.References(shared).Should().NotContain(r => r.StartsWith("Congress.Modules."), shared.GetName().Name);
            var verdict = NoModule(ModuleAssemblies.TypesOf(shared), All);
            verdict.Selected.Should().NotBeEmpty();
            verdict.Failing.Should().BeEmpty($"{shared.GetName().Name} knows no module");
        }
    }

    [Fact]
    public void The_only_public_types_of_a_module_are_its_IModule_migrations_and_portal_components()
    {
        // Reflection, not NetArchTest: "exported" means visible outside the assembly, which a public type nested in an
        // internal one is not, and NetArchTest's ArePublic counts it.
        foreach (var assembly in Modules)
        {
            var exported = assembly.GetExportedTypes();
            exported.Should().ContainSingle(t => typeof(IModule).IsAssignableFrom(t), $"{assembly.GetName().Name} has one IModule");
            exported.Where(t => !typeof(IModule).IsAssignableFrom(t) && !typeof(Migration).IsAssignableFrom(t) && !typeof(IComponent).IsAssignableFrom(t)
                    && t.Name != "_Imports") // an empty class the Razor compiler emits for _Imports.razor
                .Should().BeEmpty($"everything else in {assembly.GetName().Name} is internal");
        }
    }

    [Fact]
    public void The_domain_depends_on_nothing_outward()
    {
        foreach (var module in Modules)
        {
            var verdict = DomainDependsOnNothingOutward(ModuleAssemblies.TypesOf(module), ModuleAssemblies.Root(module));
            verdict.Selected.Should().NotBeEmpty($"{module.GetName().Name} has a Domain");
            verdict.Failing.Should().BeEmpty("the domain depends on nothing outward");
        }
    }

    [Fact]
    public void Application_uses_Infrastructure_only_through_its_Persistence()
    {
        foreach (var module in Modules)
        {
            var verdict = ApplicationUsesOnlyPersistenceOfInfrastructure(ModuleAssemblies.TypesOf(module), module, ModuleAssemblies.Root(module));
            verdict.Selected.Should().NotBeEmpty($"{module.GetName().Name} has an Application layer");
            verdict.Failing.Should().BeEmpty("Application reaches adapters through its own ports, and only the DbContext (Infrastructure.Persistence) directly");
        }
    }

    [Fact]
    public void Handlers_validators_and_requests_follow_the_naming_and_are_internal_sealed()
    {
        var types = ModuleAssemblies.TypesOf(Modules);

        var handlers = HandlersAreNamedAfterTheirRequest(types, All);
        handlers.Selected.Should().HaveCountGreaterThan(40);
        handlers.Failing.Should().BeEmpty("a handler is <Request>Handler (…CommandHandler, …QueryHandler) for the one request it handles, internal sealed");

        var validators = ValidatorsAreNamedAfterTheirRequest(types, All);
        validators.Selected.Should().HaveCountGreaterThan(10);
        validators.Failing.Should().BeEmpty("a validator is <Request>Validator (…CommandValidator, …QueryValidator), internal sealed");

        var requests = RequestsAreNamedByKind(types, All);
        requests.Selected.Should().HaveCountGreaterThan(40);
        requests.Failing.Should().BeEmpty("an IQuery is …Query, an ICommand or a raw IRequest is …Command, internal sealed");

        RequestsAreImmutableRecords(requests.Selected);
    }

    /// <summary>Records (a compiler-made Clone) with no public setter other than init.</summary>
    internal static void RequestsAreImmutableRecords(IEnumerable<string> names)
    {
        var types = names.Select(n => Modules.Append(typeof(ModuleBoundaryTests).Assembly).Select(a => a.GetType(n.Replace('/', '+'))).Single(t => t is not null)!).ToList();
        foreach (var message in types)
        {
            message.GetMethod("<Clone>$").Should().NotBeNull($"{message.Name} is a record");
            message.GetProperties()
                .Where(p => p.SetMethod is { IsPublic: true } && !p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .Should().BeEmpty($"{message.Name} is immutable");
        }
    }

    [Fact]
    public void Every_request_declares_who_may_send_it_and_what_it_touches()
    {
        // The pipeline refuses a request that declares nothing at run time; this names it at build time instead.
        var verdict = RequestsDeclareTheirAccess(ModuleAssemblies.TypesOf(Modules), All);
        verdict.Selected.Should().HaveCountGreaterThan(40, "every module's commands and queries are selected");
        verdict.Failing.Should().BeEmpty("every command and query declares its roles and scope (IAuthorisedRequest), enforced by AuthorisationBehavior");
    }

    [Fact]
    public void Integration_events_are_named_and_immutable_records()
    {
        var events = ModuleAssemblies.Contracts.SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(Congress.Shared.Contracts.IIntegrationEvent).IsAssignableFrom(t)).ToList();

        events.Should().NotBeEmpty();
        events.Should().OnlyContain(t => t.Name.EndsWith("IntegrationEvent") && t.IsSealed && t.GetMethod("<Clone>$") != null);
    }

    [Fact]
    public void Only_Biometrics_Infrastructure_touches_native_code()
    {
        // DllImport and LibraryImport both end in a P/Invoke method (LibraryImport's generated stub calls one), and
        // NativeLibrary.Load/GetExport is the other door to native code: none of them outside Biometrics, nor in Shared.
        var elsewhere = Modules.Where(a => ModuleAssemblies.ModuleName(a.GetName().Name!) != "Biometrics").Concat(ModuleAssemblies.Shared).ToList();
        var types = ModuleAssemblies.TypesOf(elsewhere);

        var imports = ImportsNoNativeFunctions(types, All);
        imports.Selected.Should().HaveCountGreaterThan(100);
        imports.Failing.Should().BeEmpty("only Biometrics may import a native function");
        var loads = LoadsNoNativeLibrary(types, All);
        loads.Selected.Should().HaveCountGreaterThan(100);
        loads.Failing.Should().BeEmpty("only Biometrics may load a native library");
        foreach (var assembly in elsewhere)
            ModuleAssemblies.References(assembly).Should().NotContain(r => r.Contains("OnnxRuntime") || r.Contains("ImageSharp") || r.Contains("SkiaSharp") || r.Contains("Magick"),
                $"{assembly.GetName().Name}: only Biometrics uses native inference and image code");

        // Inside Biometrics, native code stays in Infrastructure adapters.
        var biometrics = ModuleAssemblies.TypesOf(Modules.Single(a => a.GetName().Name == "Congress.Modules.Biometrics"));
        const string adapters = "Congress.Modules.Biometrics.Infrastructure";
        var native = Check(biometrics, All, p => p.ShouldNot().MeetCustomRule(new ImportsNativeFunctions())).Failing;
        native.Should().NotBeEmpty("the rule has something to compare against")
            .And.OnlyContain(n => n.StartsWith(adapters + "."), "inside Biometrics, native code stays in Infrastructure adapters");
        var outsideAdapters = Check(biometrics, p => p.DoNotResideInNamespace(adapters + "."), p => p.ShouldNot().MeetCustomRule(new ImportsNativeFunctions()));
        outsideAdapters.Selected.Should().NotBeEmpty();
        outsideAdapters.Failing.Should().BeEmpty();
        var loadsOutsideAdapters = LoadsNoNativeLibrary(biometrics, p => p.DoNotResideInNamespace(adapters + "."));
        loadsOutsideAdapters.Failing.Should().BeEmpty("inside Biometrics, only Infrastructure adapters load native libraries");
    }

    [Fact]
    public void Inside_Biometrics_only_Infrastructure_uses_the_ONNX_Runtime_package()
    {
        // Microsoft.ML.OnnxRuntime (docs/adr/0014) stays behind the ports (IFaceDetector, IFaceEmbedder, …): the
        // Application layer, the endpoints and the portal never see a session or a tensor.
        static string Namespace(Mono.Cecil.TypeDefinition t) => t.DeclaringType is null ? t.Namespace : Namespace(t.DeclaringType);
        var biometrics = ModuleAssemblies.ImplementationFiles.Single(f => f.EndsWith("Congress.Modules.Biometrics.dll"));
        var users = ModuleAssemblies.TypeReferences(biometrics, _ => true)
            .Where(r => r.Referenced.Contains("Microsoft.ML.OnnxRuntime"))
            .Select(r => Namespace(r.Type)).Distinct().ToList();

        users.Should().NotBeEmpty("the rule has something to compare against")
            .And.OnlyContain(n => n.StartsWith("Congress.Modules.Biometrics.Infrastructure"), "ONNX Runtime stays in Biometrics' Infrastructure adapters");
    }
}
