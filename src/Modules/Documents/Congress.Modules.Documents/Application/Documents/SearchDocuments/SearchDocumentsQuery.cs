using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.SearchDocuments;

/// <summary>
/// Full-text search in a congress's documents, with or without diacritics, phrases in quotes; only documents the caller may
/// read are answered, best first, each with a highlighted snippet made from its best matching page of the decrypted text and
/// the numbers of its matching pages (the reader opens the document at that page).
/// </summary>
internal sealed record SearchDocumentsQuery(Guid CongressId, string Text, int Max = 20) : IQuery<Result<IReadOnlyList<SearchHitDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Read, AccessScope.Congress(CongressId));
}
