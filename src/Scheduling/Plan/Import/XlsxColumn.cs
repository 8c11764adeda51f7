namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>The columns of the .xlsx plan template, in template order.</summary>
public enum XlsxColumn
{
    Week,
    Date,
    LastDate,
    StartTime,
    EndTime,
    Programme,
    Title,
    Room,
    Topic,
    Lesebestilling,
    Participants,
    Responsible,
    WindowDays,
    SakerWeeksBefore,
    SakslisteWeeksBefore,
}
