using System.Text.Json.Nodes;

namespace SkoleUtvikling.Testing.Graph;

/// <summary>A calendar event the fake holds, as Graph's event resource has it (times as sent, UTC).</summary>
public sealed record FakeGraphEvent(string Id, string UserId, string? TransactionId, string Subject, string Start, string End, string? Location, bool Cancelled)
{
    /// <summary>The invited attendees' mail addresses, as the last create or PATCH sent them.</summary>
    public IReadOnlyList<string> Attendees { get; init; } = [];

    internal static IReadOnlyList<string>? AttendeesOf(JsonObject body) =>
        body["attendees"] is JsonArray list ? [.. list.Select(a => a?["emailAddress"]?["address"]?.GetValue<string>() ?? "")] : null;
}

/// <summary>
/// The fake's calendars (<c>/users/{id}/events</c>): a create with a transactionId the mailbox has seen returns the
/// event made then (Graph's guard against redundant POSTs on client retries), PATCH updates, <c>…/cancel</c> cancels
/// (202). <see cref="LoseNextCreateAnswer"/> carries a create out and drops the connection before answering, as a
/// crash or timeout between Graph and the bot looks.
/// </summary>
public sealed class FakeGraphEvents
{
    private readonly Lock _lock = new();
    private readonly List<FakeGraphEvent> _events = [];
    private int _next;
    private int _loseCreates;

    public IReadOnlyList<FakeGraphEvent> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    public void LoseNextCreateAnswer(int times = 1)
    {
        lock (_lock)
        {
            _loseCreates += times;
        }
    }

    internal (FakeGraphEvent Event, bool Created, bool LoseAnswer) Create(string userId, JsonObject body)
    {
        lock (_lock)
        {
            var transactionId = body["transactionId"]?.GetValue<string>();
            var lose = _loseCreates > 0 && _loseCreates-- > 0;
            if (transactionId is not null && _events.FirstOrDefault(e => e.UserId == userId && e.TransactionId == transactionId) is { } seen)
            {
                return (seen, false, lose);
            }

            var created = new FakeGraphEvent("AAMkAD-" + ++_next, userId, transactionId, body["subject"]?.GetValue<string>() ?? "",
                body["start"]?["dateTime"]?.GetValue<string>() ?? "", body["end"]?["dateTime"]?.GetValue<string>() ?? "",
                body["location"]?["displayName"]?.GetValue<string>(), Cancelled: false)
            {
                Attendees = FakeGraphEvent.AttendeesOf(body) ?? [],
            };
            _events.Add(created);
            return (created, true, lose);
        }
    }

    internal FakeGraphEvent? Update(string userId, string id, JsonObject body)
    {
        lock (_lock)
        {
            var index = _events.FindIndex(e => e.UserId == userId && e.Id == id && !e.Cancelled);
            if (index < 0)
            {
                return null;
            }

            var e = _events[index];
            e = e with
            {
                Subject = body["subject"]?.GetValue<string>() ?? e.Subject,
                Start = body["start"]?["dateTime"]?.GetValue<string>() ?? e.Start,
                End = body["end"]?["dateTime"]?.GetValue<string>() ?? e.End,
                Location = body.ContainsKey("location") ? body["location"]?["displayName"]?.GetValue<string>() : e.Location,
                Attendees = FakeGraphEvent.AttendeesOf(body) ?? e.Attendees,
            };
            _events[index] = e;
            return e;
        }
    }

    internal bool Cancel(string userId, string id)
    {
        lock (_lock)
        {
            var index = _events.FindIndex(e => e.UserId == userId && e.Id == id && !e.Cancelled);
            if (index < 0)
            {
                return false;
            }

            _events[index] = _events[index] with { Cancelled = true };
            return true;
        }
    }

    internal static JsonObject Json(FakeGraphEvent e) => new()
    {
        ["id"] = e.Id,
        ["subject"] = e.Subject,
        ["transactionId"] = e.TransactionId,
        ["isCancelled"] = e.Cancelled,
        ["start"] = new JsonObject { ["dateTime"] = e.Start, ["timeZone"] = "UTC" },
        ["end"] = new JsonObject { ["dateTime"] = e.End, ["timeZone"] = "UTC" },
        ["location"] = new JsonObject { ["displayName"] = e.Location },
        ["attendees"] = new JsonArray([.. e.Attendees.Select(a => (JsonNode)new JsonObject { ["emailAddress"] = new JsonObject { ["address"] = a } })]),
    };
}
