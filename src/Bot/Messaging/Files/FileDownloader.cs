using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>
/// Fetches a file a user sent, within the size limit and only from SharePoint/OneDrive hosts (loopback in
/// development mode). Teams' download URL is pre-authorised, so no token is sent with it. Redirects are
/// followed here, not by the handler (its auto-redirect is off, see SchedulingServiceCollectionExtensions.AddFileTransfers), so
/// every hop is checked against <c>Files:AllowedHosts</c>: a SharePoint link must not lead the bot to
/// an internal address or another host.
/// </summary>
public sealed class FileDownloader(HttpClient http, IOptions<FileLimits> options, IOptions<BotOptions> bot)
{
    /// <summary>SharePoint's pre-authorised links answer directly or after one or two redirects.</summary>
    public const int MaxRedirects = 5;

    public async Task<byte[]> DownloadAsync(TeamsFile file, IReadOnlyCollection<string> allowedTypes, CancellationToken cancellationToken)
    {
        if (!allowedTypes.Contains(file.FileType, StringComparer.OrdinalIgnoreCase))
        {
            throw new FileTransferException(FileTransferReason.WrongType, FileTexts.WrongType(file.Name, allowedTypes));
        }

        if (!IsAllowedHost(file.DownloadUrl))
        {
            throw new FileTransferException(FileTransferReason.UntrustedLocation, FileTexts.UntrustedLocation);
        }

        var max = options.Value.MaxBytes;
        try
        {
            using var response = await GetFollowingAllowedRedirectsAsync(file.DownloadUrl, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new FileTransferException(FileTexts.DownloadFailed);
            }

            if (response.Content.Headers.ContentLength > max)
            {
                throw new FileTransferException(FileTransferReason.TooLarge, FileTexts.TooLarge(file.Name, max));
            }

            // Content-Length may be missing or wrong; what actually arrives is counted.
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await CappedRead.ReadAsync(stream, max, cancellationToken)
                ?? throw new FileTransferException(FileTransferReason.TooLarge, FileTexts.TooLarge(file.Name, max));
        }
        catch (HttpRequestException ex)
        {
            throw new FileTransferException(FileTexts.DownloadFailed, ex);
        }
    }

    private async Task<HttpResponseMessage> GetFollowingAllowedRedirectsAsync(Uri url, CancellationToken cancellationToken)
    {
        for (var hop = 0; ; hop++)
        {
            var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.RequestMessage?.RequestUri is { } asked && asked != url)
            {
                // The handler followed a redirect on its own: its hops were not checked.
                response.Dispose();
                throw new FileTransferException(FileTransferReason.UntrustedLocation, FileTexts.UntrustedLocation);
            }

            if (!IsRedirect(response.StatusCode))
            {
                return response;
            }

            var location = response.Headers.Location;
            response.Dispose();
            if (location is null || hop >= MaxRedirects)
            {
                throw new FileTransferException(FileTexts.DownloadFailed);
            }

            url = location.IsAbsoluteUri ? location : new Uri(url, location);
            if (!IsAllowedHost(url))
            {
                throw new FileTransferException(FileTransferReason.UntrustedLocation, FileTexts.UntrustedLocation);
            }
        }
    }

    private static bool IsRedirect(System.Net.HttpStatusCode status) =>
        (int)status is 301 or 302 or 303 or 307 or 308;

    private bool IsAllowedHost(Uri url) => FileHosts.IsAllowed(url, options.Value, bot.Value.IsDevelopmentMode);
}
