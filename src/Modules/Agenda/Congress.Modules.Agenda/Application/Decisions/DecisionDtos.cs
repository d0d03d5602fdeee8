namespace Congress.Modules.Agenda.Application.Decisions;

internal sealed record BodyMemberDto(string Body, int Position, string Code, string FullName, Guid? DelegateId, Guid ItemId, DateTime ElectedAtUtc);
