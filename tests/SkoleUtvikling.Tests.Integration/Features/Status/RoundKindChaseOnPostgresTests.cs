using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Features.Status;

/// <summary>Chasing saker and mellomarbeid rounds on PostgreSQL (SKOLEUTVIKLING_TEST_POSTGRES): the same cases as <see cref="RoundKindChaseTests"/>.</summary>
public sealed class RoundKindChaseOnPostgresTests
{
    [Fact]
    public Task Saker_a_missing_person_is_chased_after_the_deadline_with_the_sak_form_once_a_day_and_answers_it_as_themselves_on_PostgreSQL() =>
        RoundKindChaseTests.SakerChaseAsync(TestDatabases.Postgres());

    [Fact]
    public Task Purr_on_a_mellomarbeid_round_gives_rektor_and_SKUT_the_feedback_form_with_the_agreements_points_on_PostgreSQL() =>
        RoundKindChaseTests.MellomarbeidPurrAsync(TestDatabases.Postgres());
}
