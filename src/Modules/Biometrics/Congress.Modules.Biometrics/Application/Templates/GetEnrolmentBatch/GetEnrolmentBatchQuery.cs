using Congress.Modules.Biometrics.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Biometrics.Application.Templates.GetEnrolmentBatch;

/// <summary>An enrolment archive's progress and every photo it refused, with the reason.</summary>
internal sealed record GetEnrolmentBatchQuery(Guid BatchId) : IQuery<Result<EnrolmentBatchDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(BiometricsRoles.Read, AccessScope.Resource(BiometricsResources.EnrolmentBatch, BatchId));
}

internal sealed record EnrolmentBatchDto(Guid Id, Guid CongressId, string FileName, string Status, int Total, int Processed, int Enrolled,
    IReadOnlyList<string> Problems, DateTime CreatedAtUtc, DateTime? FinishedAtUtc);
