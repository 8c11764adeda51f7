namespace SkoleUtvikling.Bot.Protocol;

/// <summary>Reads a request body up to a limit, whatever Content-Length says (or does not say, when chunked).</summary>
public static class RequestBody
{
    /// <returns>The body, or null as soon as more than <paramref name="maxBytes"/> arrived (the rest is not read).</returns>
    public static async Task<byte[]?> ReadCappedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit for the route (set to the same size) fired first.
            return null;
        }

        return buffer.ToArray();
    }
}
