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

    [Fact]
    public void Concurrency_out_of_range_names_Filing_Concurrency()
    {
        var result = _validator.Validate(null, new FilingOptions { Concurrency = 0 });

        Assert.True(result.Failed);
        Assert.Contains("Filing:Concurrency must be between 1 and 64, was 0", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lease_no_longer_than_one_attempt_names_both_settings()
    {
        var result = _validator.Validate(null, new FilingOptions { LeaseDuration = TimeSpan.FromMinutes(1), AttemptTimeout = TimeSpan.FromMinutes(1) });

        Assert.True(result.Failed);
        Assert.Contains("Filing:LeaseDuration must be longer than Filing:AttemptTimeout", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_max_retry_delay_below_the_base_names_Filing_RetryMaxDelay()
    {
        var result = _validator.Validate(null, new FilingOptions { RetryBaseDelay = TimeSpan.FromMinutes(2), RetryMaxDelay = TimeSpan.FromMinutes(1) });

        Assert.True(result.Failed);
        Assert.Contains("Filing:RetryMaxDelay", result.FailureMessage, StringComparison.Ordinal);
    }
}
