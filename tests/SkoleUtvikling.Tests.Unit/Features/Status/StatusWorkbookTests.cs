using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Features.Status;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Tests.Unit.Features.Status.Fixtures;
using SkoleUtvikling.Tests.Unit.Collection;

namespace SkoleUtvikling.Tests.Unit.Features.Status;

/// <summary><c>rapport</c>'s workbook: opens in an independent reader and holds one right row per person.</summary>
public sealed class StatusWorkbookTests
{
    private static readonly DateTimeOffset First = ReminderCalendar.At(new DateOnly(2026, 11, 27), new TimeOnly(9, 15));
    private static readonly DateTimeOffset Last = ReminderCalendar.At(new DateOnly(2026, 11, 28), new TimeOnly(20, 5));

    [Fact]
    public void The_workbook_opens_and_holds_one_row_per_person_with_state_delivery_times_chases_and_reason()
    {
        var bytes = StatusWorkbook.Build(Status());
        var rows = XlsxRows.Read(bytes);

        Assert.Equal("Klasseledelse & <relasjoner>", rows[0][0]);
        Assert.Equal("2 av 3 har levert, 1 mangler, 1 fritatt", rows[1][0]);
        Assert.Equal(string.Join("|", StatusTexts.ReportHeaders), string.Join("|", rows[2]));
        Assert.Equal(7, rows.Count);
        Assert.Equal(Cells("Ola Hansen", "Levert", OsloTime.Format(First), OsloTime.Format(Last), "0", null), Cells(rows[3]));
        Assert.Equal(Cells("Per \"Perry\" Berg", "Mangler", null, null, "2", null), Cells(rows[4]));
        Assert.Equal(Cells("Siri Dahl", "Fritatt", null, null, "0", "sykemeldt"), Cells(rows[5]));
        Assert.Equal(Cells("Åse Ødegård", "Levert for sent", OsloTime.Format(Last), OsloTime.Format(Last), "1", null), Cells(rows[6]));
    }

    [Fact]
    public void The_same_status_gives_the_same_bytes_and_control_characters_in_a_name_do_not_break_the_file()
    {
        Assert.Equal(StatusWorkbook.Build(Status()), StatusWorkbook.Build(Status()));
        var odd = Status(name: "Bell\u0007 Man");
        Assert.Equal("Bell Man", XlsxRows.Read(StatusWorkbook.Build(odd))[4][0]);
    }

    /// <summary>A row as one string, empty cells as «-», so rows compare with a readable failure.</summary>
    private static string Cells(params string?[] cells) =>
        string.Join(" | ", cells.Concat(Enumerable.Repeat<string?>(null, Math.Max(0, StatusTexts.ReportHeaders.Count - cells.Length))).Select(c => c ?? "-"));

    private static RoundStatus Status(string name = "Per \"Perry\" Berg")
    {
        var round = new RoundBuilder().WithParticipants("29:ola", "29:per", "29:aase").WithExempt("29:siri").Build();
        var record = new RoundRecord(round, "Klasseledelse & <relasjoner>", "KULG", new DateOnly(2026, 11, 30), "19:team", "https://smba.example/", "post", []);
        ChaseDelivery Chase(int id, ChaseOutcome outcome) => new("29:x", outcome, First, null, null, id, "key" + id);
        return new RoundStatus(record, "Refleksjonsnotat", new RoundProgress(1, 1, 0, 3),
        [
            new PersonStatus("29:ola", "Ola Hansen", PersonState.Delivered, First, Last, []),
            new PersonStatus("29:per", name, PersonState.Assigned, null, null, [Chase(1, ChaseOutcome.Sent), Chase(2, ChaseOutcome.Sent), Chase(3, ChaseOutcome.Failed)]),
            new PersonStatus("29:siri", "Siri Dahl", PersonState.Exempt, null, null, [], "sykemeldt"),
            new PersonStatus("29:aase", "Åse Ødegård", PersonState.Late, Last, Last, [Chase(4, ChaseOutcome.Sent)]),
        ]);
    }
}
