using FluentAssertions;
using NetArchTest.Rules;
using static Congress.ArchitectureTests.ArchitectureRules;

namespace Congress.ArchitectureTests;

/// <summary>
/// Each rule of ModuleBoundaryTests, run over types in this assembly (Samples/) that break it on purpose — mostly only
/// inside a lambda, an async method, a generic argument or a nested type — and over types that keep it: the rule must
/// name exactly the breaking ones. A rule that cannot fail here would pass vacuously over the modules too.
/// </summary>
public sealed class RulesCatchViolationsTests
{
    private const string Samples = "Congress.ArchitectureTests.Samples";

    private static readonly Types Tests = ModuleAssemblies.TypesOf(typeof(RulesCatchViolationsTests).Assembly);

    private static void ShouldCatchExactly(Verdict verdict, string ns, params string[] caught)
    {
        verdict.Selected.Should().Contain(caught.Select(c => $"{ns}.{c}")).And.HaveCountGreaterThan(caught.Length, "the samples that keep the rule are selected too");
        verdict.Failing.Should().BeEquivalentTo(caught.Select(c => $"{ns}.{c}"));
    }

    [Fact]
    public void The_cross_module_rule_catches_another_modules_internals_in_async_methods_lambdas_and_generic_arguments()
    {
        const string ns = $"{Samples}.CrossModule";
        ShouldCatchExactly(NoOtherModulesInternals(Tests, Under(ns), ModuleAssemblies.Implementations), ns,
            "ReachesInAnAsyncMethod", "ReachesInALambda", "ReachesThroughAGenericArgument");
    }

    [Fact]
    public void The_Shared_rule_catches_any_module_even_its_Contracts()
    {
        const string ns = $"{Samples}.CrossModule";
        var verdict = NoModule(Tests, Under(ns));
        verdict.Failing.Should().BeEquivalentTo(new[] { "ReachesInAnAsyncMethod", "ReachesInALambda", "ReachesThroughAGenericArgument", "UsesContracts" }.Select(c => $"{ns}.{c}"));
        NoModule(Tests, Under($"{Samples}.Native")).Failing.Should().BeEmpty("types that mention no module pass");
    }

    [Fact]
    public void The_Contracts_rule_catches_infrastructure_in_a_method_body()
    {
        const string ns = $"{Samples}.Contracts";
        var verdict = ContractsOnlyOnBclAndSharedContracts(Tests, Under(ns), ns);
        verdict.Selected.Should().HaveCount(2);
        verdict.Failing.Should().Equal($"{ns}.OrderLeaksIntegrationEvent");
    }

    [Fact]
    public void The_Domain_rule_catches_outward_dependencies_in_lambdas_and_nested_types()
    {
        const string ns = $"{Samples}.Shop.Domain";
        ShouldCatchExactly(DomainDependsOnNothingOutward(Tests, $"{Samples}.Shop"), ns,
            "Order", "Order/Line", "OrderPolicyBreaksLayering");
    }

    [Fact]
    public void The_Application_rule_allows_Persistence_and_ports_and_catches_adapters_and_migrations()
    {
        const string ns = $"{Samples}.Shop.Application";
        ShouldCatchExactly(ApplicationUsesOnlyPersistenceOfInfrastructure(Tests, typeof(RulesCatchViolationsTests).Assembly, $"{Samples}.Shop"), ns,
            "Orders.ScanBadgeBreaksPorts", "Orders.PayBreaksPorts", "Orders.SeedBreaksMigrations");
    }

    [Fact]
    public void The_naming_rules_catch_misnamed_mismatched_and_unsealed_handlers_validators_and_requests()
    {
        const string ns = $"{Samples}.Naming";
        ShouldCatchExactly(HandlersAreNamedAfterTheirRequest(Tests, Under(ns)), ns, "ShipOrderHandler", "GetOrderQueryHandler", "ListOrdersQueryHandler");
        ShouldCatchExactly(ValidatorsAreNamedAfterTheirRequest(Tests, Under(ns)), ns, "OrderLineValidator", "GetOrderQueryValidator");
        ShouldCatchExactly(RequestsAreNamedByKind(Tests, Under(ns)), ns, "ListOrdersQuery", "ArchiveOrder", "RenameOrder");
    }

    [Fact]
    public void The_access_rule_catches_a_request_that_declares_nothing_also_through_a_base_record()
    {
        const string ns = $"{Samples}.Naming";
        ShouldCatchExactly(RequestsDeclareTheirAccess(Tests, Under(ns)), ns, "ShipOrderCommand", "RenameOrder");
    }

    [Fact]
    public void The_native_rules_catch_an_import_and_a_library_loaded_in_an_async_method()
    {
        const string ns = $"{Samples}.Native";
        ShouldCatchExactly(ImportsNoNativeFunctions(Tests, Under(ns)), ns, "ImportsBreaks");
        ShouldCatchExactly(LoadsNoNativeLibrary(Tests, Under(ns)), ns, "LoadsBreaks");
    }
}
