namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>Mellomarbeid log messages. Event ids 8000–8099. Ids and counts only, never an agreement's text or a name.</summary>
internal static partial class MellomarbeidLog
{
    [LoggerMessage(8000, LogLevel.Information, "Mellomarbeid round {RoundId} opened: round {Round} of school {SchoolId}, {Editors} editors")]
    public static partial void AgreementWritten(ILogger logger, string roundId, int round, string schoolId, int editors);

    [LoggerMessage(8001, LogLevel.Information, "Mellomarbeid round {RoundId}: agreement already written")]
    public static partial void AgreementExists(ILogger logger, string roundId);

    [LoggerMessage(8002, LogLevel.Information, "Mellomarbeid round {RoundId}: {Status}, draft {Draft}")]
    public static partial void FeedbackSaved(ILogger logger, string roundId, string status, bool draft);

    [LoggerMessage(8003, LogLevel.Information, "Mellomarbeid round {RoundId}: refused for a person who may not read it")]
    public static partial void Refused(ILogger logger, string roundId);

    [LoggerMessage(8004, LogLevel.Information, "Mellomarbeid refused: not a member of the veilederteam")]
    public static partial void NotVeilederteam(ILogger logger);

    [LoggerMessage(8005, LogLevel.Information, "Mellomarbeid evaluation {RoundId}: {Status}")]
    public static partial void EvaluationSaved(ILogger logger, string roundId, string status);
}
