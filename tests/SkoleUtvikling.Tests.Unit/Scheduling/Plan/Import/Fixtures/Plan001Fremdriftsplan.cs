namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

/// <summary>
/// The "Tentativ fremdriftsplan" of seed 001 (Tromsø's veilederteam): phases and coaching rounds without a
/// week or a date (Faser | Hva? | Kommentar/maler). A real plan table, but no calendar: the importer must refuse it.
/// </summary>
internal static class Plan001Fremdriftsplan
{
    public const string FileName = "Veilederteam fremdriftsplan.docx";

    public static byte[] Build() =>
        PlanDocxBuilder.Raw(3)
            .RawRow(["Faser"], ["Hva?"], ["Kommentar/maler"])
            .RawRow(["Førfase", "januar"],
                ["• Seksjonsleder gjennomfører første samtale med aktuelle skoler", "• Avtaler inngås i løpet av februar"],
                ["Informerer om hva samarbeidet innebærer, mål og hensikt og viktige kriterier for at samarbeidet med veilederteamet skal kunne bidra til ønsket utvikling."])
            .RawRow(["Fase 1"], ["Oppstartsmøte"], ["• Brukerundersøkelser", "• Ståstedsanalysen", "• Kvalitetsutviklingsplan"])
            .RawRow(["Fase 2"], ["Utarbeide fremtidsbilde"], ["Skolen, i dialog med veilederteamet"])
            .RawRow(["Fase 3"], ["Vurderingsdager"], ["Se tabell neste side"])
            .RawRow(["Fase 4"], ["Veiledningsrunde 1"], ["Komme til enighet om hvilke aksjoner/tiltak som skal iverksettes"])
            .RawRow([PlanDocxBuilder.Continue], ["Veiledningsrunde 2"], ["Dialog om utprøvde tiltak, læringserfaringer, avklare nye tiltak til utprøving"])
            .Build("3.2. Tentativ fremdriftsplan");
}
