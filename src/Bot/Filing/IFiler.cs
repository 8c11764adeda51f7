namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// Files a finished document at a target. Idempotent: filing the same target again replaces the file
/// with the same name, so a retry never makes a second copy. Throws <see cref="FilingTransientException"/>
/// when a later retry may succeed and <see cref="FilingPermanentException"/> when it will not;
/// retrying is the caller's job (the outbox), never the filer's.
/// </summary>
public interface IFiler
{
    Task<FiledDocument> FileAsync(FilingTarget target, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);
}
