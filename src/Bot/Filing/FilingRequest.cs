namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// Asks for one document to be filed. The document itself is fetched from the
/// <see cref="IFilingDocumentSource"/> of <paramref name="DocumentKind"/> when the filing runs, so the
/// newest version of <paramref name="SubjectId"/> is what ends up in the archive.
/// </summary>
/// <param name="DedupeKey">Deterministic per cause (e.g. <c>note:{roundId}:{userId}:v{version}</c>); a second request with it adds nothing.</param>
/// <param name="TeamId">The <c>19:…</c> team id whose archive (chosen with <c>arkiv</c>) receives the document.</param>
/// <param name="DocumentKind">Which <see cref="IFilingDocumentSource.Kind"/> renders it, e.g. <c>reflection-note</c>.</param>
/// <param name="SubjectId">The source's own id of the thing to render.</param>
/// <param name="NotifyUserId">A Teams user id (<c>29:…</c>) told in a 1:1 when the document is filed or could not be.</param>
/// <param name="NotifyServiceUrl">The service URL to reach that user by; Teams' global one when null.</param>
public sealed record FilingRequest(
    string DedupeKey,
    string TenantId,
    string TeamId,
    string DocumentKind,
    string SubjectId,
    string? NotifyUserId = null,
    string? NotifyServiceUrl = null);
