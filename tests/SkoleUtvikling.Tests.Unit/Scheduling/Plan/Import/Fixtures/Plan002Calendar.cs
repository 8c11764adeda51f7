namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

/// <summary>
/// The "Kalender og milepæler" table of Vestvågøy's development plan 2020–2021 (seed 002), every row, as
/// the original lays it out: "UKE" spanning week and date, full-width month and term headings, notes,
/// empty placeholder weeks, multi-line cells (paragraphs and manual line breaks), blank paragraphs, and
/// the mailto hyperlinks the original carries. Its mistakes are kept on purpose (week 42 for 5 October,
/// week 43 for 5 November, week 1 for Sunday 3 January, Saturday 15 August).
/// Row numbers in comments count the table's rows, the header being row 1.
/// </summary>
internal static class Plan002Calendar
{
    public const string FileName = "Utviklingsplan 2020-2021 Vestvågøy.docx";

    private const string Arne = "<mailto:arne.kvendseth@vestvagoy.kommune.no>";
    private const string Lesebestilling = "Lesebestilling/oppgave:";
    private const string SakerMeldesInn = $"Saker meldes inn til rådgiver Arne Kvendseth {Arne} senest 3 uker før møtet.";
    private const string Saksliste = "Saksliste sendes ut ei uke i forkant.";

    public static byte[] Build() => Write(new PlanDocxBuilder()).Build();

