namespace SkoleUtvikling.Cards.Booking;

/// <summary>The verbs and data fields of booking cards.</summary>
public static class BookingVerbs
{
    public const string Book = "booking.book";
    public const string Cancel = "booking.cancel";
    public const string CalendarFile = "booking.ics";

    public const string EventKey = "bookingEvent";
    public const string Version = "bookingVersion";

    public const string DateInput = "booking_date";
    public const string StartInput = "booking_start";
    public const string RoomInput = "booking_room";

    public static bool IsBookingVerb(string? verb) => verb is Book or Cancel or CalendarFile;
}
