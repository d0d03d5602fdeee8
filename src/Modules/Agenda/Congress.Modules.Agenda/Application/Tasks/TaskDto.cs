using Congress.Modules.Agenda.Domain.Tasks;

namespace Congress.Modules.Agenda.Application.Tasks;

internal sealed record TaskDto(Guid Id, string Title, string Assignee, Guid? OrganisationId, DateTime DueAtUtc, string Status, bool Late,
    IReadOnlyList<string> Notes, DateTime? RemindedAtUtc, int Version)
{
    public static TaskDto From(CommitteeTask t, DateTime nowUtc) => new(t.Id.Value, t.Title, t.Assignee, t.OrganisationId, t.DueAtUtc, t.Status.ToString(),
        t.IsLate(nowUtc), t.Notes.Length == 0 ? [] : t.Notes.Split('\n'), t.RemindedAtUtc, t.Version);
}
