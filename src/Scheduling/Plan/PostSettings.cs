namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>When a programme's posts go out. Times are Europe/Oslo wall-clock times and must lie outside quiet hours.</summary>
public sealed class PostSettings
{
    /// <summary>Calendar days between the lesebestilling and the (earliest) meeting day; moved back to a working day.</summary>
    public int LesebestillingDaysBefore { get; set; } = 7;

    public TimeOnly LesebestillingAt { get; set; } = new(8, 0);

    /// <summary>Remind on the working day before the meeting.</summary>
    public bool SendReminder { get; set; } = true;

    /// <summary>Also remind about meetings without a lesebestilling.</summary>
    public bool RemindWithoutLesebestilling { get; set; }

    public TimeOnly ReminderAt { get; set; } = new(8, 0);

    /// <summary>Project meetings: days between the call for saker and the saker deadline.</summary>
    public int CallForSakerDaysBeforeDeadline { get; set; } = 7;

    /// <summary>Project meetings: time of the call for saker and of the saksliste.</summary>
    public TimeOnly AgendaAt { get; set; } = new(8, 0);
}
