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

        try
        {
            return await CappedRead.ReadAsync(request.Body, maxBytes, cancellationToken, request.ContentLength);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit for the route (set to the same size) fired first.
            return null;
        }
    }
}
