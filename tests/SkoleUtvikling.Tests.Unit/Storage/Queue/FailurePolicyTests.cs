using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Storage.Queue;
using SkoleUtvikling.Bot.Storage.Queue.Limits;
using SkoleUtvikling.Tests.Unit.Storage.Queue.Limits;

namespace SkoleUtvikling.Tests.Unit.Storage.Queue;

/// <summary>
/// The one retry policy every job kind (Teams sends, Graph filing) goes through: what a 429, a
/// transient error, an unknown outcome and a lasting error do to a job and its tenant.
/// </summary>
public sealed class FailurePolicyTests
{
    private const string Tenant = "tenant-a";
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(2);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingPauses _pauses = new();
    private readonly RateLimiter _limiter;

    public FailurePolicyTests()
    {
        // Jitter fixed at its top: attempt n waits exactly 2 s · 2^(n−1).
        _limiter = new RateLimiter([], [], new RetryBackoff(Base, TimeSpan.FromMinutes(10), new FixedRandom(1.0)), _time);
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    private FailurePolicy Policy(InDoubtPolicy inDoubt = InDoubtPolicy.Resend, int maxAttempts = 5) =>
        new(_limiter, new RetryBackoff(Base, TimeSpan.FromMinutes(10), new FixedRandom(1.0)), _pauses, maxAttempts, inDoubt, _time, NullLogger.Instance);

    private static JobFailure Failure(FailureKind kind, int status, TimeSpan? retryAfter = null, bool unknown = false) =>
        new(kind, status, retryAfter, unknown, $"{status}");

    [Fact]
    public async Task A_429_with_Retry_After_pauses_the_whole_tenant_until_then_and_the_job_is_due_exactly_then()
    {
        var decision = await Policy().DecideAsync(Tenant, Failure(FailureKind.Throttled, 429, TimeSpan.FromSeconds(7)), attempt: 1, idempotent: true);

        Assert.Equal(Now.AddSeconds(7), decision.RetryAt);
        Assert.Equal((Tenant, Now.AddSeconds(7).ToUnixTimeMilliseconds()), Assert.Single(_pauses.Pauses));
        var other = _limiter.TryAcquire(Tenant, "another job of the tenant");
        Assert.Equal((true, TimeSpan.FromSeconds(7)), (other.TenantPaused, other.Wait));
        Assert.NotNull(_limiter.TryAcquire("tenant-b", "a job of another tenant").Permit);
    }

    [Fact]
    public async Task A_429_without_Retry_After_pauses_for_a_backoff_that_grows_with_each_429_in_a_row()
    {
        var policy = Policy();

        var first = await policy.DecideAsync(Tenant, Failure(FailureKind.Throttled, 429), attempt: 1, idempotent: true);
        _time.Advance(TimeSpan.FromSeconds(2));
        var second = await policy.DecideAsync(Tenant, Failure(FailureKind.Throttled, 429), attempt: 2, idempotent: true);

        Assert.Equal(Now, first.RetryAt);
        Assert.Equal(Now.AddSeconds(4), second.RetryAt);
    }

    [Fact]
    public async Task A_429_never_counts_towards_giving_up()
    {
        var decision = await Policy(maxAttempts: 3).DecideAsync(Tenant, Failure(FailureKind.Throttled, 429, TimeSpan.FromSeconds(1)), attempt: 3, idempotent: false);

        Assert.Equal(Now.AddSeconds(1), decision.RetryAt);
    }

    [Theory]
    [InlineData(1, null, 2)]
    [InlineData(3, null, 8)]
    [InlineData(1, 30, 30)]
    [InlineData(3, 1, 8)]
    public async Task A_transient_error_waits_the_longer_of_its_backoff_and_Retry_After_and_pauses_nobody(int attempt, int? retryAfterSeconds, int expectedSeconds)
    {
        var retryAfter = retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;

        var decision = await Policy().DecideAsync(Tenant, Failure(FailureKind.Transient, 503, retryAfter), attempt, idempotent: true);

        Assert.Equal(Now.AddSeconds(expectedSeconds), decision.RetryAt);
        Assert.Empty(_pauses.Pauses);
        Assert.NotNull(_limiter.TryAcquire(Tenant, "job").Permit);
    }

    [Fact]
    public async Task A_transient_error_on_the_last_attempt_stops_the_job()
    {
        var decision = await Policy(maxAttempts: 3).DecideAsync(Tenant, Failure(FailureKind.Transient, 502), attempt: 3, idempotent: true);

        Assert.Null(decision.RetryAt);
        Assert.Equal("gave up after 3 attempts (last 502)", decision.StopReason);
    }

    [Theory]
    [InlineData(FailureKind.Permanent, 400, "400: will not heal by retrying")]
    [InlineData(FailureKind.TargetGone, 403, "403: the target is closed to the bot")]
    public async Task A_lasting_error_stops_the_job_at_once(FailureKind kind, int status, string reason)
    {
        var decision = await Policy().DecideAsync(Tenant, Failure(kind, status), attempt: 1, idempotent: false);

        Assert.Equal((null, reason, false), (decision.RetryAt, decision.StopReason, decision.Interrupted));
    }

    [Fact]
    public async Task In_doubt_with_Resend_the_job_is_tried_again_and_marked_as_maybe_carried_out()
    {
        var decision = await Policy(InDoubtPolicy.Resend).DecideAsync(Tenant, Failure(FailureKind.Transient, 0, unknown: true), attempt: 1, idempotent: false);

        Assert.Equal((Now.AddSeconds(2), true), (decision.RetryAt, decision.Interrupted));
    }

    [Fact]
    public async Task In_doubt_with_Hold_a_call_that_is_not_idempotent_is_stopped_instead_of_repeated()
    {
        var decision = await Policy(InDoubtPolicy.Hold).DecideAsync(Tenant, Failure(FailureKind.Transient, 0, unknown: true), attempt: 1, idempotent: false);

        Assert.Null(decision.RetryAt);
        Assert.True(decision.Interrupted);
        Assert.Equal("outcome unknown (0); held so it is not sent twice", decision.StopReason);
    }

    [Fact]
    public async Task In_doubt_with_Hold_an_idempotent_call_such_as_a_Graph_upload_is_simply_repeated()
    {
        var decision = await Policy(InDoubtPolicy.Hold).DecideAsync(Tenant, Failure(FailureKind.Transient, 0, unknown: true), attempt: 1, idempotent: true);

        Assert.Equal((Now.AddSeconds(2), false), (decision.RetryAt, decision.Interrupted));
    }

    private sealed class RecordingPauses : ITenantPauses
    {
        public List<(string TenantId, long UntilMs)> Pauses { get; } = [];

        public string Kind => "Test";

        public Task PauseTenantAsync(string tenantId, long untilMs, long now)
        {
            Pauses.Add((tenantId, untilMs));
            return Task.CompletedTask;
        }
    }
}
