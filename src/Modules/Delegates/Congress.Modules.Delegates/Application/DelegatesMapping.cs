using Congress.Modules.Delegates.Application.Congresses;
using Congress.Modules.Delegates.Application.Delegates;
using Congress.Modules.Delegates.Application.Organisations;
using Congress.Modules.Delegates.Domain.Congresses;
using Congress.Modules.Delegates.Domain.Delegates;
using Congress.Modules.Delegates.Domain.Organisations;
using Congress.Shared.Infrastructure.Mapping;
using Mapster;

namespace Congress.Modules.Delegates.Application;

/// <summary>The module's entity-to-DTO mapping (Mapster, docs/adr/0016): by member name, typed ids to Guids, enums to
/// names. Only the pairs registered here are mapped by Mapster; they are compiled, and so checked, when the module's
/// configuration is made.</summary>
internal sealed class DelegatesMapping : IRegister
{
    public static readonly TypeAdapterConfig Config = ModuleMapping.Create(typeof(DelegatesMapping).Assembly);

    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<CongressDelegate, DelegateDto>();
        config.NewConfig<PartyCongress, CongressDto>();
        config.NewConfig<Organisation, OrganisationDto>();
    }
}
