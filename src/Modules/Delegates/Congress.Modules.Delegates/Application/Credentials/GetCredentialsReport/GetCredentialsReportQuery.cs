using Congress.Modules.Delegates.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Delegates.Application.Credentials.GetCredentialsReport;

/// <summary>The credentials board's report to the congress (báo cáo thẩm tra tư cách đại biểu).</summary>
internal sealed record GetCredentialsReportQuery(Guid CongressId) : IQuery<Result<CredentialsReportDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DelegatesRoles.ReadDelegates, AccessScope.Congress(CongressId));
}

/// <param name="Summoned">Official delegates summoned (triệu tập).</param>
/// <param name="Qualified">Official delegates whose credentials are approved (đủ tư cách).</param>
internal sealed record CredentialsReportDto(
    Guid CongressId, string CongressName, int Summoned, int Qualified, int Rejected, int Pending,
    int Women, int EthnicMinorities, double AverageAge, int YoungestAge, int OldestAge,
    int RepresentedMembers, IReadOnlyList<CountDto> ByEducation, IReadOnlyList<CountDto> ByPoliticalTheory,
    IReadOnlyList<RejectedDelegateDto> RejectedDelegates);

internal sealed record CountDto(string Label, int Count);

internal sealed record RejectedDelegateDto(Guid DelegateId, string Code, string FullName, string Reason);
