using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Delegates.Application.Delegates.GetDelegate;

internal sealed class GetDelegateQueryHandler(DelegateFinder finder) : IRequestHandler<GetDelegateQuery, Result<DelegateDto>>
{
    public async Task<Result<DelegateDto>> Handle(GetDelegateQuery query, CancellationToken cancellationToken)
    {
        var found = await finder.FindAsync(query.DelegateId, cancellationToken);
        return found.IsFailure ? found.Error! : DelegateDto.From(found.Value.Delegate);
    }
}
