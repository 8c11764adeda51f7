namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>A file the bot would not or could not fetch. <see cref="UserMessage"/> is bokmål, for the sender.</summary>
public sealed class FileDownloadException : Exception
{
    public FileDownloadException(string userMessage) : base(userMessage) => UserMessage = userMessage;

    public FileDownloadException() : this(FileTexts.DownloadFailed) { }

    public FileDownloadException(string userMessage, Exception innerException) : base(userMessage, innerException) => UserMessage = userMessage;

    public string UserMessage { get; }
}
