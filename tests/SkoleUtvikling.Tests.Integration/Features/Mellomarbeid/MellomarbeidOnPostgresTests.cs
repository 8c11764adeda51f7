using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Features.Mellomarbeid;

/// <summary>Mellomarbeid on PostgreSQL (SKOLEUTVIKLING_TEST_POSTGRES): two editors of one draft at once.</summary>
public sealed class MellomarbeidOnPostgresTests
{
    [Fact]
    public Task Two_editors_saving_one_draft_at_once_on_PostgreSQL_lose_no_text_and_the_later_is_told() =>
        MellomarbeidTests.TwoEditorsAsync(TestDatabases.Postgres());
}
