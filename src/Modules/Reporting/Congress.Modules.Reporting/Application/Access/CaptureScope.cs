using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Reporting.Application.Access;

/// <summary>
/// Capture scope. The pipeline's Organisation scope admits the caller's whole subtree (that is the view scope); entering
/// or approving a report is narrower: only the officials of THAT organisation (a district may read its communes'
/// reports, but it does not type them in). A system administrator (and the system: jobs, imports) may act for any.
/// Answered 403, not 404: the caller may see the organisation, so its existence is no secret.
/// </summary>
internal static class CaptureScope
{
    public static readonly Error NotOwn = Error.Forbidden("reporting.capture.not_own",
        "Chỉ cán bộ của chính tổ chức đảng này mới được nhập/duyệt báo cáo của nó.");

    public static readonly Error NotAbove = Error.Forbidden("reporting.reopen.not_above",
        "Chỉ cấp trên của tổ chức đảng này mới được mở lại báo cáo đã duyệt.");

    public static Error? Own(ICurrentUser user, Guid organisationId) =>
        user.IsSystemAdmin || user.OrganisationId == organisationId ? null : NotOwn;

    /// <summary>The caller is strictly above <paramref name="organisationId"/> (the pipeline has checked it lies in the caller's subtree).</summary>
    public static Error? Above(ICurrentUser user, Guid organisationId) =>
        user.IsSystemAdmin || (user.OrganisationId is { } own && own != organisationId) ? null : NotAbove;
}
