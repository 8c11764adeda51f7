using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Cards.Mellomarbeid;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>
/// Where mellomarbeid meets the collection engine and its own table: each agreement opens a round of the
/// <see cref="Kind"/> kind with the school (a unit) as its one participant, the school's rektor and SKUT
/// as the answer's editors and the veilederteam as its leaders. The agreement itself is kept beside it.
/// </summary>
public sealed class MellomarbeidRounds(RoundStore store, Database database)
{
    public const string Kind = "mellomarbeid";
    public const string FormId = "mellomarbeid";
    public const int MaxRounds = 8;

    private const string InsertSql = """
        INSERT INTO mellomarbeid_agreements (round_id, tenant_id, school_unit_id, round_number, agreement_json, written_by, created_at_ms)
        VALUES (@RoundId, @TenantId, @SchoolUnitId, @RoundNumber, @AgreementJson, @WrittenBy, @CreatedAtMs)
        ON CONFLICT DO NOTHING
        """;

    private const string CountSql = "SELECT COUNT(*) FROM mellomarbeid_agreements WHERE tenant_id = @TenantId AND school_unit_id = @SchoolUnitId";

    private const string ByRoundSql = "SELECT round_id AS RoundId, tenant_id AS TenantId, school_unit_id AS SchoolUnitId, round_number AS RoundNumber, agreement_json AS AgreementJson, created_at_ms AS CreatedAtMs FROM mellomarbeid_agreements WHERE tenant_id = @TenantId AND round_id = @RoundId";

    private const string ByNumberSql = "SELECT round_id AS RoundId, tenant_id AS TenantId, school_unit_id AS SchoolUnitId, round_number AS RoundNumber, agreement_json AS AgreementJson, written_by AS WrittenBy, created_at_ms AS CreatedAtMs FROM mellomarbeid_agreements WHERE tenant_id = @TenantId AND school_unit_id = @SchoolUnitId AND round_number = @RoundNumber";

    private const string NewestSql = """
        SELECT a.round_id AS RoundId, a.tenant_id AS TenantId, a.school_unit_id AS SchoolUnitId, a.round_number AS RoundNumber,
               a.agreement_json AS AgreementJson, a.created_at_ms AS CreatedAtMs
        FROM mellomarbeid_agreements a
        WHERE a.tenant_id = @TenantId AND a.round_number = (
            SELECT MAX(b.round_number) FROM mellomarbeid_agreements b WHERE b.tenant_id = a.tenant_id AND b.school_unit_id = a.school_unit_id)
        """;

    /// <summary>The engine's view of the feedback form: per point how the school worked (required) and who took part.</summary>
    public static FormDefinition Form(IReadOnlyList<string> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var fields = new List<FormField>();
        for (var i = 1; i <= points.Count; i++)
        {
            fields.Add(new FormField(MellomarbeidCards.WorkedField(i), points[i - 1], FieldKind.LongText, required: true, maxLength: MellomarbeidCards.MaxFeedbackLength));
            fields.Add(new FormField(MellomarbeidCards.ParticipantsField(i), MellomarbeidCardTexts.Participants(i), FieldKind.ShortText, required: false, maxLength: MellomarbeidCards.MaxParticipantsLength));
        }

        fields.Add(new FormField(MellomarbeidCards.Focus, MellomarbeidCardTexts.FocusLabel, FieldKind.LongText, required: true, maxLength: MellomarbeidCards.MaxFeedbackLength));
        return new FormDefinition(FormId, MellomarbeidCardTexts.FeedbackHeading, fields);
    }

    /// <summary>
    /// The last second of the deadline's day in Oslo (23:59:59): a date deadline means the whole day. Not
    /// midnight after it, so the engine's reminder days count from the deadline's own date.
    /// </summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => OsloTime.FromOslo(date.ToDateTime(new TimeOnly(23, 59, 59))).ToUniversalTime();

    public static string SubjectKey(string schoolUnitId, int round) => string.Create(CultureInfo.InvariantCulture, $"mellomarbeid:{schoolUnitId}:{round}");

    public async Task<int> CountAsync(string tenantId, string schoolUnitId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.ExecuteScalarAsync<int>(new CommandDefinition(CountSql, new { TenantId = tenantId, SchoolUnitId = schoolUnitId }, cancellationToken: cancellationToken));
    }

