using Congress.Modules.Biometrics.Application.Access;
using Congress.Modules.Biometrics.Contracts;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Biometrics.Application.Recognition.GetFaceMatch;

internal sealed class GetFaceMatchQueryHandler(CongressGuard guard, FaceRecognitionService recognition) : IRequestHandler<GetFaceMatchQuery, Result<FaceMatch>>
{
    public async Task<Result<FaceMatch>> Handle(GetFaceMatchQuery query, CancellationToken cancellationToken)
    {
        var allowed = await guard.CheckCongressAsync(query.CongressId, cancellationToken);
        if (allowed.IsFailure) return allowed.Error!;
        return await recognition.IdentifyAsync(query.CongressId, query.Photo, cancellationToken);
    }
}
