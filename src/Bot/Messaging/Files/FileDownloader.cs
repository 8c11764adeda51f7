using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Hosting;

namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>
/// Fetches a file a user sent, within the size limit and only from SharePoint/OneDrive hosts (loopback in
/// development mode). Teams' download URL is pre-authorised, so no token is sent with it.
/// </summary>
public sealed class FileDownloader(HttpClient http, IOptions<FileLimits> options, IOptions<BotOptions> bot)
{
    public async Task<byte[]> DownloadAsync(TeamsFile file, IReadOnlyCollection<string> allowedTypes, CancellationToken cancellationToken)
    {
        if (!allowedTypes.Contains(file.FileType, StringComparer.OrdinalIgnoreCase))
        {
            throw new FileTransferException(FileTexts.WrongType(file.Name, allowedTypes));
        }

        if (!IsAllowedHost(file.DownloadUrl))
        {
            throw new FileTransferException(FileTexts.UntrustedLocation);
        }

        var max = options.Value.MaxBytes;
        try
        {
            using var response = await http.GetAsync(file.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new FileTransferException(FileTexts.DownloadFailed);
            }

            if (response.Content.Headers.ContentLength > max)
            {
                throw new FileTransferException(FileTexts.TooLarge(file.Name, max));
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await ReadCappedAsync(stream, file.Name, max, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new FileTransferException(FileTexts.DownloadFailed, ex);
        }
    }

    // Content-Length may be missing or wrong; count what actually arrives.
    private static async Task<byte[]> ReadCappedAsync(Stream stream, string name, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new FileTransferException(FileTexts.TooLarge(name, max));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private bool IsAllowedHost(Uri url) => FileHosts.IsAllowed(url, options.Value, bot.Value.IsDevelopmentMode);
}
