namespace SkoleUtvikling.Bot.Protocol;

/// <summary>
/// Reads a stream to its end, but never past a limit: what a sender says about the length (a
/// Content-Length header, or none when chunked) is a claim, so what actually arrives is counted.
/// </summary>
public static class CappedRead
{
    /// <returns>The bytes, or null as soon as more than <paramref name="maxBytes"/> arrived (the rest is not read).</returns>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
