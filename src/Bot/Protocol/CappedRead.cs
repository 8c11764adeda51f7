using System.Buffers;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>
/// Reads a stream to its end, but never past a limit: what a sender says about the length (a
/// Content-Length header, or none when chunked) is a claim, so what actually arrives is counted.
/// </summary>
public static class CappedRead
{
    private const int FirstBuffer = 4 * 1024;

    /// <param name="lengthHint">The length the sender announced, if any: only the first buffer's size (up to the limit), never trusted.</param>
    /// <returns>The bytes, or null as soon as more than <paramref name="maxBytes"/> arrived (the rest is not read).</returns>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken, long? lengthHint = null)
    {
        // Every inbound activity passes here: a pooled buffer and one exact copy at the end, instead of a fresh 16 KB
        // chunk and a growing MemoryStream, was half of what a request allocated (issue 16, GC pauses in the tail).
        var size = (int)Math.Clamp(lengthHint is > 0 ? lengthHint.Value + 1 : FirstBuffer, 1, Math.Min(maxBytes + 1, Array.MaxLength));
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    // Room for one byte past the limit, so that a body over it is seen as such.
                    buffer = Grow(buffer, length, (int)Math.Min((long)length * 2, Math.Min(maxBytes + 1, Array.MaxLength)));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    return null;
                }
            }

            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int length, int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(size, length + 1));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
