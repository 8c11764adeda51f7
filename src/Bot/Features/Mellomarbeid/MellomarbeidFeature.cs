using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>
/// Mellomarbeid (seed 001 §3.4, §5.2): the veilederteam's agreement after each veiledning, rektor's
/// reminders before the feedback deadline, the school's feedback (drafts by rektor and SKUT, sent by
/// rektor) to the veilederteam and its archive, and <c>mellomarbeid status</c>.
/// </summary>
public static class MellomarbeidFeature
{
    public static IServiceCollection AddMellomarbeidFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCollectionEngine();
        services.AddOptions<MellomarbeidOptions>().Bind(configuration.GetSection(MellomarbeidOptions.Section));
        services.AddSingleton<MellomarbeidRounds>();
        services.AddSingleton<MellomarbeidEvaluations>();
        services.AddSingleton<MellomarbeidService>();
        services.AddSingleton<IRoundKind, MellomarbeidRoundKind>();
        services.AddSingleton<IRoundKind, MellomarbeidEvaluationRoundKind>();
        services.AddSingleton<IActivityHandler, MellomarbeidSubmitHandler>();
        services.AddSingleton<IMessageCommand, MellomarbeidCommand>();
        services.AddSingleton<IFilingDocumentSource, MellomarbeidDocuments>();
        return services;
    }
}