    /// <summary>Keeps the agreement beside its round, in the round's transaction; false when it was already there.</summary>
    public static async Task<bool> StoreAgreementAsync(DbConnection c, DbTransaction t, RoundRecord round, string schoolUnitId, MellomarbeidAgreement agreement, string writtenBy, DateTimeOffset now) =>
        await c.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            RoundId = round.Id,
            round.TenantId,
            SchoolUnitId = schoolUnitId,
            RoundNumber = agreement.Round,
            AgreementJson = JsonSerializer.Serialize(agreement),
            WrittenBy = writtenBy,
            CreatedAtMs = now.ToUnixTimeMilliseconds(),
        }, t)) > 0;

    /// <summary>A mellomarbeid round of the tenant and its agreement, or null.</summary>
    public async Task<MellomarbeidRound?> RoundAsync(string tenantId, string? roundId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(roundId) || await store.RoundAsync(tenantId, roundId, cancellationToken) is not { } record || record.Kind != Kind)
        {
            return null;
        }

        await using var c = await database.OpenAsync(cancellationToken);
        var row = await c.QuerySingleOrDefaultAsync<AgreementRow>(new CommandDefinition(ByRoundSql, new { TenantId = tenantId, RoundId = roundId }, cancellationToken: cancellationToken));
        return row is null ? null : new MellomarbeidRound(record, row.SchoolUnitId, Agreement(row));
    }

    /// <summary>Round <paramref name="number"/> of a school: its agreement and who (Teams id) wrote it; null when there is none.</summary>
    public async Task<(MellomarbeidAgreement Agreement, string WrittenById)?> AgreementAsync(string tenantId, string schoolUnitId, int number, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var row = await c.QuerySingleOrDefaultAsync<AgreementRow>(new CommandDefinition(ByNumberSql,
            new { TenantId = tenantId, SchoolUnitId = schoolUnitId, RoundNumber = number }, cancellationToken: cancellationToken));
        return row is null ? null : (Agreement(row), row.WrittenBy);
    }

    /// <summary>The same agreement apart from its round number (a second press of «Send avtalen»).</summary>
    public static bool SameAgreement(MellomarbeidAgreement a, MellomarbeidAgreement b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.SchoolName == b.SchoolName && a.Deadline == b.Deadline && a.NextDate == b.NextDate && a.NextTime == b.NextTime
            && a.Reading == b.Reading && a.Theme == b.Theme && a.Points.SequenceEqual(b.Points, StringComparer.Ordinal);
    }

    /// <summary>The newest round of every school of the tenant, by school name.</summary>
    public async Task<IReadOnlyList<(MellomarbeidRound Round, Submission? Answer)>> NewestAsync(string tenantId, CancellationToken cancellationToken)
    {
        List<AgreementRow> rows;
        await using (var c = await database.OpenAsync(cancellationToken))
        {
            rows = [.. await c.QueryAsync<AgreementRow>(new CommandDefinition(NewestSql, new { TenantId = tenantId }, cancellationToken: cancellationToken))];
        }

        var result = new List<(MellomarbeidRound, Submission?)>();
        foreach (var row in rows)
        {
            if (await store.RoundAsync(tenantId, row.RoundId, cancellationToken) is { } record)
            {
                result.Add((new MellomarbeidRound(record, row.SchoolUnitId, Agreement(row)), await store.SubmissionOfAsync(tenantId, row.RoundId, row.SchoolUnitId, cancellationToken)));
            }
        }

        return [.. result.OrderBy(r => r.Item1.Agreement.SchoolName, StringComparer.CurrentCulture)];
    }

    /// <summary>The school's answer (every version): for the feature's own checks; readers are checked by the caller.</summary>
    public Task<Submission?> AnswerAsync(MellomarbeidRound round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        return store.SubmissionOfAsync(round.Record.TenantId, round.Record.Id, round.SchoolUnitId, cancellationToken);
    }

    private static MellomarbeidAgreement Agreement(AgreementRow row) =>
        JsonSerializer.Deserialize<MellomarbeidAgreement>(row.AgreementJson) ?? throw new InvalidDataException($"Agreement of round {row.RoundId} is empty.");

    private sealed class AgreementRow
    {
        public string RoundId { get; init; } = "";

        public string TenantId { get; init; } = "";

        public string SchoolUnitId { get; init; } = "";

        public int RoundNumber { get; init; }

        public string AgreementJson { get; init; } = "";

        public string WrittenBy { get; init; } = "";

        public long CreatedAtMs { get; init; }
    }
}

/// <summary>A stored mellomarbeid round: the engine's round, the school (unit) whose answer it collects, and the agreement.</summary>
public sealed record MellomarbeidRound(RoundRecord Record, string SchoolUnitId, MellomarbeidAgreement Agreement)
{
    /// <summary>May edit the school's feedback: rektor and SKUT (the round's editors of the school's answer).</summary>
    public bool MayEdit(string userId, string? aadObjectId) => Record.Round.MayEdit(SchoolUnitId, userId, aadObjectId);

    /// <summary>The veilederteam, who wrote the agreement and receive the feedback.</summary>
    public bool IsVeilederteam(string userId, string? aadObjectId) => Record.IsLeader(userId, aadObjectId);
}
