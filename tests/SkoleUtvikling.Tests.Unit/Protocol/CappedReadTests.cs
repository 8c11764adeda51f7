using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Tests.Unit.Protocol;

public sealed class CappedReadTests
{
    public static TheoryData<int, long?> Cases => new()
    {
        { 0, null },
        { 1, null },
        { 4095, null },
        { 4096, null },
        { 70_000, null },
        { 1_500, 1_500 },
        { 1_500, 10 },
        { 1_500, 100_000 },
        { 100_000, 100_000 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Returns_exactly_the_bytes_sent_whatever_the_announced_length(int length, long? hint)
    {
        var body = Body(length);

        var read = await CappedRead.ReadAsync(new Trickle(body, 997), maxBytes: 100_000, CancellationToken.None, hint);

        Assert.Equal(body, read);
    }

    [Theory]
    [InlineData(100_001, null)]
    [InlineData(100_001, 100_000L)]
    [InlineData(250_000, 1_000L)]
    public async Task More_than_the_limit_is_refused_whatever_the_announced_length(int length, long? hint)
    {
        var source = new Trickle(Body(length), 4_096);

        var read = await CappedRead.ReadAsync(source, maxBytes: 100_000, CancellationToken.None, hint);

        Assert.Null(read);
        // It stopped soon after the limit instead of reading everything the sender had.
        Assert.True(source.Position <= 100_000 + 200_000, $"read {source.Position} bytes");
        Assert.True(length < 200_000 || source.Position < length, $"read all {length} bytes of an oversized body");
    }

    [Fact]
    public async Task Exactly_the_limit_is_accepted()
    {
        var body = Body(100_000);

        Assert.Equal(body, await CappedRead.ReadAsync(new Trickle(body, 8_192), maxBytes: 100_000, CancellationToken.None, 100_000));
    }

    private static byte[] Body(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 7 % 251))];

    /// <summary>A stream that hands out at most <paramref name="step"/> bytes a read, as a network stream may.</summary>
    private sealed class Trickle(byte[] data, int step) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, step)], cancellationToken);
    }
}
