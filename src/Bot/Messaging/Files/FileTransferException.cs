namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>A file the bot would not or could not fetch or put. <see cref="UserMessage"/> is bokmål, for the sender.</summary>
public sealed class FileTransferException : Exception
{
    public FileTransferException(string userMessage) : base(userMessage) => UserMessage = userMessage;

    public FileTransferException() : this(FileTexts.DownloadFailed) { }

    public FileTransferException(string userMessage, Exception innerException) : base(userMessage, innerException) => UserMessage = userMessage;

    public string UserMessage { get; }
}
