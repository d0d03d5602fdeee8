using System.Reflection;
using System.Runtime.CompilerServices;
using Congress.Shared.Infrastructure.Modules;
using FluentAssertions;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Congress.ArchitectureTests;

/// <summary>The rules of docs/CONVENTIONS.md, over every module found. Each rule first asserts it selected something.</summary>
public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Modules_are_found()
    {
        ModuleAssemblies.ImplementationFiles.Select(Path.GetFileNameWithoutExtension)
            .Should().Contain(["Congress.Modules.Delegates", "Congress.Modules.Identity"]);
        ModuleAssemblies.ContractFiles.Should().NotBeEmpty();
    }

    [Fact]
    public void A_module_uses_another_module_only_through_its_Contracts()
    {
        var checkedReferences = 0;
        foreach (var file in ModuleAssemblies.ImplementationFiles)
        {
            var self = ModuleAssemblies.ModuleName(Path.GetFileNameWithoutExtension(file));
            foreach (var reference in ModuleAssemblies.References(file).Where(r => r.StartsWith("Congress.Modules.")))
            {
                checkedReferences++;
                if (ModuleAssemblies.ModuleName(reference) == self) continue;
                reference.Should().EndWith(".Contracts", $"{Path.GetFileName(file)} may reach module {ModuleAssemblies.ModuleName(reference)} only through its Contracts");
            }
        }
        checkedReferences.Should().BeGreaterThan(0, "Identity uses Delegates.Contracts, so the rule has something to check");
    }

    [Fact]
    public void Contracts_depend_only_on_Shared_Contracts_and_the_BCL()
    {
        ModuleAssemblies.ContractFiles.Should().NotBeEmpty();
        foreach (var file in ModuleAssemblies.ContractFiles)
            ModuleAssemblies.References(file).Should().OnlyContain(r => r == "Congress.Shared.Contracts" || r.StartsWith("System") || r == "netstandard" || r == "mscorlib",
                $"{Path.GetFileName(file)} must not drag infrastructure into its consumers");
    }

    [Fact]
    public void Shared_depends_on_no_module()
    {
        ModuleAssemblies.SharedFiles.Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (var file in ModuleAssemblies.SharedFiles)
            ModuleAssemblies.References(file).Should().NotContain(r => r.StartsWith("Congress.Modules."), Path.GetFileName(file));
    }

    [Fact]
    public void The_only_public_types_of_a_module_are_its_IModule_migrations_and_portal_components()
    {
        foreach (var assembly in ModuleAssemblies.Implementations)
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
        string[] forbidden = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MediatR", "FluentValidation", "Hangfire", "System.Net.Http"];
        var domainTypes = 0;
        foreach (var file in ModuleAssemblies.ImplementationFiles)
        {
            var module = Path.GetFileNameWithoutExtension(file);
            foreach (var (type, referenced) in ModuleAssemblies.TypeReferences(file, t => t.Namespace.StartsWith($"{module}.Domain")))
            {
                domainTypes++;
                forbidden.Should().NotContain(f => referenced.StartsWith(f), $"{type.FullName} (domain) uses {referenced}");
                referenced.Should().NotStartWith($"{module}.Application", type.FullName).And.NotStartWith($"{module}.Infrastructure", type.FullName)
                    .And.NotStartWith($"{module}.Endpoints", type.FullName).And.NotStartWith("Congress.Shared.Infrastructure", type.FullName);
            }
        }
        domainTypes.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Handlers_validators_and_messages_follow_the_naming_and_are_internal_sealed()
    {
        var types = ModuleAssemblies.Implementations.SelectMany(a => a.GetTypes()).Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute))).ToList();
        var handlers = types.Where(t => t.IsClass && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))).ToList();
        var validators = types.Where(t => t.IsClass && !t.IsAbstract && typeof(IValidator).IsAssignableFrom(t)).ToList();
        var messages = types.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))).ToList();

        handlers.Should().NotBeEmpty();
        validators.Should().NotBeEmpty();
        messages.Should().NotBeEmpty();
        handlers.Should().OnlyContain(t => t.Name.EndsWith("Handler") && t.IsNotPublic && t.IsSealed, "handlers are <Message>Handler, internal sealed");
        validators.Should().OnlyContain(t => t.Name.EndsWith("Validator") && t.IsNotPublic && t.IsSealed);
        messages.Should().OnlyContain(t => (t.Name.EndsWith("Command") || t.Name.EndsWith("Query")) && t.IsNotPublic && t.IsSealed,
            "messages are <Verb><Noun>Command or Get<Noun>Query");
        foreach (var message in messages)
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
        var requests = ModuleAssemblies.Implementations.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .ToList();

        requests.Should().HaveCountGreaterThan(40, "every module's commands and queries are selected");
        requests.Where(t => !typeof(Congress.Shared.Infrastructure.Security.IAuthorisedRequest).IsAssignableFrom(t)).Select(t => t.FullName)
            .Should().BeEmpty("every command and query declares its roles and scope (IAuthorisedRequest), enforced by AuthorisationBehavior");
    }

    [Fact]
    public void Integration_events_are_named_and_immutable_records()
    {
        var events = ModuleAssemblies.ContractFiles.Select(Assembly.LoadFrom).SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(Congress.Shared.Contracts.IIntegrationEvent).IsAssignableFrom(t)).ToList();

        events.Should().NotBeEmpty();
        events.Should().OnlyContain(t => t.Name.EndsWith("IntegrationEvent") && t.IsSealed && t.GetMethod("<Clone>$") != null);
    }

    [Fact]
    public void Only_Biometrics_touches_native_code()
    {
        var checkedTypes = 0;
        foreach (var assembly in ModuleAssemblies.Implementations.Where(a => ModuleAssemblies.ModuleName(a.GetName().Name!) != "Biometrics"))
        {
            foreach (var type in assembly.GetTypes())
            {
                checkedTypes++;
                type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Should().NotContain(m => m.Attributes.HasFlag(MethodAttributes.PinvokeImpl), $"{type.FullName} calls native code; only Biometrics may");
            }
            ModuleAssemblies.References(assembly.Location).Should().NotContain(r => r.Contains("OnnxRuntime") || r.Contains("ImageSharp") || r.Contains("SkiaSharp"));
        }
        checkedTypes.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Only_Biometrics_loads_native_libraries_or_imports_native_functions()
    {
        // DllImport and LibraryImport both end in a P/Invoke method (LibraryImport's generated stub calls one), and
        // NativeLibrary.Load/GetExport is the other door to native code: none of them outside Biometrics, nor in Shared.
        var files = ModuleAssemblies.ImplementationFiles.Where(f => ModuleAssemblies.ModuleName(Path.GetFileNameWithoutExtension(f)) != "Biometrics")
            .Concat(ModuleAssemblies.SharedFiles).ToList();
        var checkedTypes = 0;
        foreach (var file in files)
        {
            using var assembly = Mono.Cecil.AssemblyDefinition.ReadAssembly(file);
            foreach (var type in assembly.MainModule.GetTypes())
            {
                checkedTypes++;
                type.Methods.Should().NotContain(m => m.IsPInvokeImpl, $"{type.FullName} imports a native function; only Biometrics may");
            }
            foreach (var (type, referenced) in ModuleAssemblies.TypeReferences(file, _ => true))
                referenced.Should().NotBe("System.Runtime.InteropServices.NativeLibrary", $"{type.FullName} loads a native library; only Biometrics may");
        }
        checkedTypes.Should().BeGreaterThan(0);

        var biometrics = ModuleAssemblies.ImplementationFiles.Single(f => f.EndsWith("Congress.Modules.Biometrics.dll"));
        using var module = Mono.Cecil.AssemblyDefinition.ReadAssembly(biometrics);
        var native = module.MainModule.GetTypes().Where(t => t.Methods.Any(m => m.IsPInvokeImpl)).Select(t => t.Namespace).Distinct().ToList();
        native.Should().NotBeEmpty("the rule has something to compare against")
            .And.OnlyContain(n => n.StartsWith("Congress.Modules.Biometrics.Infrastructure"), "inside Biometrics, native code stays in Infrastructure adapters");
    }
}
