using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// Saker and saksliste for project meetings (seed 002: «Saker meldes inn … senest 3 uker før møtet»,
/// «Saksliste sendes ut ei uke i forkant»): the call for saker opens a round on the collection engine,
/// the saksliste post carries and files the saksliste.
/// </summary>
public static class SakerFeature
{
    public static IServiceCollection AddSakerFeature(this IServiceCollection services)
    {
        // The engine (store, reminder runner, status and chases); other features register the same singletons, whichever comes first.
        services.AddCollectionEngine();
        services.AddSingleton<IRoundKind, SakerRoundKind>();
        services.AddSingleton<SakerRounds>();
        services.AddSingleton<SakerRoster>();
        services.AddSingleton<SakerOrder>();
        services.AddSingleton<SakerCallUpdates>();
        services.AddSingleton<SakerService>();
        services.AddSingleton<SakerLeaderService>();
        services.AddSingleton<SakerActions>();
        services.AddSingleton<IMeetingPostListener, SakerMeetingPosts>();
        services.AddSingleton<IActivityHandler, SakerInvokeHandler>();
        services.AddSingleton<IActivityHandler, SakerSubmitHandler>();
        services.AddSingleton<IMessageCommand, SakerCommand>();
        services.AddSingleton<IFilingDocumentSource, SakerDocuments>();
        return services;
    }
}
