using SkoleUtvikling.Bot.Filing;

namespace SkoleUtvikling.Tests.Unit.Filing;

public sealed class FilingOptionsValidatorTests
{
    private readonly FilingOptionsValidator _validator = new();

    [Fact]
    public void Defaults_are_valid() => Assert.True(_validator.Validate(null, new FilingOptions()).Succeeded);

    [Fact]
    public void A_loopback_http_base_url_is_valid_for_tests() =>
        Assert.True(_validator.Validate(null, new FilingOptions { GraphBaseUrl = "http://127.0.0.1:5000/v1.0" }).Succeeded);

    [Theory]
    [InlineData("not a url")]
    [InlineData("http://graph.example.com/v1.0")]
    public void A_bad_base_url_names_Filing_GraphBaseUrl(string url)
    {
        var result = _validator.Validate(null, new FilingOptions { GraphBaseUrl = url });

        Assert.True(result.Failed);
        Assert.Contains("Filing:GraphBaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_archive_folder_names_Filing_ArchiveFolder()
    {
        var result = _validator.Validate(null, new FilingOptions { ArchiveFolder = " " });

        Assert.True(result.Failed);
        Assert.Contains("Filing:ArchiveFolder", result.FailureMessage, StringComparison.Ordinal);
    }
}
