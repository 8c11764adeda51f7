using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Protocol.Outbound;

namespace SkoleUtvikling.Tests.Unit.Protocol.Outbound;

public sealed class ConnectorErrorReaderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_teams_error_body_gives_code_sub_code_message_and_the_correlation_header()
    {
        using var response = Answer(HttpStatusCode.Forbidden, """{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"Blocked."}}""");
        response.Headers.Add("X-Correlating-OperationId", "op-1");

        var error = await ConnectorErrorReader.ReadAsync(response, _time, default);

        Assert.Equal(new ConnectorError(403, "Forbidden", "MessageWritesBlocked", "Blocked.", null, "op-1", false), error);
        Assert.Equal("MessageWritesBlocked", error.MostSpecificCode);
    }

    [Theory]
    [InlineData("<html><body>Bad gateway</body></html>")]
    [InlineData("")]
    [InlineData("""{"message":"no error object"}""")]
    [InlineData("""{"error":"just a string"}""")]
    [InlineData("[1,2]")]
    public async Task A_body_that_is_not_a_teams_error_is_ignored(string body)
    {
        using var response = Answer(HttpStatusCode.BadGateway, body);

        var error = await ConnectorErrorReader.ReadAsync(response, _time, default);

        Assert.Equal((502, null, null), (error.StatusCode, error.Code, error.Message));
    }

    [Fact]
    public void Retry_after_in_seconds_is_taken_as_it_is()
    {
        Assert.Equal(TimeSpan.FromSeconds(12), ConnectorErrorReader.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(12)), _time));
    }

    [Fact]
    public void Retry_after_as_a_date_is_measured_from_the_injected_clock()
    {
        var header = new RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(45));

        Assert.Equal(TimeSpan.FromSeconds(45), ConnectorErrorReader.RetryAfter(header, _time));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.Zero, ConnectorErrorReader.RetryAfter(header, _time));
    }

    [Fact]
    public void No_retry_after_is_null_so_the_caller_backs_off_on_its_own()
    {
        Assert.Null(ConnectorErrorReader.RetryAfter(null, _time));
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
