namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>
/// A file the bot would not or could not fetch or put. <see cref="UserMessage"/> is bokmål, for the
/// sender, and may quote the file's name; <see cref="Reason"/> names the cause without it, for logs.
/// </summary>
public sealed class FileTransferException : Exception
{
    public FileTransferException(FileTransferReason reason, string userMessage) : base(userMessage)
    {
        Reason = reason;
        UserMessage = userMessage;
    }

    public FileTransferException() : this(FileTransferReason.Failed, FileTexts.DownloadFailed) { }

    public FileTransferException(string userMessage) : this(FileTransferReason.Failed, userMessage) { }

    public FileTransferException(string userMessage, Exception innerException) : base(userMessage, innerException)
    {
        Reason = FileTransferReason.Failed;
        UserMessage = userMessage;
    }

    public FileTransferReason Reason { get; }

    public string UserMessage { get; }
}

/// <summary>Why a file transfer was refused or failed: safe to log, unlike the file's name.</summary>
public enum FileTransferReason
{
    Failed,
    WrongType,
    UntrustedLocation,
    TooLarge,
}
