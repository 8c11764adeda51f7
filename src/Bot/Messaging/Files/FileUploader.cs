using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>
/// Puts a file into the upload URL Teams gives after the user accepted a file consent card: a OneDrive
/// upload session, written in one range since our files are small. No token: the URL is pre-authorised.
/// </summary>
public sealed class FileUploader(HttpClient http, IOptions<FileLimits> options, IOptions<BotOptions> bot)
{
    public async Task UploadAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        if (!FileHosts.IsAllowed(uploadUrl, options.Value, bot.Value.IsDevelopmentMode))
        {
            throw new FileTransferException(FileTransferReason.UntrustedLocation, FileTexts.UntrustedLocation);
        }

        using var body = new ByteArrayContent(content);
        body.Headers.ContentLength = content.Length;
        body.Headers.ContentRange = new ContentRangeHeaderValue(0, content.Length - 1, content.Length);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        try
        {
            using var response = await http.PutAsync(uploadUrl, body, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new FileTransferException(FileTexts.UploadFailed);
            }
        }
        catch (HttpRequestException ex)
        {
            throw new FileTransferException(FileTexts.UploadFailed, ex);
        }
    }
}