    public static PlanDocxBuilder Write(PlanDocxBuilder doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Header(); // 1
        doc.Heading("MAI – JUNI - 2020"); // 2
        doc.Heading( // 3
            "I denne perioden:",
            "-Arbeid med kompetansepakken «Kompetansepakke for innføring av nytt læreplanverk» på skolene. Ansvar: Skoleleder/alle ansatte",
            "-Evaluering – Covid 19 – Evaluering av den digitale utviklingen kommunen/skolen/barnehagene har vært igjennom i koronatiden (Strukturelle grep, Innholdsgrep)");
        doc.Row( // 4
            "Uke 20", "14.mai",
            ["Kl. 13.00-15.00 Ledermøte KULG", "Utviklingsplan", "Møterom: Teams"],
            ["Utviklingsplan 2020-2021", "Gjennomgang av planutkast.", "Drøfte veien videre.", Lesebestilling,
             "Gå gjennom utkastet til Utviklingsplan og noter kommentarer og spørsmål."],
            ["Kommunalsjef\nEnhetsledere\nPedstab\nUtviklings-veiledere"]);
        doc.Row( // 5
            "Uke 21", "20. mai",
            ["Kl. 9.00-10.30", "Digitalt skoleeiernettverk"],
            [Lesebestilling, "Forberede framlegg ang. evaluering av digital erfaring i Covid-19-perioden."],
            ["Kommunalsjef\nUtviklingsveileder"]);
        doc.Row( // 6
            "Uke 22", "28.mai",
            ["IBSM", "Fylkesmannen i Nordland, Bodø."],
            ["Samarbeidsmøte for ressurspersonene for Nordland, Bodø.", Lesebestilling, " "],
            ["Fylkesmannen", "Ressurspersonene IBSM Vest-Lofoten"]);
        doc.Row( // 7
            "Uke 23", "3.juni",
            ["Kl. 12.00-15.00", "Ledersamling Bianca"],
            ["Fagdag: Ledelse og Fagfornyelsen", "", "", "", "", "", Lesebestilling, ""],
            ["Kommunalsjef", "Enhetsledere/ass.rektorer", "Avdelingsledere", "Pedstab", "Utviklingsveiledere", "PPT",
             "Hovedtillitsvalgt UDF", "Hovedtillitsvalgt Fagforbundet", "Styrere private barnehager", "Rektorer private skoler"]);
        doc.Row( // 8
            "Uke 24", "11.juni",
            ["Kl. 12.00-14.00 Ledermøte KULG", "Utviklingsplan", "Møterom: Teams"],
            ["Utviklingsplan 2020-2021", "Drøftinger – planlegging.", Lesebestilling, "", ""],
            ["Kommunalsjef", "Enhetsledere", "Pedstab", "Utviklings-veiledere"]);
        doc.Row( // 9
            "Uke 24", "12.juni",
            ["Kl. 09.00-10.30", "IBSM Kjernenettverk", "Møterom: Teams"],
            ["Kjernenettverk", "Praktisk tilnærming til utviklingsplan på egen enhet.", Lesebestilling, ""],
            ["Kjernenettverk", "Ressurspersoner", "Lene - RKK"]);
        doc.Row("Uke 25", "", [], [], []); // 10
        doc.Row( // 11
            "Uke 26", "22.juni",
            ["09.00-14.00: Workshop/Ledermøte", "Utviklingsplan", "Møterom: Teams/møterom rådhuset"],
            ["Utviklingsplan 2020-2021 – Planer for enhetene", "Forberedelser til oppstart av utviklingsplanarbeidet høsten 2020.",
             Lesebestilling, "Se tilsendt forberedelsesoppgave!"],
            ["Kommunalsjef", "Enhetsledere", "Pedstab", "Utviklings-veiledere"]);
        doc.Heading("HØSTEN 2020"); // 12
        doc.Heading("AUGUST - 2020"); // 13
        doc.Row("Uke 32", "", [], [], []); // 14
        doc.Row( // 15
            "Uke 33", "15.august",
            ["LP", ""],
            ["Valg av administrator på enhetene.",
             "I forbindelse med andre gjennomføring av Spørreundersøkelsen til SePU skal den enkelte barnehage og skole velge en person som skal administrere undersøkelsen.",
             Lesebestilling, $"Enhetsledere melder inn administratorer til rådgiver Arne Kvendseth {Arne}"],
            ["Enhetsledere"]);
        doc.Row( // 16
            "Uke 34", "17. august",
            ["", "LP"],
            ["LP-møter – egne saker på hver enhet", "Igangsetting av arbeid med egne LP-saker – Pedagogiske Analyser - på hver enhet."],
            ["Enhetslederne må sette av fellestid til møter i læringsgruppene."]);
        doc.Row("Uke 34", "17. august", ["Skolestart"], [], []); // 17
        doc.Row( // 18
            "Uke 35", "28.august",
            ["Kl. 09.00-12.30", "IBSM – kjernenettverk", "Sted:"],
            ["IBSM – Kjernenettverk", Lesebestilling, ""],
            ["Kjernenettverket", "Ressurspersonene", "Lene - RKK"]);
        doc.Heading("SEPTEMBER - 2020"); // 19
        doc.Row( // 20
            "Uke 36", "1.september",
            ["LP"],
            ["Informasjonsskriv om Spørreundersøkelsen sendes ut!",
             "SePU sender ut alle informasjonsskriv til den enkelte barnehage og skole, lederne videresender til ulike informantgrupper."],
            ["SePU", "Styrere og skoleledere"]);
        doc.Row( // 21
            "Uke 37", "9.september",
            ["LP", "08.30-11.30: Om støttesystemer", "11.30-12.00: Lunsj",
             "12.00-15.00: Nettverksgruppene jobber med sin modul 1 «Støttesystemer»", "Møterom: Kommunestyresal"],
            ["Fagdag 1 Om støttesystemer", "", Lesebestilling,
             "Alle ledere logger seg inn på kompetansepakken og gjør seg kjent med «Støttesystemer».", ""],
            ["SePU", "Skoleeiere", "Barnehageeiere", "Styrere", "Skoleledere", "PPT"]);
        doc.Row( // 22
            "Uke 37", "9.september",
            ["15.00-16.30 Prosjektmøte", "LP"],
            ["Møte i regional prosjektgruppe LP", SakerMeldesInn, Saksliste],
            ["SePU", "", "Bianca, Tone, Bjørn Olav", "Siri, Tor Ivar. John Davy, Arne"]);
        doc.Row( // 23
            "Uke 37", "10.september",
            ["LP", "09.00-11.30 Gruppeledere", "12.00-14.30 Veiledere", "Møterom: Kommunestyresal, 2C", "(Flyttet fra mars 2020)"],
            ["Fagdag 2: Nettverkssamling for gruppeledere og veiledere",
             "-Overordnet mål i pedagogisk analyse denne høsten.",
             "-Sammenhengen mellom pedagogisk analyse og støttesystemene på eier- og ledernivå.",
             "-Fokus på suksessfaktorer og utfordringer.",
             "-Opplæring av nytilsatte i pedagogisk analyse.", "",
             Lesebestilling,
             "Innspill om faglig påfyll i forkant (gruppelederrollen, veilederrollen, pedagogisk analyse, bruk av data etc)."],
            ["SePU", "Veiledere", "Gruppeledere", ""]);
        doc.Row( // 24
            "Uke 38", "15.september",
            ["Kl. 09.00-11.30: Oppfølging fagdag 2", "LP", "Møterom: Rådhuset", "NB Hver enkelt enhet organiserer og gjennomfører."],
            ["Kompetansepakke for lærere og ansatte i barnehagen", "(Pedagogisk analyse)",
             "Fortsatt arbeid med pedagogisk analyse på egen praksis i egen enhet ut fra overordnet målformulering:",
             "Effektmål 2: «Reduser omfanget av segregerende tiltak overfor barn og unge som har behov for særskilt tilrettelegging».",
             Lesebestilling, "", ""],
            ["Barnehageledere", "Skoleledere", "PPT", "Ledernettverkene"]);
        doc.Row( // 25
            "Uke 38", "16. og 17. september",
            ["IBSM: Nasjonale fagdager", "Sted: - Quality Airport Hotel Gardermoen. Arr. UDIR"],
            ["Fjerde samling, pulje 3- Nasjonale fagdager", Lesebestilling, ""],
            ["En representant fra hver enhet som deltar i pulje 3.", "Ressurspersonene"]);
        doc.Row( // 26
            "Uke 39", "24.september",
            ["Kl. 08.30-11.30: Lederutvikling", "Møterom: Rådhuset"],
            ["Lederutvikling barnehage- og skole-ledere", "", Lesebestilling, ""],
            ["Kommunalsjef", "Styrere", "Rektorer", "Ledergrupper"]);
        doc.Row( // 27
            "Uke 39", "25. september",
            ["Kl. 09.00-12.30:", "IBSM – kjernenettverk", "Sted:"],
            ["IBSM – Kjernenettverk", Lesebestilling, ""],
            ["Kjernenettverket", "Ressurspersonene", "Lene - RKK"]);
        doc.Heading("OKTOBER - 2020"); // 28
        doc.Row( // 29
            "Uke 40", "1.oktober.",
            ["Kl. 09.00-11.30", "LP", "Møterom Rådhuset",
             "NB Hver enkelt nettverksgruppe kan\navtale møtetid innenfor et tidsrom på 5\ndager før eller etter 1.oktober.",
             "Meld fra til Arne K."],
            ["Kompetansepakken for skoleledere, styrere, eiere og PPT", "Arbeid med modul 2 om «Støttesystemer»",
             "Ett nettverksmøte á 3 timer.", "Nettverksgruppene bestemmer selv tidspunkt.", Lesebestilling, "", ""],
            ["Barnehageledere", "Skoleledere", "PPT", "Ledernettverkene"]);
        doc.Row( // 30
            "Uke 42 - 48", "05.10 – 27.11.20",
            ["LP"],
            ["Gjennomføring av Spørreundersøkelsen"],
            ["Enhetsledere"]);
        doc.Row( // 31
            "Uke 44", "29.oktober",
            ["Kl. 08.30-11.30: Lederutvikling", "Møterom: Rådhuset"],
            ["Lederutvikling barnehage- og skole-ledere", Lesebestilling, "", ""],
            ["Kommunalsjef", "Styrere", "Rektorer", "Ledergrupper"]);
        doc.Row( // 32
            "Uke 44", "30.oktober",
            ["Kl. 09.00-12.30", "IBSM – kjernenettverk", "Sted:"],
            ["Kjernenettverk IBSM Pulje 3", Lesebestilling, "", ""],
            ["Kjernenettverket", "Ressurspersonene"]);
        doc.Heading("NOVEMBER - 2020"); // 33
        doc.Row( // 34
            "Uke 43", "5.november",
            ["Kl. 09.00-11.30: LP", "Møterom: Rådhuset",
             "NB Hver enkelt nettverksgruppe kan avtale møtetid innenfor et tidsrom på 5 dager før eller etter 5.november.",
             "Meld fra til Arne K."],
            ["Kompetansepakken for skoleledere, styrere, eiere og PPT", "Arbeid med modul 3 om «Støttesystemer»",
             "Ett nettverksmøte á 3 timer.", "Nettverksgruppene bestemmer selv tidspunkt.", Lesebestilling, "", ""],
            ["Barnehageledere", "Skoleledere", "PPT", "Ledernettverkene"]);
        doc.Row( // 35
            "Uke 47", "19.november",
            ["Kl. 08.30-11.30: Lederutvikling", "Møterom: Rådhuset"],
            ["Lederutvikling barnehage- og skoleledere", Lesebestilling, ""],
            ["Kommunalsjef", "Styrere", "Rektorer", "Ledergrupper"]);
        doc.Heading("DESEMBER - 2020"); // 36
        doc.Row( // 37
            "Uke 51", "17.desember",
            ["Kl. 08.30-11.30: Lederutvikling", "", "Møterom: Rådhuset", "", ""],
            ["Lederutvikling barnehage- og skoleledere", Lesebestilling, "", ""],
            ["Kommunalsjef", "Styrere", "Rektorer", "Ledergrupper"]);
        doc.Heading("VÅREN 2021"); // 38
        doc.Heading( // 39
            "I denne perioden:",
            "- IBSM: -Arbeid med Inkluderende barnehage- og skolemiljø skal inn i utviklingsplanene.",
            "-Videreføring av jevnlige møter i kjernenettverk for både pulje 1 og pulje 3.");
        doc.Heading("JANUAR - 2021"); // 40
        doc.Row( // 41
            "Uke 1", "03. januar",
            ["LP"],
            ["Resultatene fra Spørreundersøkelsen er klare i resultatportalen"],
            ["Barnehagemyndighet", "Skoleeier", "Enhetsledere"]);
        doc.Row( // 42
            "Uke 2", "13.januar",
            ["LP", "14.00-16.00 Prosjektmøte"],
            ["Møte i regional prosjektgruppe LP", SakerMeldesInn, Saksliste],
            ["SePU", "Bianca, Tone, Bjørn Olav", "Siri, Tor Ivar. John Davy, Arne"]);
        doc.Row( // 43
            "Uke 2", "14. januar",
            ["LP", "08.30-15.00: Resultater og kompetansepakker", "11.30-12.00: Lunsj",
             "12.00-15.00: Videre arbeid i nettverks-gruppene på modul 4 med resultater fra SePU undersøkelsen som datakilde."],
            ["Fagdag 3: Nettverkssamling for styrere, skoleledere, barnehagemyndighet og skoleeiere", "(SePU leder samlingen)", "",
             "Arbeid med kartleggingsresultater og oppfølging gjennom kompetansepakker.", Lesebestilling,
             "Gjør deg kjent med kartleggingsresultatene for egen enhet.",
             "Noter kommentarer og spørsmål som du tar med deg til samlingen."],
            ["SePU", "Skoleledere", "Styrere", "Skoleeiere", "Barnehagemyndighet", "PPT"]);
        doc.Row( // 44
            "Uke 3", "21. januar",
            ["08.30-11.30: Lederutvikling", ""],
            ["Lederutvikling barnehage- og skoleledere", "", Lesebestilling],
            ["Kommunalsjef", "Styrere", "Rektorer", "Ledergrupper"]);
        doc.Heading("FEBRUAR - 2021"); // 45
        doc.Row( // 46
            "Uke 8", "25. Februar",
            ["LP", "09.00-11.30 Halv dag for skole", "12.00-14.30 Halv dag for barnehage"],
            ["Fagdag 4: Faglig introduksjon til valgt kompetansepakke", "", Lesebestilling, ""],
            ["SePU\nAlle ansatte i barnehage og skole, samt ledere, eiere, veiledere og PPT"]);
        doc.Row( // 47
            "Uke 8", "25. Februar",
            ["LP", "14.30-15.30 Prosjektmøte", ""],
            ["Møte i regional prosjektgruppe LP", SakerMeldesInn, Saksliste],
            ["SePU", "Bianca, Tone, Bjørn Olav", "Siri, Tor Ivar, John Davy, Arne"]);
        doc.Row( // 48
            "Uke 8 - 25", "Etter fagdag 4 og ut skole/barnehageåret",
            ["LP"],
            ["Kompetansepakke for lærere og ansatte i barnehagen.", "",
             "Det er den valgte kompetansepakken læringsgruppene skal arbeide med våren 2021 og høsten 2021.", Lesebestilling, ""],
            ["Skoleledere og styrere må sette av dato til møter i lærings-gruppene i sine enheter."]);
        doc.Row( // 49
            "Uke 10", "11.mars ",
            ["LP", "KL. 09.00-11.30", "Møterom: Rådhuset",
             "NB Hver enkelt nettverksgruppe kan avtale møtetid innenfor et tidsrom på 5 dager før eller etter 11.mars.",
             "Meld fra til Arne K."],
            ["Kompetansepakken for skoleledere, styrere, eiere og PPT", "Arbeid med modul 5", "Ett nettverksmøte á 3 timer",
             "Nettverksgruppene bestemmer selv", Lesebestilling, ""],
            ["Barnehageledere", "Skoleledere", "PPT", "Ledernettverkene", ""]);
        doc.Row( // 50
            "Uke 16", "21. April",
            ["LP", "13.45-15.45 Prosjektmøte"],
            ["Møte i regional prosjektgruppe LP", SakerMeldesInn, Saksliste],
            ["SePU", "Bianca, Tone, Bjørn Olav", "Siri, Bianca, Tor Ivar. John Davy"]);
        doc.Row( // 51
            "Uke 16", "22. April",
            ["LP", "08.30-11.30: Evaluering og planlegging av neste skole/barnehageår", "11.30-12.00: Lunsj",
             "12.00-15.00: Modul 6«Støttesystemer»"],
            ["Fagdag 5: Nettverkssamling for styrere, skoleledere, barnehagemyndighet, skoleeiere og PPT",
             "(SePU leder samlingen).", "Evaluering av LP 2020-2021.", "Arbeid med Modul 6 Støttesystemer", Lesebestilling, ""],
            ["SePU", "Skoleledere", "Styrere", "Skoleeiere", "Barnehagemyndighet", "PPT"]);
        doc.Row("", "", [], [], []); // 52
        return doc;
    }
}
