namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// Renders the documents of one kind when the worker is about to file them. Register one per kind as
/// <c>IFilingDocumentSource</c>; the worker picks the one whose <see cref="Kind"/> matches the job.
/// </summary>
public interface IFilingDocumentSource
{
    /// <summary>The <see cref="FilingRequest.DocumentKind"/> this source answers for, e.g. <c>reflection-note</c>.</summary>
    string Kind { get; }

    /// <returns>The document as it is now, or null when the subject is gone (the job then ends without a file).</returns>
    Task<FilingDocument?> LoadAsync(string tenantId, string subjectId, CancellationToken cancellationToken);
}
