using Congress.Shared.Infrastructure.Mapping;
using FluentAssertions;
using Mapster;

namespace Congress.Modules.Delegates.Tests.Application;

/// <summary>A module's Mapster configuration refuses, when it is made, a DTO member that nothing fills.</summary>
public sealed class ModuleMappingTests
{
    internal sealed record Source(Guid Id, string Name);

    internal sealed record DtoWithAStrayMember(Guid Id, string Name, string PasswordHash);

    internal sealed class StrayMapping : IRegister
    {
        public void Register(TypeAdapterConfig config) => config.NewConfig<Source, DtoWithAStrayMember>();
    }

    [Fact]
    public void A_DTO_member_without_a_source_fails_when_the_configuration_is_made()
    {
        var act = () => ModuleMapping.Create(typeof(ModuleMappingTests).Assembly);

        act.Should().Throw<Exception>().Where(e => e.ToString().Contains(nameof(DtoWithAStrayMember.PasswordHash)));
    }

    [Fact]
    public void The_delegates_module_configuration_compiles()
    {
        var act = () => Congress.Modules.Delegates.Application.DelegatesMapping.Config;
        act.Should().NotThrow();
    }
}
