using Congress.Modules.Voting.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Application.Polls.GetPollMinutes;

/// <summary>The minutes of a published poll (biên bản kiểm phiếu / biểu quyết) as a PDF for signing and the archive.</summary>
internal sealed record GetPollMinutesQuery(Guid PollId) : IQuery<Result<PollMinutesFile>>
{
    RequestAccess IAuthorisedRequest.Access => new(VotingRoles.ReadPolls, AccessScope.Resource(VotingResources.Poll, PollId));
}

internal sealed record PollMinutesFile(string FileName, byte[] Pdf);

/// <summary>Lays the minutes out as a document; the PDF adapter lives in Infrastructure.</summary>
internal interface IMinutesRenderer
{
    byte[] Render(PollDto poll);
}
