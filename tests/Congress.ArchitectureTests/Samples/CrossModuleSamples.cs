using Congress.Modules.Voting;
using Congress.Modules.Voting.Contracts;

// Types that break the cross-module and Shared rules on purpose, each only where the old rules did not look:
// RulesCatchViolationsTests runs the rules over this namespace and expects exactly these to be caught.
namespace Congress.ArchitectureTests.Samples.CrossModule;

/// <summary>Mentions another module's internals only after an await: the reference lives in the async state machine.</summary>
internal sealed class ReachesInAnAsyncMethod
{
    public async Task<string> Run()
    {
        await Task.Yield();
        return new VotingModule().Name;
    }
}

/// <summary>Mentions another module's internals only inside a lambda that captures a local (a closure class).</summary>
internal sealed class ReachesInALambda
{
    public Func<string> Run(string prefix) => () => prefix + new VotingModule().Name;
}

/// <summary>Mentions another module's internals only as the generic argument of a generic method.</summary>
internal sealed class ReachesThroughAGenericArgument
{
    public object Run() => Activator.CreateInstance<VotingModule>();
}

/// <summary>Uses another module through its Contracts: allowed between modules, but Shared knows no module at all.</summary>
internal sealed class UsesContracts
{
    public Guid Run(PollOpenedIntegrationEvent opened) => opened.PollId;
}
