using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Shared.Infrastructure.Persistence;

/// <summary>
/// What a person is told when the database refuses a write that every check in the handler let through: someone else
/// committed first (a version, a revision — a concurrency token), or the row clashes with one already there (a unique
/// index). Nothing was written either way (the unit of work rolls back). The same words over REST (409 ProblemDetails)
/// and in the portal (the page's message), instead of a 500 or a broken page.
/// </summary>
public static class StoreConflicts
{
    public static readonly Error ChangedMeanwhile = Error.Conflict("store.changed_meanwhile", "Dữ liệu vừa được người khác thay đổi; hãy tải lại và thử lại.");
    public static readonly Error Clash = Error.Conflict("store.conflict", "Không ghi được vì trùng hoặc mâu thuẫn với dữ liệu đã có.");

    /// <summary>The error for a refused write, or null when <paramref name="exception"/> is not one.</summary>
    public static Error? ErrorFor(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => ChangedMeanwhile,
        DbUpdateException => Clash,
        _ => null,
    };
}
