using SkoleUtvikling.Bot.Collection;

namespace SkoleUtvikling.Tests.Unit.Collection;

public sealed class ExemptReasonsTests
{
    [Theory]
    [InlineData("fritak <at>Ola Hansen</at> sykemeldt", "sykemeldt")]
    [InlineData("fritak <at>Ola Hansen</at> Permisjon.", "permisjon")]
    [InlineData("fritak <at>Ola Hansen</at>", "annet")]
    [InlineData("fritak <at>Annet Sykemeldtsen</at> permisjon", "permisjon")]
    [InlineData("fritak <at>Annet Sykemeldtsen</at>", "annet")]
    [InlineData("fritak <at>Ola Hansen</at> «Permisjon og annet» sykemeldt", "sykemeldt")]
    [InlineData("fritak <at>Ola Hansen</at> \"Sykemeldt-runden\"", "annet")]
    public void The_reason_is_a_whole_word_outside_the_mention_and_annet_when_none(string text, string expected) =>
        Assert.Equal(expected, ExemptReasons.Parse(text));
}
