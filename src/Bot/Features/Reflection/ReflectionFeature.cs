using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>Reflection notes: the collection engine's store, the round opened by each lesebestilling, handlers and documents.</summary>
public static class ReflectionFeature
{
    public static IServiceCollection AddReflectionFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ReflectionSettings, ReflectionSettingsValidator>(configuration.GetSection(ReflectionSettings.Section));
        services.AddCollectionEngine();
        services.AddSingleton<ReflectionRoundOpener>();
        services.AddSingleton<IMeetingPostListener, ReflectionMeetingPosts>();
        services.AddSingleton<IMeetingSlotListener, ReflectionSlotFollower>();
        services.AddSingleton<RoundMembership>();
        services.AddSingleton<ReflectionCountUpdates>();
        services.AddSingleton<ReflectionCountRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<ReflectionCountRefresher>());
        services.AddSingleton<IRoundKind, ReflectionRoundKind>();
        services.AddSingleton<ReflectionNoteFiling>();
        services.AddSingleton<ReflectionService>();
        services.AddSingleton<ReflectionLeaderService>();
        services.AddSingleton<ReflectionActions>();
        services.AddSingleton<PrivateAnswers>();
        services.AddSingleton<IActivityHandler, ReflectionInvokeHandler>();
        services.AddSingleton<IActivityHandler, ReflectionSubmitHandler>();
        services.AddSingleton<IMessageCommand, WriteNoteCommand>();
        services.AddSingleton<IMessageCommand, OwnNotesCommand>();
        services.AddSingleton<IMessageCommand, RoundNotesCommand>();
        services.AddSingleton<ReflectionQuestionSets>();
        services.AddSingleton<IMessageCommand, QuestionsCommand>();
        services.AddSingleton<IMessageCommand, ExemptCommand>();
        services.AddSingleton<ReflectionDocuments>();
        services.AddSingleton<IFilingDocumentSource, ReflectionNoteDocumentSource>();
        services.AddSingleton<IFilingDocumentSource, ReflectionRoundDocumentSource>();
        return services;
    }
}
