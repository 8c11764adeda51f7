using System.Globalization;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Microsoft.Kiota.Abstractions;
using SkoleUtvikling.Bot.Filing;

namespace SkoleUtvikling.Bot.Features.Booking.Calendar;

/// <summary>
/// Booking events through Microsoft Graph, app-only in the organizer's mailbox (protocol.md: <c>POST /users/{id}/events</c>
/// with <c>transactionId</c>, Calendars.ReadWrite). The shared <see cref="GraphClients"/> have no retry handler: the
/// queue owns retries. Answers are classified for it: 408/429/5xx and no answer are transient.
/// </summary>
public sealed class GraphBookingCalendar(IServiceProvider services, TimeProvider time) : IBookingCalendar
{
    // Resolved on first use: GraphClients needs the app's secret, which only a Graph installation has.
    private GraphClients Clients => services.GetRequiredService<GraphClients>();

    public async Task<string> CreateAsync(string tenantId, string organizerId, string transactionId, CalendarEvent calendarEvent, CancellationToken cancellationToken)
    {
        var body = Model(calendarEvent);
        body.TransactionId = transactionId;
        var created = await CallAsync(() => Clients.For(tenantId).Users[organizerId].Events.PostAsync(body, cancellationToken: cancellationToken), cancellationToken);
        return created?.Id ?? throw new CalendarCallException("Graph created an event without an id.", 502, null, transient: true, outcomeUnknown: true);
    }

    public Task UpdateAsync(string tenantId, string organizerId, string graphEventId, CalendarEvent calendarEvent, CancellationToken cancellationToken) =>
        CallAsync(() => Clients.For(tenantId).Users[organizerId].Events[graphEventId].PatchAsync(Model(calendarEvent), cancellationToken: cancellationToken), cancellationToken);

    public async Task CancelAsync(string tenantId, string organizerId, string graphEventId, string comment, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync(async () =>
            {
                await Clients.For(tenantId).Users[organizerId].Events[graphEventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (CalendarCallException ex) when (ex.StatusCode == 404)
        {
            // Already gone: cancelled is what we wanted.
        }
    }

    private static Event Model(CalendarEvent e) => new()
    {
        Subject = e.Subject,
        Body = new ItemBody { ContentType = BodyType.Text, Content = e.Body },
        Start = new DateTimeTimeZone { DateTime = e.Start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), TimeZone = "UTC" },
        End = new DateTimeTimeZone { DateTime = e.End.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), TimeZone = "UTC" },
        Location = e.Room is null ? null : new Location { DisplayName = e.Room },
        Attendees = [.. e.Attendees.Select(a => new Attendee { Type = AttendeeType.Required, EmailAddress = new EmailAddress { Address = a.Email, Name = a.Name } })],
    };

    private async Task<T> CallAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (ApiException ex)
        {
            var status = ex.ResponseStatusCode;
            var transient = status is 408 or 423 or 429 or 500 or 502 or 503 or 504;
            throw new CalendarCallException($"Graph answered {status}.", status, RetryAfter(ex.ResponseHeaders), transient, outcomeUnknown: false, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new CalendarCallException("No answer from Graph.", 0, null, transient: true, outcomeUnknown: true, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CalendarCallException("Graph did not answer in time.", 0, null, transient: true, outcomeUnknown: true, ex);
        }
    }

    private TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>> headers)
    {
        var value = headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? TimeSpan.FromTicks(Math.Max(0, (at - time.GetUtcNow()).Ticks))
            : null;
    }
}
