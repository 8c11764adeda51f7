using SkoleUtvikling.Bot.Messaging.Files;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// Nettverksgrupper book their flexible meeting within the plan's window (issue 15; seed 002: «Hver enkelt
/// nettverksgruppe kan avtale møtetid innenfor et tidsrom på 5 dager før eller etter 1. oktober»): the announcement
/// with «Book tidspunkt» in each group's channel, bookings with a version check, move and cancel, reminders, the
/// coordinators' digest and <c>bookinger</c>; the core's <see cref="IMeetingSlots"/> for the plan and reflection.
/// </summary>
public static class BookingFeature
{
    public static IServiceCollection AddBookingFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BookingOptions>().Bind(configuration.GetSection(BookingOptions.Section))
            .Validate(o => !o.Validate().Any(), "Booking:AnnounceDaysBefore must be 1–120 days.").ValidateOnStart();
        services.TryAddSingleton<BookingStore>();
        services.AddSingleton<BookingSchedule>();
        services.AddSingleton<IPlanEventsListener>(sp => sp.GetRequiredService<BookingSchedule>());
        services.AddSingleton<IMeetingSlots, BookingSlots>();
        services.AddSingleton<BookingActions>();
        services.AddSingleton<BookingSlotNotices>();
        services.AddHostedService<BookingSlotResync>();
        services.AddSingleton<Calendar.BookingCalendarJobs>();
        services.AddSingleton<Calendar.BookingCalendarSignal>();
        services.AddSingleton<Calendar.IBookingCalendar, Calendar.GraphBookingCalendar>();
        services.AddHostedService<Calendar.BookingCalendarWorker>();
        services.AddSingleton<BookingPosts>();
        services.AddSingleton<IFiredPostHandler>(sp => sp.GetRequiredService<BookingPosts>());
        services.AddSingleton<IUnitListener>(sp => sp.GetRequiredService<BookingPosts>());
        services.AddSingleton<IActivityHandler, BookingInvokeHandler>();
        services.AddSingleton<IActivityHandler, BookingSubmitHandler>();
        services.AddFileOffer<BookingCalendarFileOffer>();
        services.AddSingleton<IMessageCommand, BookingListCommand>();
        services.AddSingleton<IStatusSection, BookingStatusSection>();
        return services;
    }
}
