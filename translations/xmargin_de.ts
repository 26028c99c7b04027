<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>XMargin</source>
        <translation>XMargin</translation>
    </message>
</context>
<context>
    <name>xm::AccountPanel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Eigenhandel (House)</translation>
    </message>
    <message>
        <source>House: the clearing member&apos;s own positions. Customer: a client&apos;s positions, which need a dually registered broker-dealer/FCM and both opt-ins.</source>
        <translation>Eigenhandel (House): eigene Positionen des Clearingmitglieds. Kunde: Positionen eines Kunden; dafür sind ein doppelt registrierter Broker-Dealer/FCM und beide Opt-ins nötig.</translation>
    </message>
    <message>
        <source>HRP (initial = 110% of maintenance)</source>
        <translation>HRP (Initial = 110 % der Maintenance Margin)</translation>
    </message>
    <message>
        <source>Non-HRP (initial = maintenance)</source>
        <translation>Nicht-HRP (Initial = Maintenance Margin)</translation>
    </message>
    <message>
        <source>CME risk profile of the account: heightened-risk-profile accounts post initial margin above maintenance.</source>
        <translation>CME-Risikoprofil des Kontos: Konten mit erhöhtem Risikoprofil (HRP) hinterlegen eine Initial Margin über der Maintenance Margin.</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Kontoart</translation>
    </message>
    <message>
        <source>CME risk profile</source>
        <translation>CME-Risikoprofil</translation>
    </message>
    <message>
        <source>Firm is a registered broker-dealer</source>
        <translation>Firma ist registrierter Broker-Dealer</translation>
    </message>
    <message>
        <source>Registered with the SEC under Exchange Act §15(b)</source>
        <translation>Bei der SEC nach Exchange Act §15(b) registriert</translation>
    </message>
    <message>
        <source>Firm is a registered FCM</source>
        <translation>Firma ist registrierter FCM</translation>
    </message>
    <message>
        <source>Futures commission merchant registered with the CFTC</source>
        <translation>Bei der CFTC registrierter Futures Commission Merchant</translation>
    </message>
    <message>
        <source>Firm is a FICC GSD netting member</source>
        <translation>Firma ist Netting-Mitglied der FICC GSD</translation>
    </message>
    <message>
        <source>Government Securities Division netting member</source>
        <translation>Netting-Mitglied der Government Securities Division</translation>
    </message>
    <message>
        <source>Firm is a CME clearing member</source>
        <translation>Firma ist CME-Clearingmitglied</translation>
    </message>
    <message>
        <source>Clearing member of CME Clearing</source>
        <translation>Clearingmitglied von CME Clearing</translation>
    </message>
    <message>
        <source>Customer and firm opted in to cross-margining</source>
        <translation>Kunde und Firma haben dem Cross-Margining zugestimmt (Opt-in)</translation>
    </message>
    <message>
        <source>Both the customer and the clearing firm agreed to the cross-margining arrangement</source>
        <translation>Kunde und Clearingfirma haben beide der Cross-Margining-Vereinbarung zugestimmt</translation>
    </message>
</context>
<context>
    <name>xm::AmountFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. German and French put a no-break space before the sign.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>xm::Autosaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Autosave failed: cannot create a recovery file in %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: In %1 kann keine Wiederherstellungsdatei angelegt werden</translation>
    </message>
</context>
<context>
    <name>xm::ChartDeck</name>
    <message>
        <source>Cross-margined vs duplicated</source>
        <translation>XM vs. doppelt</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Wasserfall</translation>
    </message>
    <message>
        <source>Hedge ratio</source>
        <translation>Hedge-Ratio</translation>
    </message>
    <message>
        <source>Key-rate DV01</source>
        <translation>Key-Rate-DV01</translation>
    </message>
    <message>
        <source>Scenario P&amp;&amp;L</source>
        <translation>Szenario-P&amp;&amp;L</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
</context>
<context>
    <name>xm::ChartExport</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>xm::ChartFrame</name>
    <message>
        <source>&amp;Copy chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>xm::CommandLine</name>
    <message>
        <source>Shows what FICC–CME cross-margining does to initial margin on a U.S. Treasury portfolio.</source>
        <translation>Zeigt, wie sich FICC–CME-Cross-Margining auf die Initial Margin eines Portfolios aus US-Staatsanleihen auswirkt.</translation>
    </message>
    <message>
        <source>Render the main window off screen, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>Hauptfenster ohne Bildschirm rendern, als PNG in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Screenshot size in pixels (default 1400x900).</source>
        <translation>Größe des Bildschirmfotos in Pixeln (Standard 1400x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>As-of date, YYYY-MM-DD (default: the last history date).</source>
        <translation>Stichtag, JJJJ-MM-TT (Standard: letztes Datum der Historie).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>Comparison date, YYYY-MM-DD (default: one year before the as-of date).</source>
        <translation>Vergleichsdatum, JJJJ-MM-TT (Standard: ein Jahr vor dem Stichtag).</translation>
    </message>
    <message>
        <source>Open the portfolio &lt;file&gt; (.xmargin) instead of the bundled demo.</source>
        <translation>Portfolio &lt;file&gt; (.xmargin) statt der mitgelieferten Demo öffnen.</translation>
    </message>
    <message>
        <source>Language for this run: en, de, fr, ja or system (default: the setting in View → Language).</source>
        <translation>Sprache für diesen Start: en, de, fr, ja oder system (Standard: die Einstellung unter Ansicht → Sprache).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>A portfolio to open, as with --open.</source>
        <translation>Zu öffnendes Portfolio, wie mit --open.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[datei]</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: give one portfolio file.</source>
        <translation>Unerwartetes Argument „%1“: bitte genau eine Portfoliodatei angeben.</translation>
    </message>
    <message>
        <source>Give the portfolio either with --open or as an argument, not both.</source>
        <translation>Portfolio entweder mit --open oder als Argument angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--size only applies together with --screenshot.</source>
        <translation>--size gilt nur zusammen mit --screenshot.</translation>
    </message>
    <message>
        <source>--language expects en, de, fr, ja or system, not &quot;%1&quot;.</source>
        <translation>--language erwartet en, de, fr, ja oder system, nicht „%1“.</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT in pixels, each 1 to %1 (e.g. 1400x900), not &quot;%2&quot;.</source>
        <translation>--size erwartet BREITExHÖHE in Pixeln, jeweils 1 bis %1 (z. B. 1400x900), nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet ein Datum im Format JJJJ-MM-TT, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 %2 is outside the par-yield history %3 – %4.</source>
        <translation>--%1 %2 liegt außerhalb der Par-Rendite-Historie %3 – %4.</translation>
    </message>
    <message>
        <source>Write the client report of the portfolio as a PDF to &lt;file&gt; and exit, without showing a window.</source>
        <translation>Kundenbericht des Portfolios als PDF in &lt;file&gt; schreiben und beenden, ohne ein Fenster anzuzeigen.</translation>
    </message>
    <message>
        <source>Paper of the report: A4 or Letter (default: by the locale).</source>
        <translation>Papierformat des Berichts: A4 oder Letter (Standard: nach Gebietsschema).</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>Open the teaching preset &lt;name&gt; (see --list-presets) as a new document.</source>
        <translation>Schulungsvorlage &lt;name&gt; (siehe --list-presets) als neues Dokument öffnen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Print the preset names, one a line, and exit.</source>
        <translation>Namen der Vorlagen ausgeben, einen je Zeile, und beenden.</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen, large fonts, high contrast).</source>
        <translation>Im Präsentationsmodus starten (Vollbild, große Schriften, hoher Kontrast).</translation>
    </message>
    <message>
        <source>Give either a portfolio file or --preset, not both.</source>
        <translation>Entweder eine Portfoliodatei oder --preset angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--report expects the name of the PDF file to write.</source>
        <translation>--report erwartet den Namen der zu schreibenden PDF-Datei.</translation>
    </message>
    <message>
        <source>Give either --screenshot or --report, not both.</source>
        <translation>Entweder --screenshot oder --report angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--page-size only applies together with --report.</source>
        <translation>--page-size gilt nur zusammen mit --report.</translation>
    </message>
    <message>
        <source>--page-size expects A4 or Letter, not &quot;%1&quot;.</source>
        <translation>--page-size erwartet A4 oder Letter, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>xm::CoreMessage</name>
    <message>
        <source>House account of a firm that clears at both FICC and CME</source>
        <translation>House-Konto einer Firma, die sowohl bei FICC als auch bei CME cleart</translation>
    </message>
    <message>
        <source>House cross-margining needs a firm that is a member of both FICC and CME</source>
        <translation>Cross-Margining für das House-Konto setzt eine Firma voraus, die Mitglied bei FICC und bei CME ist</translation>
    </message>
    <message>
        <source>Cleared through a dually registered broker-dealer/FCM that is a member of FICC and CME</source>
        <translation>Gecleart über einen doppelt registrierten Broker-Dealer/FCM, der Mitglied bei FICC und CME ist</translation>
    </message>
    <message>
        <source>Customer cross-margining is only available through a firm that is both a registered broker-dealer and an FCM and a member of both FICC and CME (an Eligible BD-FCM); retail and other customer accounts elsewhere do not get it</source>
        <translation>Cross-Margining für Kunden gibt es nur über eine Firma, die registrierter Broker-Dealer und FCM sowie Mitglied bei FICC und CME ist (ein Eligible BD-FCM); Privat- und andere Kundenkonten anderswo erhalten es nicht</translation>
    </message>
    <message>
        <source>The customer and the BD-FCM have both opted in</source>
        <translation>Kunde und BD-FCM haben beide zugestimmt (Opt-in)</translation>
    </message>
    <message>
        <source>The customer and the BD-FCM must both opt in to cross-margining</source>
        <translation>Kunde und BD-FCM müssen beide dem Cross-Margining zustimmen (Opt-in)</translation>
    </message>
    <message>
        <source>U.S. Treasury note or bond cleared at FICC</source>
        <translation>US-Staatsanleihe (Note oder Bond), gecleart bei FICC</translation>
    </message>
    <message>
        <source>Repo on Treasury collateral with %1 years to maturity (more than %2 years)</source>
        <translation>Repo auf Treasury-Sicherheiten mit %1 Jahren Restlaufzeit (mehr als %2 Jahre)</translation>
    </message>
    <message>
        <source>Repo collateral has %1 years to maturity; only repo on collateral with more than %2 years left is eligible</source>
        <translation>Die Repo-Sicherheit hat %1 Jahre Restlaufzeit; zulässig sind nur Repos auf Sicherheiten mit mehr als %2 Jahren Restlaufzeit</translation>
    </message>
    <message>
        <source>Treasury bills are not among the eligible FICC products (notes, bonds, repo on &gt;1y collateral)</source>
        <translation>Treasury Bills gehören nicht zu den zulässigen FICC-Produkten (Notes, Bonds, Repos auf Sicherheiten &gt;1 J.)</translation>
    </message>
    <message>
        <source>TIPS are excluded from cross-margining</source>
        <translation>TIPS sind vom Cross-Margining ausgeschlossen</translation>
    </message>
    <message>
        <source>STRIPS are excluded from cross-margining</source>
        <translation>STRIPS sind vom Cross-Margining ausgeschlossen</translation>
    </message>
    <message>
        <source>Floating-rate notes are not among the eligible FICC products (notes, bonds, repo on &gt;1y collateral)</source>
        <translation>Floating Rate Notes gehören nicht zu den zulässigen FICC-Produkten (Notes, Bonds, Repos auf Sicherheiten &gt;1 J.)</translation>
    </message>
    <message>
        <source>%1 futures are eligible CME interest-rate futures</source>
        <translation>%1-Futures sind zulässige CME-Zinsfutures</translation>
    </message>
    <message>
        <source>%1 is not on the list of eligible CME interest-rate futures</source>
        <translation>%1 steht nicht auf der Liste der zulässigen CME-Zinsfutures</translation>
    </message>
    <message>
        <source>Options (on Treasury futures, or on bond ETFs such as TLT and IEF) are not in the cross-margining program</source>
        <translation>Optionen (auf Treasury-Futures oder auf Anleihe-ETFs wie TLT und IEF) sind nicht Teil des Cross-Margining-Programms</translation>
    </message>
    <message>
        <source>A futures or options position cannot be cleared at FICC</source>
        <translation>Eine Futures- oder Optionsposition kann nicht bei FICC gecleart werden</translation>
    </message>
    <message>
        <source>Cash and repo positions clear at FICC, not CME</source>
        <translation>Kassa- und Repo-Positionen werden bei FICC gecleart, nicht bei CME</translation>
    </message>
    <message>
        <source>%1 overlapping %2-day scenarios ending %3 to %4</source>
        <translation>%1 überlappende %2-Tages-Szenarien mit Ende %3 bis %4</translation>
    </message>
    <message>
        <source>+ %1 stress scenarios from %2 (%3 to %4)</source>
        <translation>+ %1 Stressszenarien aus %2 (%3 bis %4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 scenario changes interpolated in maturity from neighbouring tenors (no published yield)</source>
        <translation>%1: %2 von %3 Szenarioänderungen aus benachbarten Laufzeiten interpoliert (keine veröffentlichte Rendite)</translation>
    </message>
    <message>
        <source>No par yields published on %1; using the curve of %2.</source>
        <translation>Am %1 wurden keine Par-Renditen veröffentlicht; verwendet wird die Kurve vom %2.</translation>
    </message>
    <message>
        <source>%1 par yield not published on %2; interpolated in maturity from neighbouring tenors.</source>
        <translation>Par-Rendite %1 am %2 nicht veröffentlicht; aus benachbarten Laufzeiten interpoliert.</translation>
    </message>
    <message>
        <source>Repo to %1 on %2</source>
        <translation>Repo bis %1 auf %2</translation>
    </message>
    <message>
        <source>Reverse repo to %1 on %2</source>
        <translation>Reverse Repo bis %1 auf %2</translation>
    </message>
    <message>
        <source>Bill %1</source>
        <translation>Bill %1</translation>
    </message>
    <message>
        <source>TIPS (nominal proxy) %1</source>
        <translation>TIPS (nominaler Näherungswert) %1</translation>
    </message>
    <message>
        <source>FRN (3M proxy) %1</source>
        <translation>FRN (3M-Näherung) %1</translation>
    </message>
    <message>
        <source>%1 (CTD synthetic)</source>
        <translation>%1 (CTD synthetisch)</translation>
    </message>
    <message>
        <source>%1 (CTD %2)</source>
        <translation>%1 (CTD %2)</translation>
    </message>
    <message>
        <source>Option on %1 (delta %2)</source>
        <translation>Option auf %1 (Delta %2)</translation>
    </message>
    <message>
        <source>99% %1-day loss of one %2 %3 contract over %4 business days to %5</source>
        <translation>99-%-Verlust über %1 Tage für einen Kontrakt %2 %3, gemessen an %4 Geschäftstagen bis %5</translation>
    </message>
    <message>
        <source>published maintenance level (parameter file)</source>
        <translation>veröffentlichte Maintenance Margin (Parameterdatei)</translation>
    </message>
    <message>
        <source>FICC VaR scenarios: %1</source>
        <translation>FICC-VaR-Szenarien: %1</translation>
    </message>
    <message>
        <source>The account is not eligible for cross-margining (see its eligibility): every position stays in the regular account, each CCP margining its own.</source>
        <translation>Das Konto ist für Cross-Margining nicht zulässig (siehe Zulässigkeit): Alle Positionen bleiben im regulären Konto, jede CCP berechnet ihre eigene Margin.</translation>
    </message>
    <message>
        <source>Cross-margining costs more than margining separately here: ineligible or unallocated positions that hedged eligible ones sit in the regular account, margined on their own.</source>
        <translation>Cross-Margining kostet hier mehr als getrennte Margin: Nicht zulässige oder nicht zugeordnete Positionen, die zulässige absicherten, liegen im regulären Konto und werden einzeln gemargint.</translation>
    </message>
    <message>
        <source>Volatility stress (hypothetical): every historical scenario change and every scan range scaled by %1; haircuts and floors unchanged.</source>
        <translation>Volatilitätsstress (hypothetisch): jede historische Szenarioänderung und jede Scan Range mit %1 skaliert; Haircuts und Untergrenzen unverändert.</translation>
    </message>
    <message>
        <source>Our choice: from the first rise of the Federal Reserve&apos;s 2022 hiking cycle (FOMC, 16 March 2022) through the UK LDI gilt crisis (23 September to 14 October 2022) and the 10-year Treasury yield&apos;s 2022 high (24 October)</source>
        <translation>Von uns gewählt: vom ersten Zinsschritt des Zinserhöhungszyklus 2022 der Federal Reserve (FOMC, 16. März 2022) über die britische LDI-Gilt-Krise (23. September bis 14. Oktober 2022) bis zum Jahreshoch 2022 der 10-jährigen Treasury-Rendite (24. Oktober)</translation>
    </message>
    <message>
        <source>Hypothetical, sizes our choice: instantaneous parallel, steepener and flattener moves as in standard rate stress tests (e.g. BCBS interest rate risk in the banking book, 2016)</source>
        <translation>Hypothetisch, Größen von uns gewählt: sofortige Parallel-, Steepener- und Flattener-Bewegungen wie in üblichen Zinsstresstests (z. B. BCBS, Zinsänderungsrisiko im Anlagebuch, 2016)</translation>
    </message>
    <message>
        <source>Hypothetical, multiplier our choice: scan ranges scaled as CCP stress add-ons do</source>
        <translation>Hypothetisch, Multiplikator von uns gewählt: Scan Ranges skaliert wie bei Stresszuschlägen der CCPs</translation>
    </message>
    <message>
        <source>Model parameter ficc.stressWindows: %1</source>
        <translation>Modellparameter ficc.stressWindows: %1</translation>
    </message>
</context>
<context>
    <name>xm::CoreText</name>
    <message>
        <source>FICC XM account</source>
        <translation>FICC-XM-Konto</translation>
    </message>
    <message>
        <source>CME XM account</source>
        <translation>CME-XM-Konto</translation>
    </message>
    <message>
        <source>FICC regular account</source>
        <translation>reguläres FICC-Konto</translation>
    </message>
    <message>
        <source>CME regular account</source>
        <translation>reguläres CME-Konto</translation>
    </message>
    <message>
        <source>not margined</source>
        <translation>nicht gemargint</translation>
    </message>
    <message>
        <source>official</source>
        <translation>offiziell</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>kalibriert</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>FICC</source>
        <translation>FICC</translation>
    </message>
    <message>
        <source>CME</source>
        <translation>CME</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>each</source>
        <translation>jede für sich</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>2008 financial crisis</source>
        <translation>Finanzkrise 2008</translation>
    </message>
    <message>
        <source>March 2020 dash for cash</source>
        <translation>Ansturm auf Liquidität, März 2020</translation>
    </message>
    <message>
        <source>2022 rate-hike selloff</source>
        <translation>Ausverkauf der Zinswende 2022</translation>
    </message>
</context>
<context>
    <name>xm::CurveTableModel</name>
    <message>
        <source>Not published by the U.S. Treasury on this date: interpolated in maturity from the neighbouring tenors.</source>
        <translation>An diesem Tag nicht vom US-Finanzministerium veröffentlicht: aus den benachbarten Laufzeiten interpoliert.</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>As of
%1</source>
        <translation>Stichtag
%1</translation>
    </message>
    <message>
        <source>Comparison
%1</source>
        <translation>Vergleich
%1</translation>
    </message>
    <message>
        <source>Change
(bp)</source>
        <translation>Änderung
(Bp.)</translation>
    </message>
    <message>
        <source>Par yield, percent (bond-equivalent, semiannual)</source>
        <translation>Par-Rendite in Prozent (Bond-Equivalent, halbjährlich)</translation>
    </message>
</context>
<context>
    <name>xm::DocumentController</name>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>New portfolio: add positions with the pickers or the quick-entry line</source>
        <translation>Neues Portfolio: Positionen über die Auswahldialoge oder die Schnelleingabe hinzufügen</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Opened the example “%1”</source>
        <translation>Beispiel „%1“ geöffnet</translation>
    </message>
    <message>
        <source>Open portfolio</source>
        <translation>Portfolio öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1; the open portfolio is unchanged.

%2</source>
        <translation>%1 konnte nicht geöffnet werden; das offene Portfolio bleibt unverändert.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save portfolio as</source>
        <translation>Portfolio speichern unter</translation>
    </message>
    <message>
        <source>Save portfolio</source>
        <translation>Portfolio speichern</translation>
    </message>
    <message>
        <source>Could not save the portfolio; nothing was written.

%1</source>
        <translation>Das Portfolio konnte nicht gespeichert werden; es wurde nichts geschrieben.

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The portfolio “%1” has changes that are not saved.</source>
        <translation>Das Portfolio „%1“ enthält ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Import positions</source>
        <translation>Positionen importieren</translation>
    </message>
    <message>
        <source>Position CSV (*.csv);;All files (*)</source>
        <translation>Positions-CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n position(s) from %1</source>
        <translation>
            <numerusform>%n Position aus %1 importiert</numerusform>
            <numerusform>%n Positionen aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import %1; no position was added.

%2</source>
        <translation>%1 konnte nicht importiert werden; es wurde keine Position hinzugefügt.

%2</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; no position was added</source>
        <translation>Import von %1 abgebrochen; es wurde keine Position hinzugefügt</translation>
    </message>
    <message>
        <source>Export positions</source>
        <translation>Positionen exportieren</translation>
    </message>
    <message>
        <source>Position CSV (*.csv)</source>
        <translation>Positions-CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>-margin.json</source>
        <translation>-margin.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>-margin.csv</source>
        <translation>-margin.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was written.

%1</source>
        <translation>Es wurde nichts geschrieben.

%1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>XMargin portfolio (*.xmargin)</source>
        <translation>XMargin-Portfolio (*.xmargin)</translation>
    </message>
    <message>
        <source>an as-of date on or after %1, where the par-yield history starts</source>
        <translation>ein Stichtag am oder nach dem %1, dem Beginn der Par-Rendite-Historie</translation>
    </message>
    <message>
        <source>an as-of date the bundled data can value (%1)</source>
        <translation>ein Stichtag, den die mitgelieferten Daten bewerten können (%1)</translation>
    </message>
    <message>
        <source>Recovered “%1”: save it to keep the changes</source>
        <translation>„%1“ wiederhergestellt: speichern, um die Änderungen zu behalten</translation>
    </message>
    <message>
        <source>Open preset</source>
        <translation>Vorlage öffnen</translation>
    </message>
    <message>
        <source>Opened the preset “%1”</source>
        <translation>Vorlage „%1“ geöffnet</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>-report.pdf</source>
        <translation>-bericht.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>xm::EligibilityExplainer</name>
    <message>
        <source>Each rule with its result (✓ passes, ✗ fails) and its source; click a source to open it.</source>
        <translation>Jede Regel mit ihrem Ergebnis (✓ erfüllt, ✗ nicht erfüllt) und ihrer Quelle; eine Quelle anklicken, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy every rule, result and source to the clipboard as plain text</source>
        <translation>Alle Regeln, Ergebnisse und Quellen als reinen Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a rule to read it in full with its sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Regel auswählen, um sie vollständig mit ihren Quellen zu lesen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>xm::EligibilityExplainerModel</name>
    <message>
        <source>Eligible for cross-margining: its eligible positions are margined together</source>
        <translation>Für Cross-Margining zulässig: Die zulässigen Positionen werden gemeinsam gemargint</translation>
    </message>
    <message>
        <source>Not eligible: every position stays in the regular accounts, each CCP margining its own</source>
        <translation>Nicht zulässig: Alle Positionen bleiben in den regulären Konten, jede CCP berechnet ihre eigene Margin</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
Click to open %2</source>
        <translation>%1
Klicken, um %2 zu öffnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Source: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Quelle: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>    %1 %2: %3</source>
        <translation>    %1 %2: %3</translation>
    </message>
    <message>
        <source>    %1 %2: %3 (source: %4)</source>
        <translation>    %1 %2: %3 (Quelle: %4)</translation>
    </message>
</context>
<context>
    <name>xm::EligibilityText</name>
    <message>
        <source>SEC Release 34-104748 (91 FR 4994, 3 Feb 2026), FICC/CME customer cross-margining</source>
        <translation>SEC Release 34-104748 (91 FR 4994, 3. Feb. 2026), Cross-Margining für Kunden bei FICC/CME</translation>
    </message>
    <message>
        <source>DTCC, FICC cross-margining: eligible products (dtcclearning.com)</source>
        <translation>DTCC, FICC-Cross-Margining: zulässige Produkte (dtcclearning.com)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>CME Group, CME-FICC cross-margining arrangement FAQ</source>
        <translation>CME Group, FAQ zur Cross-Margining-Vereinbarung CME-FICC</translation>
    </message>
    <message>
        <source>Common member</source>
        <translation>Gemeinsames Mitglied</translation>
    </message>
    <message>
        <source>Eligible BD-FCM</source>
        <translation>Eligible BD-FCM</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Note or bond</source>
        <translation>Note oder Bond</translation>
    </message>
    <message>
        <source>Repo collateral term</source>
        <translation>Laufzeit der Repo-Sicherheit</translation>
    </message>
    <message>
        <source>Treasury bill</source>
        <translation>Treasury Bill</translation>
    </message>
    <message>
        <source>TIPS</source>
        <translation>TIPS</translation>
    </message>
    <message>
        <source>STRIPS</source>
        <translation>STRIPS</translation>
    </message>
    <message>
        <source>Floating-rate note</source>
        <translation>Floating Rate Note</translation>
    </message>
    <message>
        <source>Eligible future</source>
        <translation>Zulässiger Future</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>CCP</translation>
    </message>
    <message>
        <source>bills not listed</source>
        <translation>Bills nicht aufgeführt</translation>
    </message>
    <message>
        <source>FRNs not listed</source>
        <translation>FRNs nicht aufgeführt</translation>
    </message>
    <message>
        <source>House account</source>
        <translation>House-Konto</translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>Passive: every eligible FICC position of the account is in the cross-margining account</source>
        <translation>Passiv: Jede zulässige FICC-Position des Kontos liegt im Cross-Margining-Konto</translation>
    </message>
    <message>
        <source>Not allocated: the CME member keeps this future out of the cross-margining account</source>
        <translation>Nicht zugeordnet: Das CME-Mitglied hält diesen Future aus dem Cross-Margining-Konto heraus</translation>
    </message>
    <message>
        <source>Allocated to the cross-margining account (the CME member chooses which futures to move)</source>
        <translation>Dem Cross-Margining-Konto zugeordnet (das CME-Mitglied wählt, welche Futures es überträgt)</translation>
    </message>
    <message>
        <source>Marked for allocation to the cross-margining account</source>
        <translation>Zur Zuordnung zum Cross-Margining-Konto vorgemerkt</translation>
    </message>
    <message>
        <source>CME, Treasury Rules-based Offset Engine: CME positions managed actively, FICC positions passively</source>
        <translation>CME, regelbasierte Verrechnungs-Engine für Treasuries: CME-Positionen aktiv verwaltet, FICC-Positionen passiv</translation>
    </message>
    <message>
        <source>Not margined: it cannot be valued (%1).</source>
        <translation>Nicht gemargint: nicht bewertbar (%1).</translation>
    </message>
    <message>
        <source>Margined in the cross-margining account.</source>
        <translation>Im Cross-Margining-Konto gemargint.</translation>
    </message>
    <message>
        <source>Stays in the regular FICC account: the account is not eligible, so it is margined on its own.</source>
        <translation>Bleibt im regulären FICC-Konto: Das Konto ist nicht zulässig, daher wird die Position einzeln gemargint.</translation>
    </message>
    <message>
        <source>Stays in the regular CME account: the account is not eligible, so it is margined on its own.</source>
        <translation>Bleibt im regulären CME-Konto: Das Konto ist nicht zulässig, daher wird die Position einzeln gemargint.</translation>
    </message>
    <message>
        <source>Stays in the regular FICC account: margined on its own.</source>
        <translation>Bleibt im regulären FICC-Konto: einzeln gemargint.</translation>
    </message>
    <message>
        <source>Stays in the regular CME account: margined on its own.</source>
        <translation>Bleibt im regulären CME-Konto: einzeln gemargint.</translation>
    </message>
    <message>
        <source>Stays in the regular CME account: not allocated, so it is margined on its own.</source>
        <translation>Bleibt im regulären CME-Konto: nicht zugeordnet, daher einzeln gemargint.</translation>
    </message>
    <message>
        <source>Not margined.</source>
        <translation>Nicht gemargint.</translation>
    </message>
</context>
<context>
    <name>xm::ExampleNames</name>
    <message>
        <source>Basis trade, 10y</source>
        <translation>Basis-Trade, 10 J.</translation>
    </message>
    <message>
        <source>Curve trade 2s10s across venues</source>
        <translation>Kurven-Trade 2s10s über beide CCPs</translation>
    </message>
    <message>
        <source>Basis trade, 10y, customer of a non-BD-FCM</source>
        <translation>Basis-Trade, 10 J., Kunde eines Nicht-BD-FCM</translation>
    </message>
    <message>
        <source>Unhedged cash, 10y</source>
        <translation>Ungesicherte Kassaposition, 10 J.</translation>
    </message>
</context>
<context>
    <name>xm::FuturesPicker</name>
    <message>
        <source>Allocate to the cross-margining account</source>
        <translation>Dem Cross-Margining-Konto zuordnen</translation>
    </message>
    <message>
        <source>Add a CME future</source>
        <translation>CME-Future hinzufügen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3%4)</source>
        <translation>%1 %2 (%3%4)</translation>
    </message>
    <message>
        <source>Contracts, e.g. -950 (short)</source>
        <translation>Kontrakte, z. B. -950 (short)</translation>
    </message>
    <message>
        <source>CME members choose which futures to move into the cross-margining account; unallocated futures are margined on their own.</source>
        <translation>CME-Mitglieder wählen, welche Futures sie in das Cross-Margining-Konto übertragen; nicht zugeordnete Futures werden einzeln gemargint.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontrakte</translation>
    </message>
</context>
<context>
    <name>xm::Glossary</name>
    <message>
        <source>Initial margin</source>
        <translation>Initial Margin (Ersteinschuss)</translation>
    </message>
    <message>
        <source>Variation margin</source>
        <translation>Variation Margin (Nachschuss)</translation>
    </message>
    <message>
        <source>Maintenance margin</source>
        <translation>Maintenance Margin</translation>
    </message>
    <message>
        <source>Standalone margin</source>
        <translation>Einzel-Margin</translation>
    </message>
    <message>
        <source>Duplicated margin</source>
        <translation>Doppelte Margin</translation>
    </message>
    <message>
        <source>Cross-margining</source>
        <translation>Cross-Margining</translation>
    </message>
    <message>
        <source>FICC</source>
        <translation>FICC</translation>
    </message>
    <message>
        <source>CME</source>
        <translation>CME</translation>
    </message>
    <message>
        <source>CCP</source>
        <translation>CCP</translation>
    </message>
    <message>
        <source>BD-FCM</source>
        <translation>BD-FCM</translation>
    </message>
    <message>
        <source>House and customer accounts</source>
        <translation>House- und Kundenkonten</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>HRP</source>
        <translation>HRP</translation>
    </message>
    <message>
        <source>Eligible product</source>
        <translation>Zulässiges Produkt</translation>
    </message>
    <message>
        <source>Allocation to cross-margining</source>
        <translation>Zuordnung zum Cross-Margining</translation>
    </message>
    <message>
        <source>80% cap</source>
        <translation>80-%-Obergrenze</translation>
    </message>
    <message>
        <source>Reduction factor</source>
        <translation>Reduktionsfaktor</translation>
    </message>
    <message>
        <source>Binding CCP</source>
        <translation>Maßgebliche CCP</translation>
    </message>
    <message>
        <source>VaR</source>
        <translation>VaR</translation>
    </message>
    <message>
        <source>SPAN</source>
        <translation>SPAN</translation>
    </message>
    <message>
        <source>HVaR (SPAN 2)</source>
        <translation>HVaR (SPAN 2)</translation>
    </message>
    <message>
        <source>Scan range</source>
        <translation>Scan Range</translation>
    </message>
    <message>
        <source>Stress window</source>
        <translation>Stressperiode</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>Haircut (Sicherheitsabschlag)</translation>
    </message>
    <message>
        <source>Margin Liquidity Adjustment</source>
        <translation>Margin Liquidity Adjustment (Liquiditätszuschlag)</translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>Repo (Wertpapierpensionsgeschäft)</translation>
    </message>
    <message>
        <source>Reverse repo</source>
        <translation>Reverse Repo</translation>
    </message>
    <message>
        <source>DV01</source>
        <translation>DV01</translation>
    </message>
    <message>
        <source>Key-rate DV01</source>
        <translation>Key-Rate-DV01</translation>
    </message>
    <message>
        <source>CTD</source>
        <translation>CTD</translation>
    </message>
    <message>
        <source>Conversion factor</source>
        <translation>Konversionsfaktor</translation>
    </message>
    <message>
        <source>Implied repo rate</source>
        <translation>Implizite Repo-Rate</translation>
    </message>
    <message>
        <source>Par yield</source>
        <translation>Par-Rendite</translation>
    </message>
    <message>
        <source>SOFR</source>
        <translation>SOFR</translation>
    </message>
    <message>
        <source>Basis trade</source>
        <translation>Basis-Trade</translation>
    </message>
    <message>
        <source>Hedge ratio</source>
        <translation>Hedge-Ratio</translation>
    </message>
    <message>
        <source>Incremental margin</source>
        <translation>Inkrementelle Margin</translation>
    </message>
    <message>
        <source>CUSIP</source>
        <translation>CUSIP</translation>
    </message>
    <message>
        <source>Collateral a clearing house collects up front to cover the loss it could suffer while it closes out the positions of a member that has defaulted.</source>
        <translation>Sicherheiten, die eine Clearingstelle im Voraus einfordert, um den Verlust zu decken, der ihr beim Glattstellen der Positionen eines ausgefallenen Mitglieds entstehen könnte.</translation>
    </message>
    <message>
        <source>The daily payment that settles gains and losses at market prices. Cross-margining does not change it, and XMargin does not model it.</source>
        <translation>Die tägliche Zahlung, mit der Gewinne und Verluste zu Marktpreisen ausgeglichen werden. Cross-Margining ändert sie nicht, und XMargin bildet sie nicht ab.</translation>
    </message>
    <message>
        <source>The margin CME requires to keep futures positions open. Initial margin equals it, or 110% of it for HRP accounts.</source>
        <translation>Die Margin, die CME für das Offenhalten von Futures-Positionen verlangt. Die Initial Margin entspricht ihr, bei HRP-Konten 110 % davon.</translation>
    </message>
    <message>
        <source>What one clearing house requires on its own positions, as if the other side of a hedge did not exist.</source>
        <translation>Was eine Clearingstelle allein für ihre eigenen Positionen verlangt, als gäbe es die andere Seite eines Hedges nicht.</translation>
    </message>
    <message>
        <source>FICC&apos;s and CME&apos;s standalone requirements added up: what a hedged portfolio posts without cross-margining, because each clearing house sees only one side of the hedge.</source>
        <translation>Die Summe der Einzel-Anforderungen von FICC und CME: was ein abgesichertes Portfolio ohne Cross-Margining hinterlegt, weil jede Clearingstelle nur eine Seite des Hedges sieht.</translation>
    </message>
    <message>
        <source>An arrangement in which FICC and CME recognise that Treasury positions at FICC and interest-rate futures at CME offset each other, and both lower their margin accordingly.</source>
        <translation>Eine Vereinbarung, nach der FICC und CME anerkennen, dass sich Treasury-Positionen bei FICC und Zinsfutures bei CME gegenseitig ausgleichen, und beide ihre Margin entsprechend senken.</translation>
    </message>
    <message>
        <source>Fixed Income Clearing Corporation, part of DTCC. Its Government Securities Division clears U.S. Treasury trades and repo.</source>
        <translation>Fixed Income Clearing Corporation, Teil der DTCC. Ihre Government Securities Division cleart Geschäfte in US-Staatsanleihen und Repos.</translation>
    </message>
    <message>
        <source>CME Clearing, the clearing house of CME Group. It clears Treasury, SOFR and Fed funds futures.</source>
        <translation>CME Clearing, die Clearingstelle der CME Group. Sie cleart Treasury-, SOFR- und Fed-Funds-Futures.</translation>
    </message>
    <message>
        <source>Central counterparty: a clearing house that becomes the buyer to every seller and the seller to every buyer, and collects margin to cover a member&apos;s default.</source>
        <translation>Zentrale Gegenpartei: eine Clearingstelle, die für jeden Verkäufer zum Käufer und für jeden Käufer zum Verkäufer wird und Margin einfordert, um den Ausfall eines Mitglieds abzudecken.</translation>
    </message>
    <message>
        <source>A firm registered both as a broker-dealer (SEC) and as a futures commission merchant (CFTC). Customers can cross-margin only through such a firm that is a member of FICC and CME.</source>
        <translation>Eine Firma, die sowohl als Broker-Dealer (SEC) als auch als Futures Commission Merchant (CFTC) registriert ist. Kunden können Cross-Margining nur über eine solche Firma nutzen, die Mitglied bei FICC und CME ist.</translation>
    </message>
    <message>
        <source>A house account holds the clearing member&apos;s own positions; a customer account holds a client&apos;s positions, cleared through the member.</source>
        <translation>Ein House-Konto enthält die eigenen Positionen des Clearingmitglieds; ein Kundenkonto enthält Positionen eines Kunden, die über das Mitglied gecleart werden.</translation>
    </message>
    <message>
        <source>Customer cross-margining is voluntary: the customer and the BD-FCM must both agree to put the account into the arrangement.</source>
        <translation>Cross-Margining für Kunden ist freiwillig: Kunde und BD-FCM müssen beide zustimmen, das Konto in die Vereinbarung aufzunehmen.</translation>
    </message>
    <message>
        <source>Heightened risk profile: CME accounts of this kind post initial margin above maintenance margin (110% of it).</source>
        <translation>Erhöhtes Risikoprofil (Heightened Risk Profile): CME-Konten dieser Art hinterlegen eine Initial Margin über der Maintenance Margin (110 % davon).</translation>
    </message>
    <message>
        <source>A product the arrangement admits: Treasury notes and bonds, and repo on collateral with more than a year left, at FICC; listed Treasury, SOFR and Fed funds futures at CME. Bills, TIPS, STRIPS, floating-rate notes and options are excluded.</source>
        <translation>Ein Produkt, das die Vereinbarung zulässt: bei FICC Treasury Notes und Bonds sowie Repos auf Sicherheiten mit mehr als einem Jahr Restlaufzeit; bei CME gelistete Treasury-, SOFR- und Fed-Funds-Futures. Bills, TIPS, STRIPS, Floating Rate Notes und Optionen sind ausgeschlossen.</translation>
    </message>
    <message>
        <source>The CME clearing member chooses which eligible futures go into the cross-margining account; futures left out are margined on their own.</source>
        <translation>Das CME-Clearingmitglied wählt, welche zulässigen Futures in das Cross-Margining-Konto kommen; nicht aufgenommene Futures werden einzeln gemargint.</translation>
    </message>
    <message>
        <source>The reduction cross-margining gives never exceeds 80% of the eligible positions&apos; margin, however well they hedge each other.</source>
        <translation>Die Reduktion durch Cross-Margining beträgt nie mehr als 80 % der Margin der zulässigen Positionen, wie gut diese sich auch gegenseitig absichern.</translation>
    </message>
    <message>
        <source>How far a clearing house lowers its margin: one minus the margin of both legs together divided by the sum of the legs&apos; separate margins (r_F for FICC, r_C for CME), at most the cap.</source>
        <translation>Wie stark eine Clearingstelle ihre Margin senkt: eins minus die Margin beider Seiten zusammen geteilt durch die Summe der Einzel-Margins der Seiten (r_F für FICC, r_C für CME), höchstens die Obergrenze.</translation>
    </message>
    <message>
        <source>The clearing house whose smaller reduction factor applies when the more conservative of the two is used.</source>
        <translation>Die Clearingstelle, deren kleinerer Reduktionsfaktor gilt, wenn der vorsichtigere der beiden verwendet wird.</translation>
    </message>
    <message>
        <source>Value at risk: the loss a portfolio exceeds only with a small probability (for example 1%) over a set horizon, read from historical scenarios. FICC margins Treasury positions with a VaR model.</source>
        <translation>Value at Risk: der Verlust, den ein Portfolio über einen festen Zeitraum nur mit geringer Wahrscheinlichkeit (etwa 1 %) überschreitet, ermittelt aus historischen Szenarien. FICC berechnet die Margin für Treasury-Positionen mit einem VaR-Modell.</translation>
    </message>
    <message>
        <source>Standard Portfolio Analysis of Risk, CME&apos;s classic margin method: a price scan range per contract, charges for calendar spreads and credits between related contracts.</source>
        <translation>Standard Portfolio Analysis of Risk, die klassische Margin-Methode der CME: eine Preis-Scan-Range je Kontrakt, Zuschläge für Kalenderspreads und Gutschriften zwischen verwandten Kontrakten.</translation>
    </message>
    <message>
        <source>Historical value at risk, the approach of CME&apos;s newer SPAN 2 framework: the loss at a quantile of the portfolio&apos;s P&amp;L over historical scenarios.</source>
        <translation>Historischer Value at Risk, der Ansatz des neueren SPAN-2-Rahmenwerks der CME: der Verlust an einem Quantil der Portfolio-P&amp;L über historische Szenarien.</translation>
    </message>
    <message>
        <source>In SPAN, the price move per contract the margin must cover. XMargin uses published maintenance levels where the parameter file has them and calibrates the others on history.</source>
        <translation>In SPAN die Preisbewegung je Kontrakt, die die Margin abdecken muss. XMargin verwendet veröffentlichte Maintenance-Werte, soweit die Parameterdatei sie enthält, und kalibriert die übrigen an der Historie.</translation>
    </message>
    <message>
        <source>A past period of market stress whose scenarios are added to the VaR lookback, so the margin remembers turbulent markets.</source>
        <translation>Eine vergangene Phase von Marktstress, deren Szenarien dem VaR-Rückblickzeitraum hinzugefügt werden, damit die Margin turbulente Märkte berücksichtigt.</translation>
    </message>
    <message>
        <source>A percentage taken off a security&apos;s value. In repo, the cash lent is that much less than the collateral is worth; FICC charges positions with a year or less to maturity a haircut instead of VaR.</source>
        <translation>Ein prozentualer Abschlag auf den Wert eines Wertpapiers. Im Repo liegt der verliehene Betrag um diesen Anteil unter dem Wert der Sicherheit; FICC belegt Positionen mit höchstens einem Jahr Restlaufzeit mit einem Haircut statt mit VaR.</translation>
    </message>
    <message>
        <source>A FICC add-on for large net exposure in one maturity bucket: the extra cost of liquidating a concentrated position.</source>
        <translation>Ein FICC-Zuschlag für eine große Netto-Position in einem Laufzeitband: die Mehrkosten für das Auflösen einer konzentrierten Position.</translation>
    </message>
    <message>
        <source>Repurchase agreement: one side sells a Treasury security and agrees to buy it back later at a set price; in effect a loan secured by the security.</source>
        <translation>Wertpapierpensionsgeschäft: Eine Seite verkauft eine US-Staatsanleihe und verpflichtet sich, sie später zu einem festen Preis zurückzukaufen; im Ergebnis ein durch das Wertpapier besicherter Kredit.</translation>
    </message>
    <message>
        <source>The other side of a repo: buying a security now and selling it back later, that is lending cash against Treasury collateral.</source>
        <translation>Die Gegenseite eines Repos: ein Wertpapier jetzt kaufen und später zurückverkaufen, also Geld gegen Treasury-Sicherheiten verleihen.</translation>
    </message>
    <message>
        <source>Dollar value of one basis point: how much a position gains or loses when yields move by 0.01 percentage points. XMargin shows the profit of a 1bp fall in yields.</source>
        <translation>Dollarwert eines Basispunkts: wie viel eine Position gewinnt oder verliert, wenn sich die Renditen um 0,01 Prozentpunkte bewegen. XMargin zeigt den Gewinn bei einem Renditerückgang um 1 Bp.</translation>
    </message>
    <message>
        <source>DV01 split by maturity: the gain or loss when only one point of the yield curve (2y, 5y, 10y, …) moves by one basis point.</source>
        <translation>DV01 nach Laufzeiten aufgeteilt: der Gewinn oder Verlust, wenn sich nur ein Punkt der Zinskurve (2 J., 5 J., 10 J., …) um einen Basispunkt bewegt.</translation>
    </message>
    <message>
        <source>Cheapest to deliver: of the bonds the seller of a Treasury future may deliver, the one that costs least. The future&apos;s price and risk follow it.</source>
        <translation>Cheapest to Deliver: unter den Anleihen, die der Verkäufer eines Treasury-Futures liefern darf, die günstigste. Preis und Risiko des Futures folgen ihr.</translation>
    </message>
    <message>
        <source>The factor that turns a futures price into the invoice price of one deliverable bond: roughly that bond&apos;s price, per 1 of face, at a 6% yield.</source>
        <translation>Der Faktor, der einen Futures-Preis in den Rechnungspreis einer lieferbaren Anleihe umrechnet: etwa der Preis dieser Anleihe je 1 Nennwert bei 6 % Rendite.</translation>
    </message>
    <message>
        <source>The financing rate earned by buying a deliverable bond, selling the future and delivering the bond. The highest one usually marks the CTD.</source>
        <translation>Der Finanzierungssatz, den man erzielt, wenn man eine lieferbare Anleihe kauft, den Future verkauft und die Anleihe liefert. Der höchste kennzeichnet meist die CTD.</translation>
    </message>
    <message>
        <source>The coupon at which a Treasury security would be priced at par. The Treasury publishes a par yield curve every business day; XMargin builds its curve from it.</source>
        <translation>Der Kupon, bei dem eine US-Staatsanleihe zu pari notieren würde. Das US-Finanzministerium veröffentlicht an jedem Geschäftstag eine Par-Renditekurve; XMargin baut seine Kurve daraus auf.</translation>
    </message>
    <message>
        <source>Secured Overnight Financing Rate: the benchmark rate of overnight Treasury repo, published by the Federal Reserve Bank of New York.</source>
        <translation>Secured Overnight Financing Rate: der Referenzzins für Tagesgeld-Repos mit US-Staatsanleihen, veröffentlicht von der Federal Reserve Bank of New York.</translation>
    </message>
    <message>
        <source>Long Treasury bonds financed in repo and hedged with short Treasury futures (or the reverse), to earn the gap between bond and futures prices.</source>
        <translation>Long-Position in US-Staatsanleihen, per Repo finanziert und mit Short-Treasury-Futures abgesichert (oder umgekehrt), um die Differenz zwischen Anleihe- und Futures-Preis zu verdienen.</translation>
    </message>
    <message>
        <source>The size of the hedge relative to the position it hedges; 100% here means DV01-neutral: the futures&apos; DV01 offsets the bonds&apos;.</source>
        <translation>Die Größe des Hedges im Verhältnis zur abgesicherten Position; 100 % bedeutet hier DV01-neutral: Das DV01 der Futures gleicht das der Anleihen aus.</translation>
    </message>
    <message>
        <source>How much one position changes the cross-margined requirement: the requirement with it minus without it. Negative means the position saves margin.</source>
        <translation>Wie stark eine Position die Anforderung mit Cross-Margining verändert: die Anforderung mit ihr minus ohne sie. Negativ heißt, die Position spart Margin.</translation>
    </message>
    <message>
        <source>The nine-character identifier of a U.S. security, such as 91282CLF6.</source>
        <translation>Die neunstellige Kennung eines US-Wertpapiers, etwa 91282CLF6.</translation>
    </message>
</context>
<context>
    <name>xm::GlossaryWindow</name>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Search terms and definitions</source>
        <translation>Begriffe und Definitionen durchsuchen</translation>
    </message>
    <message>
        <source>No term matches the search.</source>
        <translation>Kein Begriff passt zur Suche.</translation>
    </message>
</context>
<context>
    <name>xm::HedgeRatioChart</name>
    <message>
        <source>%1 (%2 contracts)</source>
        <translation>%1 (%2 Kontrakte)</translation>
    </message>
    <message>
        <source>%1 (%2 face)</source>
        <translation>%1 (%2 Nennwert)</translation>
    </message>
    <message>
        <source>Margin versus hedge ratio</source>
        <translation>Margin in Abhängigkeit von der Hedge-Ratio</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Mit Cross-Margining</translation>
    </message>
    <message>
        <source>FICC standalone</source>
        <translation>FICC einzeln</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME einzeln</translation>
    </message>
    <message>
        <source>Current hedge</source>
        <translation>Aktueller Hedge</translation>
    </message>
    <message>
        <source>Lowest cross-margined</source>
        <translation>Niedrigste mit Cross-Margining</translation>
    </message>
    <message>
        <source>The position whose quantity the chart varies against the rest of the portfolio</source>
        <translation>Die Position, deren Menge das Diagramm gegenüber dem restlichen Portfolio variiert</translation>
    </message>
    <message>
        <source>Hedge &amp;leg:</source>
        <translation>Hedge-&amp;Seite:</translation>
    </message>
    <message>
        <source>Move the hedge: sets the leg&apos;s quantity to this share of the DV01-neutral quantity (Edit &gt; Undo takes it back)</source>
        <translation>Hedge verschieben: setzt die Menge der Seite auf diesen Anteil der DV01-neutralen Menge (Bearbeiten &gt; Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>Mo&amp;ve hedge:</source>
        <translation>Hedge &amp;verschieben:</translation>
    </message>
    <message>
        <source>Hedge ratio (% of the DV01-neutral quantity)</source>
        <translation>Hedge-Ratio (% der DV01-neutralen Menge)</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>Initial Margin (USD)</translation>
    </message>
    <message>
        <source>Other positions held as they are</source>
        <translation>Übrige Positionen unverändert</translation>
    </message>
    <message>
        <source>DV01-neutral</source>
        <translation>DV01-neutral</translation>
    </message>
    <message>
        <source>No position with DV01 to vary: add positions to the portfolio</source>
        <translation>Keine Position mit DV01 zum Variieren: Positionen zum Portfolio hinzufügen</translation>
    </message>
    <message>
        <source>Nothing to hedge: the leg or the rest of the portfolio has no DV01</source>
        <translation>Nichts abzusichern: Die Seite oder das restliche Portfolio hat kein DV01</translation>
    </message>
    <message>
        <source>The sweep has no points</source>
        <translation>Der Verlauf hat keine Punkte</translation>
    </message>
    <message>
        <source>Margin versus hedge ratio: %1</source>
        <translation>Margin in Abhängigkeit von der Hedge-Ratio: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Now: %1, the lowest</source>
        <translation>Aktuell: %1, das Minimum</translation>
    </message>
    <message>
        <source>Lowest: %1 at %2%</source>
        <translation>Min.: %1 bei %2&#xa0;%</translation>
    </message>
    <message>
        <source>Hedge %1% of DV01-neutral: %2
Duplicated:  %3
Cross-margined:  %4
FICC standalone:  %5
CME standalone:  %6</source>
        <translation>Hedge %1&#xa0;% von DV01-neutral: %2
Doppelt:  %3
Mit Cross-Margining:  %4
FICC einzeln:  %5
CME einzeln:  %6</translation>
    </message>
    <message>
        <source>%1 contracts</source>
        <translation>%1 Kontrakte</translation>
    </message>
    <message>
        <source>%1 face</source>
        <translation>%1 Nennwert</translation>
    </message>
    <message>
        <source>
Saving:  %1 (%2)</source>
        <translation>
Ersparnis:  %1 (%2)</translation>
    </message>
</context>
<context>
    <name>xm::KeyRateLadderChart</name>
    <message>
        <source>Key-rate DV01 ladder</source>
        <translation>Key-Rate-DV01-Profil</translation>
    </message>
    <message>
        <source>Par-yield tenor (key rate)</source>
        <translation>Laufzeit der Par-Rendite (Key Rate)</translation>
    </message>
    <message>
        <source>DV01 (USD per bp)</source>
        <translation>DV01 (USD je Bp.)</translation>
    </message>
    <message>
        <source>DV01: USD gained when that par yield falls 1bp · Futures through their cheapest-to-deliver</source>
        <translation>DV01: Gewinn in USD, wenn diese Par-Rendite um 1 Bp. fällt · Futures über ihre CTD-Anleihe</translation>
    </message>
    <message>
        <source>FICC leg</source>
        <translation>FICC-Seite</translation>
    </message>
    <message>
        <source>CME leg</source>
        <translation>CME-Seite</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation>%1 (gesamt %2)</translation>
    </message>
    <message>
        <source>No interest-rate risk: add positions to the portfolio</source>
        <translation>Kein Zinsrisiko: Positionen zum Portfolio hinzufügen</translation>
    </message>
    <message>
        <source>%1 key rate, DV01 per bp
FICC leg:  %2
CME leg:  %3
Net:  %4</source>
        <translation>Key Rate %1, DV01 je Bp.
FICC-Seite:  %2
CME-Seite:  %3
Netto:  %4</translation>
    </message>
</context>
<context>
    <name>xm::Language</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>xm::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Takes effect the next time XMargin starts</source>
        <translation>Wirksam beim nächsten Start von XMargin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>XMargin will use the new language the next time it starts.</source>
        <translation>XMargin verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>xm::ListedInstruments</name>
    <message>
        <source>Three-Month SOFR Futures</source>
        <translation>Three-Month SOFR Futures</translation>
    </message>
    <message>
        <source>One-Month SOFR Futures</source>
        <translation>One-Month SOFR Futures</translation>
    </message>
    <message>
        <source>30-Day Federal Funds Futures</source>
        <translation>30-Day Federal Funds Futures</translation>
    </message>
</context>
<context>
    <name>xm::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import positions CSV…</source>
        <translation>Positions-CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;positions CSV…</source>
        <translation>&amp;Positionen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export results &amp;JSON…</source>
        <translation>Ergebnisse als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export results &amp;CSV…</source>
        <translation>Ergebnisse als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Add &amp;security…</source>
        <translation>&amp;Wertpapier hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Add &amp;future…</source>
        <translation>&amp;Future hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Model &amp;settings…</source>
        <translation>Modell&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About XMargin</source>
        <translation>Ü&amp;ber XMargin</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>Every term of cross-margining explained, with a search</source>
        <translation>Alle Begriffe des Cross-Margining erklärt, mit Suche</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Start an empty portfolio in the same account</source>
        <translation>Leeres Portfolio im selben Konto beginnen</translation>
    </message>
    <message>
        <source>Open a portfolio (.xmargin)</source>
        <translation>Portfolio öffnen (.xmargin)</translation>
    </message>
    <message>
        <source>Save the portfolio</source>
        <translation>Portfolio speichern</translation>
    </message>
    <message>
        <source>Every model parameter with its provenance; the cross-margin reading and the CME model</source>
        <translation>Alle Modellparameter mit Herkunft; Lesart des Cross-Margining und CME-Modell</translation>
    </message>
    <message>
        <source>Par-yield curve</source>
        <translation>Par-Kurve</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Calculation trace</source>
        <translation>Rechenweg</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>As-of date: the Treasury curve, the futures baskets and the VaR lookback end here. A day without a curve moves to the previous curve date.</source>
        <translation>Stichtag: Hier enden Treasury-Kurve, Lieferkörbe der Futures und VaR-Rückblickzeitraum. Ein Tag ohne Kurve wird auf das vorherige Kurvendatum verschoben.</translation>
    </message>
    <message>
        <source>As of </source>
        <translation>Stichtag </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open E&amp;xample</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Par yields %1 – %2, %3 days · U.S. Treasury</source>
        <translation>Par-Renditen %1 – %2, %3 Tage · US-Finanzministerium</translation>
    </message>
    <message>
        <source>Model estimates, not a CCP statement</source>
        <translation>Modellschätzungen, keine CCP-Abrechnung</translation>
    </message>
    <message>
        <source>Model settings</source>
        <translation>Modelleinstellungen</translation>
    </message>
    <message>
        <source>These parameters cannot be used; nothing changed.

%1</source>
        <translation>Diese Parameter können nicht verwendet werden; es wurde nichts geändert.

%1</translation>
    </message>
    <message>
        <source>XMargin — %1[*]</source>
        <translation>XMargin — %1[*]</translation>
    </message>
    <message>
        <source>Model %1 · XM: %2 · CME: %3</source>
        <translation>Modell %1 · XM: %2 · CME: %3</translation>
    </message>
    <message>
        <source>SPAN-like</source>
        <translation>SPAN-ähnlich</translation>
    </message>
    <message>
        <source>HVaR</source>
        <translation>HVaR</translation>
    </message>
    <message>
        <source>Cannot value the portfolio on %1: %2</source>
        <translation>Das Portfolio kann am %1 nicht bewertet werden: %2</translation>
    </message>
    <message>
        <source>About XMargin</source>
        <translation>Über XMargin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;XMargin %1&lt;/h3&gt;&lt;p&gt;Shows what FICC–CME cross-margining does to initial margin on a U.S. Treasury cash, repo and futures portfolio. Figures are model estimates, not a CCP statement.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), QCustomPlot %3 by Emanuel Eichhammer (GPL-3.0-or-later) and Eigen (MPL-2.0).&lt;/p&gt;&lt;p&gt;Data: Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury (public domain); SOFR, Federal Reserve Bank of New York; Treasury futures contract terms, CME Group.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;XMargin %1&lt;/h3&gt;&lt;p&gt;Zeigt, wie sich FICC–CME-Cross-Margining auf die Initial Margin eines Portfolios aus US-Staatsanleihen, Repos und Futures auswirkt. Die Zahlen sind Modellschätzungen, keine CCP-Abrechnung.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (LGPL-3.0), QCustomPlot %3 von Emanuel Eichhammer (GPL-3.0-or-later) und Eigen (MPL-2.0).&lt;/p&gt;&lt;p&gt;Daten: Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury (gemeinfrei); SOFR, Federal Reserve Bank of New York; Kontraktbedingungen der Treasury-Futures, CME Group.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Be&amp;richt als PDF exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Druc&amp;ken…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>S&amp;tress test…</source>
        <translation>S&amp;tresstest…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Requirements before and after a historical window, a curve shock or a volatility stress</source>
        <translation>Anforderungen vor und nach einer historischen Periode, einem Kurvenschock oder einem Volatilitätsstress</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Zulässigkeit</translation>
    </message>
    <message>
        <source>Stress test — XMargin</source>
        <translation>Stresstest — XMargin</translation>
    </message>
    <message>
        <source>What cross-margining does not do</source>
        <translation>Was Cross-Margining nicht leistet</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Start page…</source>
        <translation>&amp;Startseite…</translation>
    </message>
    <message>
        <source>&amp;What cross-margining does not do</source>
        <translation>&amp;Was Cross-Margining nicht leistet</translation>
    </message>
</context>
<context>
    <name>xm::MarginComparisonChart</name>
    <message>
        <source>Initial margin: cross-margined versus duplicated</source>
        <translation>Initial Margin: mit Cross-Margining vs. doppelt</translation>
    </message>
    <message>
        <source>FICC (cash and repo)</source>
        <translation>FICC (Kassa und Repo)</translation>
    </message>
    <message>
        <source>CME (futures)</source>
        <translation>CME (Futures)</translation>
    </message>
    <message>
        <source>Duplicated
(each CCP on its own)</source>
        <translation>Doppelt
(jede CCP für sich)</translation>
    </message>
    <message>
        <source>Cross-margined
(FICC–CME arrangement)</source>
        <translation>Mit Cross-Margining
(FICC–CME-Vereinbarung)</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>Initial Margin (USD)</translation>
    </message>
    <message>
        <source>No margin: add positions to the portfolio</source>
        <translation>Keine Margin: Positionen zum Portfolio hinzufügen</translation>
    </message>
    <message>
        <source>The account is not eligible: each CCP margins its positions on its own</source>
        <translation>Das Konto ist nicht zulässig: Jede CCP berechnet die Margin ihrer Positionen für sich</translation>
    </message>
    <message>
        <source>Offset: %1 of the cross-margined positions&apos; margin, held there by the %2 cap</source>
        <translation>Verrechnung: %1 der Margin der Positionen im Cross-Margining, durch die Obergrenze von %2 dort gehalten</translation>
    </message>
    <message>
        <source>Offset: %1 of the cross-margined positions&apos; margin (cap %2)</source>
        <translation>Verrechnung: %1 der Margin der Positionen im Cross-Margining (Obergrenze %2)</translation>
    </message>
    <message>
        <source>No saving:
nothing to offset
across the CCPs</source>
        <translation>Keine Ersparnis:
nichts zwischen den
CCPs zu verrechnen</translation>
    </message>
    <message>
        <source>No saving:
the account is
not eligible</source>
        <translation>Keine Ersparnis:
das Konto ist
nicht zulässig</translation>
    </message>
    <message>
        <source>Saving
%1
%2 less</source>
        <translation>Ersparnis
%1
%2 weniger</translation>
    </message>
    <message>
        <source>Extra margin
%1
%2 more</source>
        <translation>Zusätzliche Margin
%1
%2 mehr</translation>
    </message>
    <message>
        <source>Duplicated: each CCP margins its own positions</source>
        <translation>Doppelt: Jede CCP berechnet die Margin ihrer eigenen Positionen</translation>
    </message>
    <message>
        <source>Cross-margined: %1 offset on the eligible margin</source>
        <translation>Mit Cross-Margining: %1 Verrechnung auf die zulässige Margin</translation>
    </message>
    <message>
        <source>%1
FICC:  %2
CME:  %3
Total:  %4</source>
        <translation>%1
FICC:  %2
CME:  %3
Gesamt:  %4</translation>
    </message>
</context>
<context>
    <name>xm::MarginHistoryChart</name>
    <message>
        <source>Margin through history for this portfolio</source>
        <translation>Margin dieses Portfolios im historischen Verlauf</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Mit Cross-Margining</translation>
    </message>
    <message>
        <source>Last %1 years</source>
        <translation>Letzte %1 Jahre</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Gesamte Historie</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Stress window in FICC&apos;s scenarios</source>
        <translation>Stressperiode in den FICC-Szenarien</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>Initial Margin (USD)</translation>
    </message>
    <message>
        <source>Today&apos;s positions and sensitivities; each day with its own lookback and scan ranges</source>
        <translation>Heutige Positionen und Sensitivitäten; jeder Tag mit eigenem Rückblickzeitraum und eigenen Scan Ranges</translation>
    </message>
    <message>
        <source>No margin history: add positions to the portfolio</source>
        <translation>Keine Margin-Historie: Positionen zum Portfolio hinzufügen</translation>
    </message>
    <message>
        <source>%1
Duplicated:  %2
Cross-margined:  %3</source>
        <translation>%1
Doppelt:  %2
Mit Cross-Margining:  %3</translation>
    </message>
    <message>
        <source>
Saving:  %1 (%2)</source>
        <translation>
Ersparnis:  %1 (%2)</translation>
    </message>
    <message>
        <source>
Stress window: %1</source>
        <translation>
Stressperiode: %1</translation>
    </message>
</context>
<context>
    <name>xm::MarginReport</name>
    <message>
        <source>Initial margin: cross-margined versus duplicated</source>
        <translation>Initial Margin: mit Cross-Margining vs. doppelt</translation>
    </message>
    <message>
        <source>expected a report that can be drawn (the PDF writer refused to start)</source>
        <translation>Bericht nicht darstellbar (die PDF-Ausgabe ließ sich nicht starten)</translation>
    </message>
    <message>
        <source>Untitled portfolio</source>
        <translation>Unbenanntes Portfolio</translation>
    </message>
    <message>
        <source>broker-dealer</source>
        <translation>Broker-Dealer</translation>
    </message>
    <message>
        <source>FCM</source>
        <translation>FCM</translation>
    </message>
    <message>
        <source>FICC member</source>
        <translation>FICC-Mitglied</translation>
    </message>
    <message>
        <source>CME member</source>
        <translation>CME-Mitglied</translation>
    </message>
    <message>
        <source>%1 account; clearing firm: %2; %3; CME risk profile %4</source>
        <translation>Kontoart: %1; Clearingfirma: %2; %3; CME-Risikoprofil: %4</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Eigenhandel (House)</translation>
    </message>
    <message>
        <source>no registration</source>
        <translation>keine Registrierung</translation>
    </message>
    <message>
        <source>opted in to cross-margining</source>
        <translation>Opt-in für Cross-Margining erteilt</translation>
    </message>
    <message>
        <source>not opted in to cross-margining</source>
        <translation>kein Opt-in für Cross-Margining</translation>
    </message>
    <message>
        <source>HRP</source>
        <translation>HRP</translation>
    </message>
    <message>
        <source>non-HRP</source>
        <translation>Nicht-HRP</translation>
    </message>
    <message>
        <source>XMargin · client report</source>
        <translation>XMargin · Kundenbericht</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>%1 at FICC, %2 at CME</source>
        <translation>%1 bei FICC, %2 bei CME</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1 (XM reading: %2)</source>
        <translation>%1 (XM-Lesart: %2)</translation>
    </message>
    <message>
        <source>Model estimates, not a CCP statement. XMargin rebuilds FICC&apos;s and CME&apos;s margin methodologies from public rules and data; the clearing houses&apos; own figures can differ. See the disclaimer at the end.</source>
        <translation>Modellschätzungen, keine CCP-Abrechnung. XMargin bildet die Margin-Methoden von FICC und CME aus öffentlichen Regeln und Daten nach; die Zahlen der Clearingstellen selbst können abweichen. Siehe Haftungsausschluss am Ende.</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>FICC standalone</source>
        <translation>FICC einzeln</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME einzeln</translation>
    </message>
    <message>
        <source>Duplicated (both CCPs)</source>
        <translation>Doppelt (beide CCPs)</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Mit Cross-Margining</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <source>Savings, % of duplicated</source>
        <translation>Ersparnis, % von doppelt</translation>
    </message>
    <message>
        <source>Binding CCP</source>
        <translation>Maßgebliche CCP</translation>
    </message>
    <message>
        <source>80% cap binds</source>
        <translation>80-%-Obergrenze greift</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Zulässigkeit</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The portfolio has no positions.</source>
        <translation>Das Portfolio enthält keine Positionen.</translation>
    </message>
    <message>
        <source>Quantity: %1. DV01: %2 Incremental margin: %3 Allocate to XM: CME futures the firm moves into the cross-margining account; every eligible FICC position is in it.</source>
        <translation>Menge: %1. DV01: %2 Inkrementelle Margin: %3 XM zuordnen: CME-Futures, die die Firma in das Cross-Margining-Konto überträgt; jede zulässige FICC-Position liegt darin.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Calculation trace</source>
        <translation>Rechenweg</translation>
    </message>
    <message>
        <source>Every intermediate number behind the headline figures, with the formula and the numbers filled in, or the rule and its source. Amounts in USD.</source>
        <translation>Jede Zwischengröße hinter den Kennzahlen, mit der Formel und den eingesetzten Zahlen oder mit der Regel und ihrer Quelle. Beträge in USD.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Wert (USD)</translation>
    </message>
    <message>
        <source>How it is obtained</source>
        <translation>Herleitung</translation>
    </message>
    <message>
        <source>Parameters and their provenance</source>
        <translation>Parameter und ihre Herkunft</translation>
    </message>
    <message>
        <source>Model %1; cross-margin reading: %2. Official: published by FICC, CME or a regulator. Calibrated: computed by XMargin from the bundled public data at the as-of date. Assumed: XMargin&apos;s own choice where nothing is published, or a value changed in XMargin.</source>
        <translation>Modell %1; Lesart des Cross-Margining: %2. Offiziell: von FICC, CME oder einer Aufsichtsbehörde veröffentlicht. Kalibriert: von XMargin aus den mitgelieferten öffentlichen Daten zum Stichtag berechnet. Angenommen: eigene Wahl von XMargin, wo nichts veröffentlicht ist, oder ein in XMargin geänderter Wert.</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Haftungsausschluss</translation>
    </message>
    <message>
        <source>The figures in this report are model estimates made by XMargin (model %1) from public rules, regulatory filings and bundled public market data. They are not a statement of FICC, CME or any clearing member. The clearing houses&apos; margin models and parameters are confidential, so the requirements they call can differ from these estimates in either direction.</source>
        <translation>Die Zahlen in diesem Bericht sind Modellschätzungen von XMargin (Modell %1) auf Basis öffentlicher Regeln, aufsichtsrechtlicher Einreichungen und mitgelieferter öffentlicher Marktdaten. Sie sind keine Abrechnung von FICC, CME oder einem Clearingmitglied. Die Margin-Modelle und Parameter der Clearingstellen sind vertraulich; die tatsächlich verlangten Anforderungen können daher in beide Richtungen von diesen Schätzungen abweichen.</translation>
    </message>
    <message>
        <source>Every parameter states whether it is official, calibrated or assumed, and where it comes from (Parameters and their provenance). The historical scenarios behind the value-at-risk figures do not predict future market moves.</source>
        <translation>Für jeden Parameter ist angegeben, ob er offiziell, kalibriert oder angenommen ist und woher er stammt (Parameter und ihre Herkunft). Die historischen Szenarien hinter den VaR-Zahlen sagen keine künftigen Marktbewegungen voraus.</translation>
    </message>
    <message>
        <source>The SEC approved customer cross-margining between FICC and CME on 15 April 2026, and it went live on 30 April 2026. Customer positions qualify only through a broker-dealer that is also a futures commission merchant and a member of both clearing houses, and only once the customer and the firm have opted in.</source>
        <translation>Die SEC hat das Cross-Margining für Kunden zwischen FICC und CME am 15. April 2026 genehmigt; es ist seit dem 30. April 2026 in Betrieb. Kundenpositionen qualifizieren sich nur über einen Broker-Dealer, der zugleich Futures Commission Merchant und Mitglied beider Clearingstellen ist, und erst, wenn Kunde und Firma zugestimmt haben (Opt-in).</translation>
    </message>
    <message>
        <source>This report is for information and education. It is not investment, legal, tax or accounting advice, nor an offer or a solicitation to buy or sell any security or futures contract.</source>
        <translation>Dieser Bericht dient der Information und Schulung. Er ist keine Anlage-, Rechts-, Steuer- oder Bilanzierungsberatung und weder ein Angebot noch eine Aufforderung zum Kauf oder Verkauf eines Wertpapiers oder Futures-Kontrakts.</translation>
    </message>
    <message>
        <source>Data: Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury; SOFR, Federal Reserve Bank of New York; Treasury futures contract terms, CME Group.</source>
        <translation>Daten: Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury; SOFR, Federal Reserve Bank of New York; Kontraktbedingungen der Treasury-Futures, CME Group.</translation>
    </message>
    <message>
        <source>Model estimates from public rules and data, not a CCP statement; the CCPs&apos; own models are confidential. Not investment advice.</source>
        <translation>Modellschätzungen aus öffentlichen Regeln und Daten, keine CCP-Abrechnung; die Modelle der CCPs selbst sind vertraulich. Keine Anlageberatung.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 · as of %2 · XMargin %3</source>
        <translation>%1 · Stichtag %2 · XMargin %3</translation>
    </message>
</context>
<context>
    <name>xm::MarginSession</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 positions</source>
        <translation>%1 Positionen hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 positions</source>
        <translation>%1 Positionen entfernen</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>Konto ändern</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stichtag %1</translation>
    </message>
    <message>
        <source>Parameters %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>xm::MarginTrace</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>cross-margined, USD</source>
        <translation>mit Cross-Margining, USD</translation>
    </message>
    <message>
        <source>FICC standalone</source>
        <translation>FICC einzeln</translation>
    </message>
    <message>
        <source>VaR charge + add-ons = %1 + %2</source>
        <translation>VaR-Charge + Zuschläge = %1 + %2</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME einzeln</translation>
    </message>
    <message>
        <source>initial requirement on every CME position</source>
        <translation>Initial-Anforderung auf alle CME-Positionen</translation>
    </message>
    <message>
        <source>Duplicated (no cross-margining)</source>
        <translation>Doppelt (ohne Cross-Margining)</translation>
    </message>
    <message>
        <source>FICC standalone + CME standalone = %1 + %2</source>
        <translation>FICC einzeln + CME einzeln = %1 + %2</translation>
    </message>
    <message>
        <source>FICC cross-margined</source>
        <translation>FICC mit Cross-Margining</translation>
    </message>
    <message>
        <source>(1 − %1) × S_F + add-ons + FICC regular = (1 − %1) × %2 + %3 + %4</source>
        <translation>(1 − %1) × S_F + Zuschläge + FICC regulär = (1 − %1) × %2 + %3 + %4</translation>
    </message>
    <message>
        <source>CME cross-margined</source>
        <translation>CME mit Cross-Margining</translation>
    </message>
    <message>
        <source>(1 − %1) × S_C + CME regular = (1 − %1) × %2 + %3</source>
        <translation>(1 − %1) × S_C + CME regulär = (1 − %1) × %2 + %3</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Mit Cross-Margining</translation>
    </message>
    <message>
        <source>FICC + CME = %1 + %2</source>
        <translation>FICC + CME = %1 + %2</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <source>duplicated − cross-margined = %1 of duplicated</source>
        <translation>doppelt − mit Cross-Margining = %1 von doppelt</translation>
    </message>
    <message>
        <source>Reduction factors</source>
        <translation>Reduktionsfaktoren</translation>
    </message>
    <message>
        <source>r_F (FICC&apos;s view)</source>
        <translation>r_F (Sicht der FICC)</translation>
    </message>
    <message>
        <source>1 − X_F / (S_F + S_F′) = 1 − %1 / (%2 + %3)</source>
        <translation>1 − X_F / (S_F + S_F′) = 1 − %1 / (%2 + %3)</translation>
    </message>
    <message>
        <source>S_F</source>
        <translation>S_F</translation>
    </message>
    <message>
        <source>FICC model on the FICC leg</source>
        <translation>FICC-Modell auf der FICC-Seite</translation>
    </message>
    <message>
        <source>S_F′</source>
        <translation>S_F′</translation>
    </message>
    <message>
        <source>FICC model on the CME leg</source>
        <translation>FICC-Modell auf der CME-Seite</translation>
    </message>
    <message>
        <source>X_F</source>
        <translation>X_F</translation>
    </message>
    <message>
        <source>FICC model on both legs</source>
        <translation>FICC-Modell auf beiden Seiten</translation>
    </message>
    <message>
        <source>r_C (CME&apos;s view)</source>
        <translation>r_C (Sicht der CME)</translation>
    </message>
    <message>
        <source>1 − X_C / (S_C + S_C′) = 1 − %1 / (%2 + %3)</source>
        <translation>1 − X_C / (S_C + S_C′) = 1 − %1 / (%2 + %3)</translation>
    </message>
    <message>
        <source>S_C</source>
        <translation>S_C</translation>
    </message>
    <message>
        <source>CME model on the CME leg</source>
        <translation>CME-Modell auf der CME-Seite</translation>
    </message>
    <message>
        <source>S_C′</source>
        <translation>S_C′</translation>
    </message>
    <message>
        <source>CME model on the FICC leg as futures-equivalents</source>
        <translation>CME-Modell auf der FICC-Seite als Futures-Äquivalente</translation>
    </message>
    <message>
        <source>X_C</source>
        <translation>X_C</translation>
    </message>
    <message>
        <source>CME model on both legs</source>
        <translation>CME-Modell auf beiden Seiten</translation>
    </message>
    <message>
        <source>Applied to S_F</source>
        <translation>Angewandt auf S_F</translation>
    </message>
    <message>
        <source>Applied to S_C</source>
        <translation>Angewandt auf S_C</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>the reduction never exceeds the cap</source>
        <translation>die Reduktion übersteigt nie die Obergrenze</translation>
    </message>
    <message>
        <source>Cap binds</source>
        <translation>Obergrenze greift</translation>
    </message>
    <message>
        <source>Binding CCP</source>
        <translation>Maßgebliche CCP</translation>
    </message>
    <message>
        <source>whose factor is applied</source>
        <translation>deren Faktor angewandt wird</translation>
    </message>
    <message>
        <source>XM readings side by side</source>
        <translation>XM-Lesarten im Vergleich</translation>
    </message>
    <message>
        <source>eligible requirement before add-ons and the regular account</source>
        <translation>zulässige Anforderung vor Zuschlägen und regulärem Konto</translation>
    </message>
    <message>
        <source> · applied</source>
        <translation> · angewandt</translation>
    </message>
    <message>
        <source>r FICC %1, r CME %2, cap binds: %3, binding: %4</source>
        <translation>r FICC %1, r CME %2, Obergrenze greift: %3, maßgeblich: %4</translation>
    </message>
    <message>
        <source>VaR</source>
        <translation>VaR</translation>
    </message>
    <message>
        <source>loss at the quantile scenario #%1</source>
        <translation>Verlust im Quantilszenario Nr. %1</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>Haircut</translation>
    </message>
    <message>
        <source>positions with one year or less to maturity</source>
        <translation>Positionen mit höchstens einem Jahr Restlaufzeit</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>floor % × gross market value per maturity bucket</source>
        <translation>Untergrenze % × Brutto-Marktwert je Laufzeitband</translation>
    </message>
    <message>
        <source>VaR charge</source>
        <translation>VaR-Charge</translation>
    </message>
    <message>
        <source>max(VaR + haircut, floor) = max(%1 + %2, %3)%4</source>
        <translation>max(VaR + Haircut, Untergrenze) = max(%1 + %2, %3)%4</translation>
    </message>
    <message>
        <source>; the floor binds</source>
        <translation>; die Untergrenze greift</translation>
    </message>
    <message>
        <source>FICC sensitivity VaR</source>
        <translation>FICC-Sensitivitäts-VaR</translation>
    </message>
    <message>
        <source>standalone, with add-ons</source>
        <translation>einzeln, mit Zuschlägen</translation>
    </message>
    <message>
        <source>All FICC positions</source>
        <translation>Alle FICC-Positionen</translation>
    </message>
    <message>
        <source>standalone VaR charge</source>
        <translation>Einzel-VaR-Charge</translation>
    </message>
    <message>
        <source>S_F: FICC leg</source>
        <translation>S_F: FICC-Seite</translation>
    </message>
    <message>
        <source>eligible FICC positions in the XM account</source>
        <translation>zulässige FICC-Positionen im XM-Konto</translation>
    </message>
    <message>
        <source>S_F′: CME leg</source>
        <translation>S_F′: CME-Seite</translation>
    </message>
    <message>
        <source>the XM futures in FICC&apos;s model</source>
        <translation>die XM-Futures im FICC-Modell</translation>
    </message>
    <message>
        <source>X_F: both legs</source>
        <translation>X_F: beide Seiten</translation>
    </message>
    <message>
        <source>the whole XM account in FICC&apos;s model</source>
        <translation>das gesamte XM-Konto im FICC-Modell</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Zuschläge</translation>
    </message>
    <message>
        <source>each on its own line; not reduced by cross-margining</source>
        <translation>jeder in eigener Zeile; nicht durch Cross-Margining reduziert</translation>
    </message>
    <message>
        <source>Margin Liquidity Adjustment</source>
        <translation>Margin Liquidity Adjustment</translation>
    </message>
    <message>
        <source>concentration in net DV01 per bucket</source>
        <translation>Konzentration im Netto-DV01 je Laufzeitband</translation>
    </message>
    <message>
        <source>Backtesting charge</source>
        <translation>Backtesting-Zuschlag</translation>
    </message>
    <message>
        <source>user-entered</source>
        <translation>vom Benutzer eingegeben</translation>
    </message>
    <message>
        <source>Holiday charge</source>
        <translation>Feiertagszuschlag</translation>
    </message>
    <message>
        <source>Special charge</source>
        <translation>Sonderzuschlag</translation>
    </message>
    <message>
        <source>HVaR</source>
        <translation>HVaR</translation>
    </message>
    <message>
        <source>Scan risk</source>
        <translation>Scan-Risiko</translation>
    </message>
    <message>
        <source>Σ |net contracts| × price scan range</source>
        <translation>Σ |Netto-Kontrakte| × Preis-Scan-Range</translation>
    </message>
    <message>
        <source>Intra-commodity spread charge</source>
        <translation>Intra-Commodity-Spread-Zuschlag</translation>
    </message>
    <message>
        <source>Σ calendar spreads × charge</source>
        <translation>Σ Kalenderspreads × Zuschlag</translation>
    </message>
    <message>
        <source>|%1| × %2 (long %3, short %4)</source>
        <translation>|%1| × %2 (long %3, short %4)</translation>
    </message>
    <message>
        <source>%1 calendar spreads</source>
        <translation>%1 Kalenderspreads</translation>
    </message>
    <message>
        <source>Inter-commodity spread credit</source>
        <translation>Inter-Commodity-Spread-Gutschrift</translation>
    </message>
    <message>
        <source>rate × spreads × ratio × scan risk, legs by priority</source>
        <translation>Satz × Spreads × Verhältnis × Scan-Risiko, Seiten nach Priorität</translation>
    </message>
    <message>
        <source>%1 / %2 (priority %3)</source>
        <translation>%1 / %2 (Priorität %3)</translation>
    </message>
    <message>
        <source>%1 spreads at %2</source>
        <translation>%1 Spreads zu %2</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>scan + intra − credit, at least 0</source>
        <translation>Scan + Intra − Gutschrift, mindestens 0</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>maintenance × %1</source>
        <translation>Maintenance × %1</translation>
    </message>
    <message>
        <source>SPAN-like</source>
        <translation>SPAN-ähnlich</translation>
    </message>
    <message>
        <source>HVaR (SPAN 2-like)</source>
        <translation>HVaR (SPAN-2-ähnlich)</translation>
    </message>
    <message>
        <source>CME %1</source>
        <translation>CME %1</translation>
    </message>
    <message>
        <source>standalone initial requirement</source>
        <translation>Einzel-Initial-Anforderung</translation>
    </message>
    <message>
        <source>All CME positions</source>
        <translation>Alle CME-Positionen</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>einzeln</translation>
    </message>
    <message>
        <source>S_C: CME leg</source>
        <translation>S_C: CME-Seite</translation>
    </message>
    <message>
        <source>futures allocated to the XM account</source>
        <translation>dem XM-Konto zugeordnete Futures</translation>
    </message>
    <message>
        <source>S_C′: FICC leg</source>
        <translation>S_C′: FICC-Seite</translation>
    </message>
    <message>
        <source>eligible FICC positions as futures-equivalents</source>
        <translation>zulässige FICC-Positionen als Futures-Äquivalente</translation>
    </message>
    <message>
        <source>X_C: both legs</source>
        <translation>X_C: beide Seiten</translation>
    </message>
    <message>
        <source>the whole XM account in CME&apos;s model</source>
        <translation>das gesamte XM-Konto im CME-Modell</translation>
    </message>
    <message>
        <source>Regular account</source>
        <translation>Reguläres Konto</translation>
    </message>
    <message>
        <source>ineligible and unallocated positions, margined on their own</source>
        <translation>nicht zulässige und nicht zugeordnete Positionen, einzeln gemargint</translation>
    </message>
    <message>
        <source>FICC regular</source>
        <translation>FICC regulär</translation>
    </message>
    <message>
        <source>CME regular</source>
        <translation>CME regulär</translation>
    </message>
    <message>
        <source>Account eligibility</source>
        <translation>Zulässigkeit des Kontos</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>zulässig</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>nicht zulässig</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>book, DV01, market value, component VaR</source>
        <translation>Konto, DV01, Marktwert, Komponenten-VaR</translation>
    </message>
    <message>
        <source>DV01 %1, market value %2, component VaR %3</source>
        <translation>DV01 %1, Marktwert %2, Komponenten-VaR %3</translation>
    </message>
    <message>
        <source>, CME view %1 %2</source>
        <translation>, CME-Sicht %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>… %n more (export the results for all)</source>
        <translation>
            <numerusform>… %n weitere (für alle die Ergebnisse exportieren)</numerusform>
            <numerusform>… %n weitere (für alle die Ergebnisse exportieren)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key-rate DV01 ladder</source>
        <translation>Key-Rate-DV01-Profil</translation>
    </message>
    <message>
        <source>USD P&amp;L per +1bp; net, then FICC and CME</source>
        <translation>USD-P&amp;L je +1 Bp.; netto, dann FICC und CME</translation>
    </message>
    <message>
        <source>FICC %1, CME %2</source>
        <translation>FICC %1, CME %2</translation>
    </message>
    <message>
        <source>Price scan ranges</source>
        <translation>Preis-Scan-Ranges</translation>
    </message>
    <message>
        <source>USD per contract, with provenance</source>
        <translation>USD je Kontrakt, mit Herkunft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Scenario P&amp;L behind the FICC VaRs</source>
        <translation>Szenario-P&amp;L hinter den FICC-VaRs</translation>
    </message>
    <message>
        <source>scenarios per vector</source>
        <translation>Szenarien je Vektor</translation>
    </message>
    <message>
        <source>FICC leg</source>
        <translation>FICC-Seite</translation>
    </message>
    <message>
        <source>CME leg</source>
        <translation>CME-Seite</translation>
    </message>
    <message>
        <source>XM account</source>
        <translation>XM-Konto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>XMargin calculation trace · model %1 · as of %2 · amounts in USD · model estimates, not a CCP statement</source>
        <translation>XMargin-Rechenweg · Modell %1 · Stichtag %2 · Beträge in USD · Modellschätzungen, keine CCP-Abrechnung</translation>
    </message>
</context>
<context>
    <name>xm::MarginWaterfallChart</name>
    <message>
        <source>From duplicated to cross-margined margin</source>
        <translation>Von doppelter Margin zur Margin mit Cross-Margining</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Verrechnung</translation>
    </message>
    <message>
        <source>Added by the regular account</source>
        <translation>Durch das reguläre Konto hinzugefügt</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>Initial Margin (USD)</translation>
    </message>
    <message>
        <source>Offset = reduction r × the leg&apos;s margin in the cross-margining account</source>
        <translation>Verrechnung = Reduktion r × Margin der Seite im Cross-Margining-Konto</translation>
    </message>
    <message>
        <source>Withheld by the %1 cap</source>
        <translation>Durch die Obergrenze von %1 zurückgehalten</translation>
    </message>
    <message>
        <source>No margin: add positions to the portfolio</source>
        <translation>Keine Margin: Positionen zum Portfolio hinzufügen</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>FICC offset
%1 × %2</source>
        <translation>FICC-Verrechnung
%1 ×
%2</translation>
    </message>
    <message>
        <source>CME offset
%1 × %2</source>
        <translation>CME-Verrechnung
%1 ×
%2</translation>
    </message>
    <message>
        <source>Regular
account</source>
        <translation>Reguläres
Konto</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Mit Cross-Margining</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>%1 zurückgehalten</translation>
    </message>
    <message>
        <source>Duplicated requirement:  %1
Each CCP margins its own positions</source>
        <translation>Doppelte Anforderung:  %1
Jede CCP berechnet die Margin ihrer eigenen Positionen</translation>
    </message>
    <message>
        <source>FICC</source>
        <translation>FICC</translation>
    </message>
    <message>
        <source>CME</source>
        <translation>CME</translation>
    </message>
    <message>
        <source>%1 offset:  %2
%3 × %4 margin in the account %5</source>
        <translation>%1-Verrechnung:  %2
%3 × %4-Margin im Konto %5</translation>
    </message>
    <message>
        <source>
Without the %1 cap: %2 offset, %3 more</source>
        <translation>
Ohne die Obergrenze von %1: %2 Verrechnung, %3 mehr</translation>
    </message>
    <message>
        <source>Regular account:  %1
Ineligible or unallocated positions, margined on their own
instead of netting with the cross-margined ones</source>
        <translation>Reguläres Konto:  %1
Nicht zulässige oder nicht zugeordnete Positionen, einzeln gemargint,
statt mit denen im Cross-Margining verrechnet</translation>
    </message>
    <message>
        <source>Cross-margined requirement:  %1</source>
        <translation>Anforderung mit Cross-Margining:  %1</translation>
    </message>
</context>
<context>
    <name>xm::MisconceptionsPanel</name>
    <message>
        <source>Retail accounts do not get this</source>
        <translation>Privatkonten erhalten das nicht</translation>
    </message>
    <message>
        <source>Customer cross-margining runs only through a dually registered broker-dealer and FCM that clears at both FICC and CME (an Eligible BD-FCM), and both the firm and the customer must opt in. A customer account anywhere else, such as a retail brokerage account or a futures account at an FCM that is not a broker-dealer, stays margined by each CCP separately.</source>
        <translation>Cross-Margining für Kunden läuft nur über einen doppelt registrierten Broker-Dealer und FCM, der bei FICC und CME cleart (ein Eligible BD-FCM), und sowohl die Firma als auch der Kunde müssen zustimmen (Opt-in). Ein Kundenkonto anderswo, etwa ein Privatkundendepot bei einem Broker oder ein Futures-Konto bei einem FCM, der kein Broker-Dealer ist, wird weiterhin von jeder CCP getrennt gemargint.</translation>
    </message>
    <message>
        <source>Listed Treasury options are not in the program</source>
        <translation>Gelistete Treasury-Optionen sind nicht Teil des Programms</translation>
    </message>
    <message>
        <source>Only Treasury notes and bonds, repo on them, and Treasury, SOFR and Fed funds futures are eligible. Options on Treasury futures are not, and options on Treasury ETFs such as TLT or IEF clear elsewhere altogether: they are margined on their own.</source>
        <translation>Zulässig sind nur Treasury Notes und Bonds, Repos darauf sowie Treasury-, SOFR- und Fed-Funds-Futures. Optionen auf Treasury-Futures sind es nicht, und Optionen auf Treasury-ETFs wie TLT oder IEF werden ganz woanders gecleart: Sie werden einzeln gemargint.</translation>
    </message>
    <message>
        <source>Not everything nets against everything</source>
        <translation>Nicht alles wird mit allem verrechnet</translation>
    </message>
    <message>
        <source>Only eligible positions in the cross-margin account offset each other. Bills, TIPS, FRNs, STRIPS, repo on collateral with a year or less left, options, and futures the firm does not allocate stay in the regular account. When they hedged an eligible position, cross-margining can cost more.</source>
        <translation>Nur zulässige Positionen im Cross-Margining-Konto werden miteinander verrechnet. Bills, TIPS, FRNs, STRIPS, Repos auf Sicherheiten mit höchstens einem Jahr Restlaufzeit, Optionen und Futures, die die Firma nicht zuordnet, bleiben im regulären Konto. Haben sie eine zulässige Position abgesichert, kann Cross-Margining mehr kosten.</translation>
    </message>
    <message>
        <source>Savings do not remove margin shocks</source>
        <translation>Ersparnis verhindert keine Margin-Schocks</translation>
    </message>
    <message>
        <source>Cross-margining scales the requirement down; it does not stop it rising. In stress both CCPs&apos; VaR and scan ranges widen, and the cross-margined requirement rises with them.</source>
        <translation>Cross-Margining senkt die Anforderung, verhindert aber nicht, dass sie steigt. Unter Stress weiten sich VaR und Scan Ranges beider CCPs aus, und die Anforderung mit Cross-Margining steigt mit.</translation>
    </message>
    <message>
        <source>Show me: %1</source>
        <translation>Zeigen: %1</translation>
    </message>
    <message>
        <source>This portfolio: replaying the latest stress window… (the History chart shows every day)</source>
        <translation>Dieses Portfolio: Die letzte Stressperiode wird nachgerechnet… (das Diagramm „Historie“ zeigt jeden Tag)</translation>
    </message>
    <message>
        <source>This account: house account of a firm that clears at both FICC and CME → eligible.</source>
        <translation>Dieses Konto: House-Konto einer Firma, die sowohl bei FICC als auch bei CME cleart → zulässig.</translation>
    </message>
    <message>
        <source>This account: house account of a firm that does not clear at both FICC and CME → not eligible.</source>
        <translation>Dieses Konto: House-Konto einer Firma, die nicht sowohl bei FICC als auch bei CME cleart → nicht zulässig.</translation>
    </message>
    <message>
        <source>This account: customer of an Eligible BD-FCM, both opted in → eligible.</source>
        <translation>Dieses Konto: Kunde eines Eligible BD-FCM, beide haben zugestimmt (Opt-in) → zulässig.</translation>
    </message>
    <message>
        <source>This account: customer → not eligible:</source>
        <translation>Dieses Konto: Kunde → nicht zulässig:</translation>
    </message>
    <message>
        <source>the firm is not a registered broker-dealer</source>
        <translation>die Firma ist kein registrierter Broker-Dealer</translation>
    </message>
    <message>
        <source>the firm is not an FCM</source>
        <translation>die Firma ist kein FCM</translation>
    </message>
    <message>
        <source>the firm is not a member of both FICC and CME</source>
        <translation>die Firma ist nicht Mitglied sowohl bei FICC als auch bei CME</translation>
    </message>
    <message>
        <source>the customer and the firm have not both opted in</source>
        <translation>Kunde und Firma haben nicht beide zugestimmt (Opt-in)</translation>
    </message>
    <message>
        <source>This portfolio holds no options.</source>
        <translation>Dieses Portfolio enthält keine Optionen.</translation>
    </message>
    <message numerus="yes">
        <source>This portfolio holds %n option position(s): not cross-margined, margined on their own.</source>
        <translation>
            <numerusform>Dieses Portfolio enthält %n Optionsposition: nicht im Cross-Margining, einzeln gemargint.</numerusform>
            <numerusform>Dieses Portfolio enthält %n Optionspositionen: nicht im Cross-Margining, einzeln gemargint.</numerusform>
        </translation>
    </message>
    <message>
        <source>This portfolio is empty.</source>
        <translation>Dieses Portfolio ist leer.</translation>
    </message>
    <message>
        <source>This account is not eligible: every position is margined by its own CCP.</source>
        <translation>Dieses Konto ist nicht zulässig: Jede Position wird von ihrer eigenen CCP gemargint.</translation>
    </message>
    <message>
        <source>%1 (future, not allocated)</source>
        <translation>%1 (Future, nicht zugeordnet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This portfolio: every position sits in the cross-margin account.</source>
        <translation>Dieses Portfolio: Alle Positionen liegen im Cross-Margining-Konto.</translation>
    </message>
    <message numerus="yes">
        <source>This portfolio: %n position(s) outside the cross-margin account, margined on their own:</source>
        <translation>
            <numerusform>Dieses Portfolio: %n Position außerhalb des Cross-Margining-Kontos, einzeln gemargint:</numerusform>
            <numerusform>Dieses Portfolio: %n Positionen außerhalb des Cross-Margining-Kontos, einzeln gemargint:</numerusform>
        </translation>
    </message>
    <message>
        <source>Here cross-margining costs %1 more than margining separately.</source>
        <translation>Hier kostet Cross-Margining %1 mehr als getrennte Margin.</translation>
    </message>
    <message>
        <source>No stress window is configured: see the History chart.</source>
        <translation>Keine Stressperiode konfiguriert: siehe Diagramm „Historie“.</translation>
    </message>
    <message>
        <source>Add positions to see how the requirement moves in stress.</source>
        <translation>Positionen hinzufügen, um zu sehen, wie sich die Anforderung unter Stress entwickelt.</translation>
    </message>
    <message>
        <source>The stress window lies outside the history: see the History chart.</source>
        <translation>Die Stressperiode liegt außerhalb der Historie: siehe Diagramm „Historie“.</translation>
    </message>
    <message>
        <source>This portfolio in the stress window %1 – %2: cross-margined %3 before it, peaking at %4 on %5 (%6).</source>
        <translation>Dieses Portfolio in der Stressperiode %1 – %2: mit Cross-Margining %3 davor, Höchststand %4 am %5 (%6).</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>This portfolio in the stress window %1 – %2: cross-margined peaking at %3 on %4.</source>
        <translation>Dieses Portfolio in der Stressperiode %1 – %2: mit Cross-Margining Höchststand %3 am %4.</translation>
    </message>
    <message>
        <source>On %1: %2 cross-margined. The History chart shows every day.</source>
        <translation>Am %1: %2 mit Cross-Margining. Das Diagramm „Historie“ zeigt jeden Tag.</translation>
    </message>
</context>
<context>
    <name>xm::ModelSettingsDialog</name>
    <message>
        <source>Model settings</source>
        <translation>Modelleinstellungen</translation>
    </message>
    <message>
        <source>Load parameter file…</source>
        <translation>Parameterdatei laden…</translation>
    </message>
    <message>
        <source>Restore bundled defaults</source>
        <translation>Mitgelieferte Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Model &lt;b&gt;%1&lt;/b&gt;, as the application uses it now. Figures are model estimates, not a CCP statement.</source>
        <translation>Modell &lt;b&gt;%1&lt;/b&gt;, wie die Anwendung es jetzt verwendet. Die Zahlen sind Modellschätzungen, keine CCP-Abrechnung.</translation>
    </message>
    <message>
        <source>How FICC&apos;s and CME&apos;s reduction factors combine (MARGIN_MODEL.md §4); every reading is shown side by side in the calculation trace</source>
        <translation>Wie die Reduktionsfaktoren von FICC und CME kombiniert werden (MARGIN_MODEL.md §4); alle Lesarten stehen im Rechenweg nebeneinander</translation>
    </message>
    <message>
        <source>The largest reduction cross-margining may give (80% in the published arrangement)</source>
        <translation>Die größte Reduktion, die Cross-Margining gewähren darf (80 % in der veröffentlichten Vereinbarung)</translation>
    </message>
    <message>
        <source>Cross-margining</source>
        <translation>Cross-Margining</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>Lesart:</translation>
    </message>
    <message>
        <source>Reduction cap:</source>
        <translation>Reduktionsobergrenze:</translation>
    </message>
    <message>
        <source>SPAN-like (scan, spreads, credits)</source>
        <translation>SPAN-ähnlich (Scan, Spreads, Gutschriften)</translation>
    </message>
    <message>
        <source>HVaR (SPAN 2-like)</source>
        <translation>HVaR (SPAN-2-ähnlich)</translation>
    </message>
    <message>
        <source>CME model</source>
        <translation>CME-Modell</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Margin Liquidity Adjustment</source>
        <translation>Margin Liquidity Adjustment</translation>
    </message>
    <message>
        <source>Backtesting Charge (the formula is not public)</source>
        <translation>Backtesting-Zuschlag (die Formel ist nicht öffentlich)</translation>
    </message>
    <message>
        <source>Holiday Charge (the formula is not public)</source>
        <translation>Feiertagszuschlag (die Formel ist nicht öffentlich)</translation>
    </message>
    <message>
        <source>Any special charge</source>
        <translation>Etwaiger Sonderzuschlag</translation>
    </message>
    <message>
        <source>FICC add-ons</source>
        <translation>FICC-Zuschläge</translation>
    </message>
    <message>
        <source>Backtesting:</source>
        <translation>Backtesting:</translation>
    </message>
    <message>
        <source>Holiday:</source>
        <translation>Feiertage:</translation>
    </message>
    <message>
        <source>Special:</source>
        <translation>Sonder:</translation>
    </message>
    <message>
        <source>Filter parameters, values, provenance or sources</source>
        <translation>Parameter, Werte, Herkunft oder Quellen filtern</translation>
    </message>
    <message>
        <source>&lt;b&gt;official&lt;/b&gt;: a published rule or specification · &lt;b&gt;calibrated&lt;/b&gt;: computed from the bundled data on the as-of date · &lt;b&gt;assumed&lt;/b&gt;: our default, or your change</source>
        <translation>&lt;b&gt;offiziell&lt;/b&gt;: veröffentlichte Regel oder Spezifikation · &lt;b&gt;kalibriert&lt;/b&gt;: aus den mitgelieferten Daten zum Stichtag berechnet · &lt;b&gt;angenommen&lt;/b&gt;: unser Standardwert oder Ihre Änderung</translation>
    </message>
    <message>
        <source>Every parameter</source>
        <translation>Alle Parameter</translation>
    </message>
    <message>
        <source>Changed in XMargin; the parameter file has %1 (%2: %3)</source>
        <translation>In XMargin geändert; die Parameterdatei enthält %1 (%2: %3)</translation>
    </message>
    <message>
        <source>Set in XMargin</source>
        <translation>In XMargin festgelegt</translation>
    </message>
    <message>
        <source>Load parameter file</source>
        <translation>Parameterdatei laden</translation>
    </message>
    <message>
        <source>XMargin parameters (*.json);;All files (*)</source>
        <translation>XMargin-Parameter (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not load the parameters; nothing changed.

%1</source>
        <translation>Die Parameter konnten nicht geladen werden; es wurde nichts geändert.

%1</translation>
    </message>
    <message>
        <source>the bundled defaults</source>
        <translation>den mitgelieferten Standardwerten</translation>
    </message>
    <message>
        <source>Model &lt;b&gt;%1&lt;/b&gt; from %2, applied when you press OK. The calibrated scan ranges below are those in use now.</source>
        <translation>Modell &lt;b&gt;%1&lt;/b&gt; aus %2, wird mit OK übernommen. Die kalibrierten Scan Ranges unten sind die derzeit verwendeten.</translation>
    </message>
</context>
<context>
    <name>xm::ParCurvePage</name>
    <message>
        <source>Date to compare the as-of curve with</source>
        <translation>Datum, mit dessen Kurve die Stichtagskurve verglichen wird</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>Par yields (%)</source>
        <translation>Par-Renditen (%)</translation>
    </message>
</context>
<context>
    <name>xm::ParameterTableModel</name>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 USD per contract</source>
        <translation>%1 USD je Kontrakt</translation>
    </message>
</context>
<context>
    <name>xm::PnlDistributionChart</name>
    <message>
        <source>Scenario P&amp;L: each leg alone and both in the cross-margining account</source>
        <translation>Szenario-P&amp;L: jede Seite allein und beide im Cross-Margining-Konto</translation>
    </message>
    <message>
        <source>Scenario P&amp;L: each leg and both together</source>
        <translation>Szenario-P&amp;L: jede Seite und beide zusammen</translation>
    </message>
    <message>
        <source>FICC leg</source>
        <translation>FICC-Seite</translation>
    </message>
    <message>
        <source>CME leg</source>
        <translation>CME-Seite</translation>
    </message>
    <message>
        <source>Both legs together</source>
        <translation>Beide Seiten zusammen</translation>
    </message>
    <message>
        <source>Scenarios (count)</source>
        <translation>Szenarien (Anzahl)</translation>
    </message>
    <message>
        <source>Scenario P&amp;L over %1 business days (USD)</source>
        <translation>Szenario-P&amp;L über %1 Geschäftstage (USD)</translation>
    </message>
    <message>
        <source>%1 historical scenarios · CME leg in FICC&apos;s VaR model · VaR: the %2 loss quantile</source>
        <translation>%1 historische Szenarien · CME-Seite im VaR-Modell der FICC · VaR: das %2-Verlustquantil</translation>
    </message>
    <message>
        <source>No positions in the cross-margining account</source>
        <translation>Keine Positionen im Cross-Margining-Konto</translation>
    </message>
    <message>
        <source>%1 VaR %2</source>
        <translation>%1 VaR %2</translation>
    </message>
    <message>
        <source>P&amp;L %1 to %2</source>
        <translation>P&amp;L %1 bis %2</translation>
    </message>
    <message>
        <source>
%1:  %2 scenarios</source>
        <translation>
%1:  %2 Szenarien</translation>
    </message>
</context>
<context>
    <name>xm::PortfolioEditor</name>
    <message>
        <source>Add security…</source>
        <translation>Wertpapier hinzufügen…</translation>
    </message>
    <message>
        <source>Add future…</source>
        <translation>Future hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Pick a bundled Treasury note or bond by CUSIP, coupon or maturity</source>
        <translation>Mitgelieferte Treasury Note oder Bond nach CUSIP, Kupon oder Fälligkeit auswählen</translation>
    </message>
    <message>
        <source>Pick a CME futures contract and month</source>
        <translation>CME-Futures-Kontrakt und Monat auswählen</translation>
    </message>
    <message>
        <source>Remove the selected positions (Delete)</source>
        <translation>Ausgewählte Positionen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Paste CSV or quick-entry lines (Ctrl+V), or drop .csv files on the table</source>
        <translation>Ctrl+V: CSV/Schnelleingabe · .csv hierher ziehen</translation>
    </message>
</context>
<context>
    <name>xm::PortfolioTableModel</name>
    <message>
        <source>Cannot be valued: %1</source>
        <translation>Nicht bewertbar: %1</translation>
    </message>
    <message>
        <source>Face value in USD (long &gt; 0). Type 100mm, 25m or 1.5bn.</source>
        <translation>Nennwert in USD (long &gt; 0). Eingabe z. B. 100mm, 25m oder 1.5bn.</translation>
    </message>
    <message>
        <source>Contracts (long &gt; 0).</source>
        <translation>Kontrakte (long &gt; 0).</translation>
    </message>
    <message>
        <source>USD per basis point: the profit of a 1bp fall in yields (positive when long).</source>
        <translation>USD je Basispunkt: Gewinn bei einem Renditerückgang um 1 Bp. (positiv bei Long-Positionen).</translation>
    </message>
    <message>
        <source>Not margined: %1</source>
        <translation>Nicht gemargint: %1</translation>
    </message>
    <message>
        <source>Move this future into the cross-margining account (CME members choose which futures to allocate; unallocated ones are margined on their own).</source>
        <translation>Diesen Future in das Cross-Margining-Konto übertragen (CME-Mitglieder wählen, welche Futures sie zuordnen; nicht zugeordnete werden einzeln gemargint).</translation>
    </message>
    <message>
        <source>Every eligible FICC position is in the cross-margining account.</source>
        <translation>Jede zulässige FICC-Position liegt im Cross-Margining-Konto.</translation>
    </message>
    <message>
        <source>Cross-margined requirement with this position minus without it (negative: it saves margin).</source>
        <translation>Anforderung mit Cross-Margining mit dieser Position minus ohne sie (negativ: sie spart Margin).</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>CCP</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>DV01
(USD/bp)</source>
        <translation>DV01
(USD/Bp.)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Zulässig</translation>
    </message>
    <message>
        <source>Allocate
to XM</source>
        <translation>XM
zuordnen</translation>
    </message>
    <message>
        <source>Incremental
margin (USD)</source>
        <translation>Inkrementelle
Margin (USD)</translation>
    </message>
    <message>
        <source>Face value in USD for FICC positions, contracts for CME positions</source>
        <translation>Nennwert in USD für FICC-Positionen, Kontrakte für CME-Positionen</translation>
    </message>
    <message>
        <source>Eligible product. %1</source>
        <translation>Zulässiges Produkt. %1</translation>
    </message>
    <message>
        <source>Not eligible: %1. %2</source>
        <translation>Nicht zulässig: %1. %2</translation>
    </message>
    <message>
        <source>Double-click: why, rule by rule.</source>
        <translation>Doppelklick: Begründung, Regel für Regel.</translation>
    </message>
</context>
<context>
    <name>xm::PortfolioTableView</name>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Nothing to add: no positions in the text.</source>
        <translation>Nichts hinzuzufügen: keine Positionen im Text.</translation>
    </message>
    <message>
        <source>Why (not) eligible?</source>
        <translation>Warum (nicht) zulässig?</translation>
    </message>
</context>
<context>
    <name>xm::PositionImportJob</name>
    <message>
        <source>Import positions</source>
        <translation>Positionen importieren</translation>
    </message>
    <message>
        <source>Reading positions from %1…</source>
        <translation>Positionen werden aus %1 gelesen…</translation>
    </message>
</context>
<context>
    <name>xm::PositionPicker</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>xm::PositionText</name>
    <message>
        <source>Cash</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>Repo</translation>
    </message>
    <message>
        <source>Reverse repo</source>
        <translation>Reverse Repo</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>TIPS</source>
        <translation>TIPS</translation>
    </message>
    <message>
        <source>FRN</source>
        <translation>FRN</translation>
    </message>
    <message>
        <source>STRIPS</source>
        <translation>STRIPS</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Future</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
</context>
<context>
    <name>xm::PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large fonts and high contrast for a client demo; PageDown/PageUp step through the presets, 1–7 pick a chart, Esc leaves</source>
        <translation>Vollbild, große Schriften und hoher Kontrast für eine Kundendemo; Bild ab/Bild auf blättert durch die Vorlagen, 1–7 wählt ein Diagramm, Esc beendet</translation>
    </message>
</context>
<context>
    <name>xm::PresetBanner</name>
    <message>
        <source>Hide this explanation until the next preset</source>
        <translation>Diese Erläuterung bis zur nächsten Vorlage ausblenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preset: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Vorlage: %1.&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>xm::Presets</name>
    <message>
        <source>DV01-neutral 10-year basis trade</source>
        <translation>DV01-neutraler 10-Jahres-Basis-Trade</translation>
    </message>
    <message>
        <source>Long $100mm of the 3.875% Aug-2034 note at FICC, short 1,073 ZN futures at CME: the DV01s cancel. Margined separately the two CCPs ask $3.99M; cross-margined $0.80M, because FICC&apos;s reduction (90%) is capped at 80%. Savings: $3.19M, the most the arrangement allows.</source>
        <translation>Long 100 Mio. USD der 3,875-%-Note Aug. 2034 bei FICC, short 1.073 ZN-Futures bei CME: Die DV01 heben sich auf. Getrennt gemargint verlangen die beiden CCPs 3,99 Mio. USD, mit Cross-Margining 0,80 Mio. USD, weil die Reduktion der FICC (90 %) auf 80 % begrenzt ist. Ersparnis: 3,19 Mio. USD, das Maximum, das die Vereinbarung zulässt.</translation>
    </message>
    <message>
        <source>Repo-financed basis trade</source>
        <translation>Per Repo finanzierter Basis-Trade</translation>
    </message>
    <message>
        <source>The same basis trade with the note financed in repo to 10 October: FICC sees the repo as a forward purchase of the collateral, so 1,084 ZN futures hedge it. Repo on collateral with more than a year left is eligible, and the savings are the capped 80% again ($3.22M of $4.03M).</source>
        <translation>Derselbe Basis-Trade, die Note per Repo bis 10. Oktober finanziert: FICC behandelt das Repo als Terminkauf der Sicherheit, daher sichern es 1.084 ZN-Futures ab. Repos auf Sicherheiten mit mehr als einem Jahr Restlaufzeit sind zulässig, und die Ersparnis liegt wieder bei den begrenzten 80 % (3,22 Mio. von 4,03 Mio. USD).</translation>
    </message>
    <message>
        <source>2s10s curve trade across venues</source>
        <translation>2s10s-Kurventrade über beide CCPs</translation>
    </message>
    <message>
        <source>A steepener in cash at FICC (long 2-year, short 10-year) against a flattener in futures at CME (short ZT, long ZN), every leg DV01-matched. Each CCP already nets its own curve trade, and in the combined account FICC&apos;s VaR floor on gross market value binds, so FICC&apos;s reduction is only 53%: savings $0.86M of $1.64M.</source>
        <translation>Ein Steepener in Kasse bei FICC (long 2 J., short 10 J.) gegen einen Flattener in Futures bei CME (short ZT, long ZN), jede Seite DV01-abgestimmt. Jede CCP verrechnet ihren eigenen Kurventrade bereits, und im gemeinsamen Konto greift die VaR-Untergrenze der FICC auf den Brutto-Marktwert, daher beträgt die Reduktion der FICC nur 53 %: Ersparnis 0,86 Mio. von 1,64 Mio. USD.</translation>
    </message>
    <message>
        <source>Unhedged cash</source>
        <translation>Ungesicherte Kassaposition</translation>
    </message>
    <message>
        <source>Only the $100mm note, no futures. Cross-margining nets risk between the CCPs; with nothing at CME there is nothing to net, so the requirement is FICC&apos;s $1.97M either way and the savings are zero.</source>
        <translation>Nur die Note über 100 Mio. USD, keine Futures. Cross-Margining verrechnet Risiko zwischen den CCPs; ohne Positionen bei CME gibt es nichts zu verrechnen, daher ist die Anforderung in beiden Fällen die der FICC von 1,97 Mio. USD, und die Ersparnis ist null.</translation>
    </message>
    <message>
        <source>Over-hedged basis trade</source>
        <translation>Überhedgter Basis-Trade</translation>
    </message>
    <message>
        <source>1,610 ZN futures against the note, 150% of the DV01 hedge: the extra futures are an open short. Cross-margined rises to $1.21M (from $0.80M) and FICC&apos;s reduction falls to 76%, under the cap. Move the hedge on the Hedge ratio chart to see the requirement fall as the hedge comes back.</source>
        <translation>1.610 ZN-Futures gegen die Note, 150 % des DV01-Hedges: Die zusätzlichen Futures sind eine offene Short-Position. Mit Cross-Margining steigt die Anforderung auf 1,21 Mio. USD (von 0,80 Mio. USD), und die Reduktion der FICC fällt auf 76 %, unter die Obergrenze. Den Hedge im Diagramm „Hedge-Ratio“ verschieben: Die Anforderung sinkt, wenn der Hedge zurückgeht.</translation>
    </message>
    <message>
        <source>Customer without a BD-FCM: not eligible</source>
        <translation>Kunde ohne BD-FCM: nicht zulässig</translation>
    </message>
    <message>
        <source>A 30-year bond basis trade (long $50mm 4.5% Nov-2054, short 406 UB) for a customer whose firm is a broker-dealer but not an FCM. Customer cross-margining runs only through a dually registered BD-FCM that clears at both FICC and CME, so each CCP margins its own side: $3.39M, no savings.</source>
        <translation>Ein Basis-Trade in 30-jährigen Bonds (long 50 Mio. USD 4,5 % Nov. 2054, short 406 UB) für einen Kunden, dessen Firma Broker-Dealer, aber kein FCM ist. Cross-Margining für Kunden läuft nur über einen doppelt registrierten BD-FCM, der bei FICC und CME cleart; daher berechnet jede CCP die Margin ihrer eigenen Seite: 3,39 Mio. USD, keine Ersparnis.</translation>
    </message>
    <message>
        <source>The same hedge through a BD-FCM: eligible</source>
        <translation>Derselbe Hedge über einen BD-FCM: zulässig</translation>
    </message>
    <message>
        <source>The same bond basis trade, now with a firm registered as broker-dealer and FCM that is a member of both CCPs, and both sides opted in. The account is eligible and the requirement falls from $3.39M to $0.68M (80%, capped).</source>
        <translation>Derselbe Bond-Basis-Trade, jetzt mit einer Firma, die als Broker-Dealer und FCM registriert und Mitglied beider CCPs ist, und beide Seiten haben zugestimmt (Opt-in). Das Konto ist zulässig, und die Anforderung sinkt von 3,39 Mio. auf 0,68 Mio. USD (80 %, begrenzt).</translation>
    </message>
    <message>
        <source>Hedged with options: options not eligible</source>
        <translation>Mit Optionen gehedgt: Optionen nicht zulässig</translation>
    </message>
    <message>
        <source>The note hedged with 600 ZN futures and 1,000 short calls on ZN. Options on Treasury futures are not in the program (nor are options on Treasury ETFs such as TLT or IEF, which clear elsewhere): the calls stay in CME&apos;s regular account. Only part of the hedge offsets, so savings are 55% ($2.22M of $4.04M) instead of the 80% a futures hedge gets.</source>
        <translation>Die Note, abgesichert mit 600 ZN-Futures und 1.000 verkauften Calls auf ZN. Optionen auf Treasury-Futures sind nicht Teil des Programms (ebenso wenig Optionen auf Treasury-ETFs wie TLT oder IEF, die anderswo gecleart werden): Die Calls bleiben im regulären Konto der CME. Nur ein Teil des Hedges wird verrechnet, daher beträgt die Ersparnis 55 % (2,22 Mio. von 4,04 Mio. USD) statt der 80 %, die ein Futures-Hedge erhält.</translation>
    </message>
    <message>
        <source>Bills and TIPS: not eligible</source>
        <translation>Bills und TIPS: nicht zulässig</translation>
    </message>
    <message>
        <source>The 10-year basis trade next to $200mm of a December 2025 bill and $50mm of a 2035 TIPS. Bills and TIPS are not eligible, so FICC margins them on their own in the regular account ($1.39M). The basis trade keeps its 80%, and the savings are 60% of the $5.43M duplicated.</source>
        <translation>Der 10-Jahres-Basis-Trade neben 200 Mio. USD einer im Dezember 2025 fälligen Bill und 50 Mio. USD eines 2035 fälligen TIPS. Bills und TIPS sind nicht zulässig, daher werden sie bei FICC einzeln im regulären Konto gemargint (1,39 Mio. USD). Der Basis-Trade behält seine 80 %, und die Ersparnis beträgt 60 % der doppelten Margin von 5,43 Mio. USD.</translation>
    </message>
    <message>
        <source>When cross-margining costs more</source>
        <translation>Wenn Cross-Margining mehr kostet</translation>
    </message>
    <message>
        <source>The basis trade with 2,000 long calls on ZN that offset most of the short futures at CME, which on its own asks only $0.14M. Allocating the futures to the cross-margin account takes them away from the calls, which are margined alone: the total rises from $2.11M to $2.68M. Untick Allocate on the ZN row and the savings return to zero.</source>
        <translation>Der Basis-Trade mit 2.000 gekauften Calls auf ZN, die den Großteil der Short-Futures bei CME ausgleichen; CME allein verlangt dafür nur 0,14 Mio. USD. Die Zuordnung der Futures zum Cross-Margining-Konto nimmt sie den Calls weg, die dann allein gemargint werden: Die Summe steigt von 2,11 Mio. auf 2,68 Mio. USD. Das Häkchen „XM zuordnen“ in der ZN-Zeile entfernen, und die Ersparnis liegt wieder bei null.</translation>
    </message>
    <message>
        <source>Stress replay: March 2020</source>
        <translation>Stressphase März 2020</translation>
    </message>
    <message>
        <source>A 10-year basis trade as of 19 March 2020, in the dash for cash. Between 24 February and 24 March CME&apos;s requirement rose 12% and the cross-margined one 6% ($0.77M to $0.82M), savings steady at 80%: cross-margining lowers the level of margin, not its swings. The History chart shows the larger climb after the 2022 rate shock: 20% more from June 2022 to March 2023.</source>
        <translation>Ein 10-Jahres-Basis-Trade zum Stichtag 19. März 2020, während des Ansturms auf Liquidität. Zwischen dem 24. Februar und dem 24. März stieg die Anforderung der CME um 12 % und die mit Cross-Margining um 6 % (von 0,77 Mio. auf 0,82 Mio. USD), bei stabiler Ersparnis von 80 %: Cross-Margining senkt das Niveau der Margin, nicht ihre Schwankungen. Das Diagramm „Historie“ zeigt den stärkeren Anstieg nach dem Zinsschock 2022: 20 % mehr von Juni 2022 bis März 2023.</translation>
    </message>
</context>
<context>
    <name>xm::QuickEntryLine</name>
    <message>
        <source>Quick entry: ZNU5 -950 · 91282CLF6 +100mm · UST 4.25 2034-11-15 25m · REPO 91282CLF6 100mm 90d</source>
        <translation>Schnelleingabe: ZNU5 -950 · 91282CLF6 +100mm · UST 4.25 2034-11-15 25m · REPO 91282CLF6 100mm 90d</translation>
    </message>
    <message>
        <source>Type a position and press Enter. Futures: ZN -950, ZNU5 -950, ZN 2025-09 -950. Cash: a CUSIP or UST coupon maturity, then the face (100mm, 25m, 1.5bn). Repo: REPO or REVREPO, the security, the face and a term (90d, 13w, 3m) or end date. Up and Down recall earlier lines.</source>
        <translation>Position eingeben und Enter drücken. Futures: ZN -950, ZNU5 -950, ZN 2025-09 -950. Kassa: eine CUSIP oder UST Kupon Fälligkeit, dann der Nennwert (100mm, 25m, 1.5bn). Repo: REPO oder REVREPO, das Wertpapier, der Nennwert und eine Laufzeit (90d, 13w, 3m) oder ein Enddatum. Mit Auf und Ab werden frühere Zeilen zurückgeholt. Die Eingabe verwendet stets den Dezimalpunkt.</translation>
    </message>
</context>
<context>
    <name>xm::RecoveryPrompt</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Could not recover “%1”; the autosaved copy is kept as %2.

%3</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden; die automatisch gesicherte Kopie bleibt als %2 erhalten.

%3</translation>
    </message>
    <message>
        <source>XMargin did not close normally. Unsaved changes to “%1” were autosaved at %2.</source>
        <translation>XMargin wurde nicht normal beendet. Ungespeicherte Änderungen an „%1“ wurden am %2 automatisch gesichert.</translation>
    </message>
    <message>
        <source>Recover opens them as a portfolio that has never been saved. Discard deletes the autosaved copy; Later keeps it for the next start.</source>
        <translation>Wiederherstellen öffnet sie als Portfolio, das noch nie gespeichert wurde. Verwerfen löscht die automatisch gesicherte Kopie; Später behält sie für den nächsten Start.</translation>
    </message>
    <message>
        <source>Recover opens them as unsaved changes to %1. Discard deletes the autosaved copy; Later keeps it for the next start.</source>
        <translation>Wiederherstellen öffnet sie als ungespeicherte Änderungen an %1. Verwerfen löscht die automatisch gesicherte Kopie; Später behält sie für den nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>xm::ReportExport</name>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>Der Drucker konnte nicht gestartet werden; es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>xm::Screenshot</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Das Bildschirmfoto konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>xm::SecurityPicker</name>
    <message>
        <source>%1-year %2</source>
        <translation>%2, %1 Jahre</translation>
    </message>
    <message>
        <source>Add a Treasury security</source>
        <translation>US-Staatsanleihe hinzufügen</translation>
    </message>
    <message>
        <source>CUSIP</source>
        <translation>CUSIP</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Wertpapier</translation>
    </message>
    <message>
        <source>Coupon (%)</source>
        <translation>Kupon (%)</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>Search by CUSIP, coupon or maturity, e.g. 4.25 2034</source>
        <translation>Suche nach CUSIP, Kupon oder Fälligkeit, z. B. 4.25 2034</translation>
    </message>
    <message>
        <source>Face value in USD, long &gt; 0: 100mm, 25m, 1.5bn</source>
        <translation>Nennwert in USD, long &gt; 0: 100mm, 25m, 1.5bn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Repo end</source>
        <translation>Repo-Ende</translation>
    </message>
    <message>
        <source>Face (USD)</source>
        <translation>Nennwert (USD)</translation>
    </message>
</context>
<context>
    <name>xm::SessionChart</name>
    <message>
        <source>As of %1</source>
        <translation>Stichtag %1</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · Stichtag %2</translation>
    </message>
    <message>
        <source>%1 · Model estimates, not a CCP statement</source>
        <translation>%1 · Modellschätzungen, keine CCP-Abrechnung</translation>
    </message>
</context>
<context>
    <name>xm::StartPage</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open “%1” as a new, unsaved portfolio</source>
        <translation>„%1“ als neues, ungespeichertes Portfolio öffnen</translation>
    </message>
    <message>
        <source>XMargin — Start</source>
        <translation>XMargin — Start</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teaching presets&lt;/b&gt;&lt;br&gt;Real portfolios, each with what it shows about FICC–CME cross-margining. Opening one starts a new, unsaved portfolio; the figures are model estimates, not a CCP statement.</source>
        <translation>&lt;b&gt;Schulungsvorlagen&lt;/b&gt;&lt;br&gt;Realistische Portfolios, jeweils mit dem, was sie über das FICC–CME-Cross-Margining zeigen. Das Öffnen einer Vorlage beginnt ein neues, ungespeichertes Portfolio; die Zahlen sind Modellschätzungen, keine CCP-Abrechnung.</translation>
    </message>
    <message>
        <source>&amp;Show this page when XMargin starts</source>
        <translation>Diese Seite beim &amp;Start von XMargin anzeigen</translation>
    </message>
</context>
<context>
    <name>xm::Startup</name>
    <message>
        <source>Could not load the bundled data:
%1</source>
        <translation>Die mitgelieferten Daten konnten nicht geladen werden:
%1</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
</context>
<context>
    <name>xm::StressChart</name>
    <message>
        <source>Stress test: requirements before and after</source>
        <translation>Stresstest: Anforderungen vorher und nachher</translation>
    </message>
    <message>
        <source>Duplicated
(each CCP on its own)</source>
        <translation>Doppelt
(jede CCP für sich)</translation>
    </message>
    <message>
        <source>Cross-margined
(FICC–CME arrangement)</source>
        <translation>Mit Cross-Margining
(FICC–CME-Vereinbarung)</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>Initial Margin (USD)</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Parallel shift (bp)</source>
        <translation>Parallelverschiebung (Bp.)</translation>
    </message>
    <message>
        <source>Steepener (+) or flattener (−): 2Y −size, 10Y +size (bp)</source>
        <translation>Steepener (+) oder Flattener (−): 2 J. −Größe, 10 J. +Größe (Bp.)</translation>
    </message>
    <message>
        <source>Volatility multiplier (scenario changes and scan ranges ×)</source>
        <translation>Volatilitätsmultiplikator (Szenarioänderungen und Scan Ranges ×)</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source> bp</source>
        <translation> Bp.</translation>
    </message>
    <message>
        <source>Stress test: %1</source>
        <translation>Stresstest: %1</translation>
    </message>
    <message>
        <source>Stress test</source>
        <translation>Stresstest</translation>
    </message>
    <message>
        <source>No margin: add positions to the portfolio</source>
        <translation>Keine Margin: Positionen zum Portfolio hinzufügen</translation>
    </message>
    <message>
        <source>This scenario cannot run: %1</source>
        <translation>Dieses Szenario kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Before the window (%1)</source>
        <translation>Vor der Periode (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Heute (%1)</translation>
    </message>
    <message>
        <source>At its highest (%1)</source>
        <translation>Höchststand (%1)</translation>
    </message>
    <message>
        <source>Stressed</source>
        <translation>Gestresst</translation>
    </message>
    <message>
        <source>Today&apos;s positions; each day with its own lookback and scan ranges</source>
        <translation>Heutige Positionen; jeder Tag mit eigenem Rückblickzeitraum und eigenen Scan Ranges</translation>
    </message>
    <message>
        <source>Scenario changes and scan ranges scaled; haircuts and floors unchanged</source>
        <translation>Szenarioänderungen und Scan Ranges skaliert; Haircuts und Untergrenzen unverändert</translation>
    </message>
    <message>
        <source>Instantaneous curve move; today&apos;s historical scenarios</source>
        <translation>Sofortige Kurvenbewegung; heutige historische Szenarien</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Mit Cross-Margining</translation>
    </message>
    <message>
        <source>%1 · %2
FICC:  %3
CME:  %4
Total:  %5</source>
        <translation>%1 · %2
FICC:  %3
CME:  %4
Summe:  %5</translation>
    </message>
</context>
<context>
    <name>xm::StressPanel</name>
    <message>
        <source>FICC standalone</source>
        <translation>FICC einzeln</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME einzeln</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>FICC cross-margined</source>
        <translation>FICC mit Cross-Margining</translation>
    </message>
    <message>
        <source>CME cross-margined</source>
        <translation>CME mit Cross-Margining</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Mit Cross-Margining</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <source>Savings, % of duplicated</source>
        <translation>Ersparnis, % von doppelt</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>P&amp;L (USD)</source>
        <translation>P&amp;L (USD)</translation>
    </message>
    <message>
        <source>Profit or loss of the curve move: variation margin on futures, mark-to-market at FICC (negative: a loss)</source>
        <translation>Gewinn oder Verlust aus der Kurvenbewegung: Variation Margin auf Futures, Neubewertung zu Marktpreisen bei FICC (negativ: ein Verlust)</translation>
    </message>
    <message>
        <source>Before
%1</source>
        <translation>Vorher
%1</translation>
    </message>
    <message>
        <source>At its highest
%1</source>
        <translation>Höchststand
%1</translation>
    </message>
    <message>
        <source>Today
%1</source>
        <translation>Heute
%1</translation>
    </message>
    <message>
        <source>Stressed</source>
        <translation>Gestresst</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change, %</source>
        <translation>Änderung, %</translation>
    </message>
    <message>
        <source>Window end
%1</source>
        <translation>Periodenende
%1</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not valued</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
</context>
<context>
    <name>xm::StressText</name>
    <message>
        <source>%1bp</source>
        <translation>%1 Bp.</translation>
    </message>
    <message>
        <source>Cross-margined margin stays at %1 at its highest in %2 (%3).</source>
        <translation>Die Margin mit Cross-Margining bleibt beim Höchststand in %2 (%3) bei %1.</translation>
    </message>
    <message>
        <source>Cross-margined margin rises from %1 to %2 (%3) at its highest in %4 (%5).</source>
        <translation>Die Margin mit Cross-Margining steigt beim Höchststand in %4 (%5) von %1 auf %2 (%3).</translation>
    </message>
    <message>
        <source>Cross-margined margin falls from %1 to %2 (%3) at its highest in %4 (%5).</source>
        <translation>Die Margin mit Cross-Margining sinkt beim Höchststand in %4 (%5) von %1 auf %2 (%3).</translation>
    </message>
    <message>
        <source>Cross-margined margin stays at %1 when every par yield moves %2.</source>
        <translation>Die Margin mit Cross-Margining bleibt bei %1, wenn sich jede Par-Rendite um %2 bewegt.</translation>
    </message>
    <message>
        <source>Cross-margined margin rises from %1 to %2 (%3) when every par yield moves %4.</source>
        <translation>Die Margin mit Cross-Margining steigt von %1 auf %2 (%3), wenn sich jede Par-Rendite um %4 bewegt.</translation>
    </message>
    <message>
        <source>Cross-margined margin falls from %1 to %2 (%3) when every par yield moves %4.</source>
        <translation>Die Margin mit Cross-Margining sinkt von %1 auf %2 (%3), wenn sich jede Par-Rendite um %4 bewegt.</translation>
    </message>
    <message>
        <source>Cross-margined margin stays at %1 when the 2-year yield moves %2 and the 10-year %3.</source>
        <translation>Die Margin mit Cross-Margining bleibt bei %1, wenn sich die 2-jährige Rendite um %2 und die 10-jährige um %3 bewegt.</translation>
    </message>
    <message>
        <source>Cross-margined margin rises from %1 to %2 (%3) when the 2-year yield moves %4 and the 10-year %5.</source>
        <translation>Die Margin mit Cross-Margining steigt von %1 auf %2 (%3), wenn sich die 2-jährige Rendite um %4 und die 10-jährige um %5 bewegt.</translation>
    </message>
    <message>
        <source>Cross-margined margin falls from %1 to %2 (%3) when the 2-year yield moves %4 and the 10-year %5.</source>
        <translation>Die Margin mit Cross-Margining sinkt von %1 auf %2 (%3), wenn sich die 2-jährige Rendite um %4 und die 10-jährige um %5 bewegt.</translation>
    </message>
    <message>
        <source>Cross-margined margin stays at %1 when every historical move is scaled ×%2.</source>
        <translation>Die Margin mit Cross-Margining bleibt bei %1, wenn jede historische Bewegung mit ×%2 skaliert wird.</translation>
    </message>
    <message>
        <source>Cross-margined margin rises from %1 to %2 (%3) when every historical move is scaled ×%4.</source>
        <translation>Die Margin mit Cross-Margining steigt von %1 auf %2 (%3), wenn jede historische Bewegung mit ×%4 skaliert wird.</translation>
    </message>
    <message>
        <source>Cross-margined margin falls from %1 to %2 (%3) when every historical move is scaled ×%4.</source>
        <translation>Die Margin mit Cross-Margining sinkt von %1 auf %2 (%3), wenn jede historische Bewegung mit ×%4 skaliert wird.</translation>
    </message>
    <message>
        <source>Nothing is saved before or after: no position is cross-margined.</source>
        <translation>Weder vorher noch nachher wird etwas gespart: Keine Position ist im Cross-Margining.</translation>
    </message>
    <message>
        <source>The saving moves from %1 to %2 of the duplicated requirement.</source>
        <translation>Die Ersparnis ändert sich von %1 auf %2 der doppelten Anforderung.</translation>
    </message>
    <message>
        <source>The saving stays %1 of a larger number.</source>
        <translation>Die Ersparnis bleibt bei %1 einer größeren Summe.</translation>
    </message>
    <message>
        <source>The saving stays %1 of a smaller number.</source>
        <translation>Die Ersparnis bleibt bei %1 einer kleineren Summe.</translation>
    </message>
    <message>
        <source>The saving stays %1.</source>
        <translation>Die Ersparnis bleibt bei %1.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Parallel %1</source>
        <translation>Parallel %1</translation>
    </message>
    <message>
        <source>Steepener: 2Y %1, 10Y %2</source>
        <translation>Steepener: 2 J. %1, 10 J. %2</translation>
    </message>
    <message>
        <source>Flattener: 2Y %1, 10Y %2</source>
        <translation>Flattener: 2 J. %1, 10 J. %2</translation>
    </message>
    <message>
        <source>Twist: 2Y %1, 10Y %2</source>
        <translation>Twist: 2 J. %1, 10 J. %2</translation>
    </message>
    <message>
        <source>Volatility ×%1</source>
        <translation>Volatilität ×%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The curve move costs the portfolio %1 (its P&amp;L, paid as variation margin).</source>
        <translation>Die Kurvenbewegung kostet das Portfolio %1 (die P&amp;L, als Variation Margin gezahlt).</translation>
    </message>
    <message>
        <source>The curve move earns the portfolio %1 (its P&amp;L, received as variation margin).</source>
        <translation>Die Kurvenbewegung bringt dem Portfolio %1 ein (die P&amp;L, als Variation Margin erhalten).</translation>
    </message>
    <message>
        <source>Today&apos;s positions replayed through the window, each day with its own lookback and recalibrated scan ranges. Before: %1, the last business day before the window; after: %2, the window&apos;s highest cross-margined requirement; window end: %3. P&amp;L: today&apos;s positions revalued for the window&apos;s par-yield change from %1 to %3. Not modelled: the positions, futures months and CTDs of that time.</source>
        <translation>Die heutigen Positionen, durch die Periode nachgerechnet, jeder Tag mit eigenem Rückblickzeitraum und neu kalibrierten Scan Ranges. Vorher: %1, der letzte Geschäftstag vor der Periode; nachher: %2, die höchste Anforderung mit Cross-Margining in der Periode; Periodenende: %3. P&amp;L: die heutigen Positionen, neu bewertet für die Änderung der Par-Renditen in der Periode von %1 bis %3. Nicht abgebildet: die damaligen Positionen, Futures-Kontraktmonate und CTDs.</translation>
    </message>
    <message>
        <source>An instantaneous move of the %1 par curve (the repo rate moves with the 3-month yield): every position is revalued and its sensitivities, CTDs and scan ranges are recomputed. The historical scenarios stay today&apos;s, so a level shift alone barely moves VaR; the volatility stress shows that. Not modelled: volatility rising with the move, basis and repo moves, liquidity.</source>
        <translation>Eine sofortige Verschiebung der Par-Kurve vom %1 (der Repo-Satz bewegt sich mit der 3-Monats-Rendite): Jede Position wird neu bewertet, und ihre Sensitivitäten, CTDs und Scan Ranges werden neu berechnet. Die historischen Szenarien bleiben die heutigen, daher bewegt eine reine Niveauverschiebung den VaR kaum; das zeigt der Volatilitätsstress. Nicht abgebildet: mit der Bewegung steigende Volatilität, Basis- und Repo-Bewegungen, Liquidität.</translation>
    </message>
    <message>
        <source>Every historical scenario change and every scan range multiplied by %1, as CCP stress add-ons scale scan ranges: VaR and SPAN scan risk grow with it; haircuts, floors and calendar-spread charges do not. The curve does not move, so there is no P&amp;L.</source>
        <translation>Jede historische Szenarioänderung und jede Scan Range mit %1 multipliziert, so wie CCP-Stresszuschläge die Scan Ranges skalieren: VaR und SPAN-Scan-Risiko wachsen mit; Haircuts, Untergrenzen und Kalenderspread-Zuschläge nicht. Die Kurve bewegt sich nicht, daher gibt es keine P&amp;L.</translation>
    </message>
    <message>
        <source>%1
Provenance: %2. %3</source>
        <translation>%1
Herkunft: %2. %3</translation>
    </message>
</context>
<context>
    <name>xm::SummaryPanel</name>
    <message>
        <source>FICC standalone</source>
        <translation>FICC einzeln</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME einzeln</translation>
    </message>
    <message>
        <source>Duplicated (both CCPs)</source>
        <translation>Doppelt (beide CCPs)</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Mit Cross-Margining</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <source>Savings, % of duplicated</source>
        <translation>Ersparnis, % von doppelt</translation>
    </message>
    <message>
        <source>Binding CCP</source>
        <translation>Maßgebliche CCP</translation>
    </message>
    <message>
        <source>80% cap binds</source>
        <translation>80-%-Obergrenze greift</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Zulässigkeit</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>No (cap %1)</source>
        <translation>Nein (Obergrenze %1)</translation>
    </message>
    <message>
        <source>None · how the figures were obtained: Calculation trace, Notes</source>
        <translation>Keine · wie die Zahlen entstanden sind: Rechenweg, Hinweise</translation>
    </message>
    <message>
        <source>%1
r FICC %2
r CME %3</source>
        <translation>%1
r FICC %2
r CME %3</translation>
    </message>
    <message>
        <source>✓ Account eligible for cross-margining</source>
        <translation>✓ Konto für Cross-Margining zulässig</translation>
    </message>
    <message>
        <source>✗ Account not eligible: %1</source>
        <translation>✗ Konto nicht zulässig: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · Not eligible, margined on their own: %1</source>
        <translation> · Nicht zulässig, einzeln gemargint: %1</translation>
    </message>
    <message>
        <source>Yes: reduction capped at %1</source>
        <translation>Ja: Reduktion auf %1 begrenzt</translation>
    </message>
</context>
<context>
    <name>xm::TracePanel</name>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Wert (USD)</translation>
    </message>
    <message>
        <source>How it is obtained</source>
        <translation>Herleitung</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the whole trace to the clipboard as plain text</source>
        <translation>Den gesamten Rechenweg als reinen Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Find a quantity, e.g. S_F, scan, ZN, floor</source>
        <translation>Größe suchen, z. B. S_F, Scan, ZN, Untergrenze</translation>
    </message>
</context>
<context>
    <name>xm::UsdText</name>
    <message>
        <source>bn</source>
        <translation>&#xa0;Mrd.</translation>
    </message>
    <message>
        <source>m</source>
        <translation>&#xa0;Mio.</translation>
    </message>
    <message>
        <source>k</source>
        <translation>&#xa0;Tsd.</translation>
    </message>
    <message>
        <source>$%1</source>
        <extracomment>An amount in U.S. dollars; %1 is the number, perhaps with a unit (3.99m).</extracomment>
        <translation>%1&#xa0;$</translation>
    </message>
</context>
<context>
    <name>xm::XmRuleText</name>
    <message>
        <source>More conservative of both CCPs (min)</source>
        <translation>Vorsichtigere der beiden CCPs (min)</translation>
    </message>
    <message>
        <source>Each CCP applies its own factor (each)</source>
        <translation>Jede CCP wendet ihren eigenen Faktor an (each)</translation>
    </message>
    <message>
        <source>One pot, split pro rata (onepot)</source>
        <translation>Ein Topf, anteilig aufgeteilt (onepot)</translation>
    </message>
    <message>
        <source>Legacy offset classes (legacy)</source>
        <translation>Bisherige Verrechnungsklassen (legacy)</translation>
    </message>
    <message>
        <source>The smaller of r_F and r_C, capped, reduces both legs: the more conservative result applies.</source>
        <translation>Der kleinere Wert von r_F und r_C, begrenzt durch die Obergrenze, reduziert beide Seiten: Es gilt das vorsichtigere Ergebnis.</translation>
    </message>
    <message>
        <source>FICC reduces its leg by r_F, CME its leg by r_C, each capped.</source>
        <translation>FICC reduziert ihre Seite um r_F, CME ihre Seite um r_C, jeweils begrenzt.</translation>
    </message>
    <message>
        <source>One combined VaR over both legs, split between the CCPs pro rata.</source>
        <translation>Ein gemeinsamer VaR über beide Seiten, anteilig auf die CCPs aufgeteilt.</translation>
    </message>
    <message>
        <source>Opposite FICC and CME DV01 matched by maturity class; credit × the smaller leg&apos;s margin.</source>
        <translation>Gegenläufige DV01 von FICC und CME nach Laufzeitklassen zugeordnet; Gutschrift × Margin der kleineren Seite.</translation>
    </message>
</context>
<context>
    <name>xm::YieldCurveChart</name>
    <message>
        <source>U.S. Treasury par yield curve</source>
        <translation>Par-Renditekurve der US-Staatsanleihen</translation>
    </message>
    <message>
        <source>Markers: published par yields · Lines: par curve interpolated in maturity · Source: U.S. Department of the Treasury</source>
        <translation>Markierungen: veröffentlichte Par-Renditen · Linien: über die Laufzeit interpolierte Par-Kurve · Quelle: U.S. Department of the Treasury</translation>
    </message>
    <message>
        <source>Source: U.S. Department of the Treasury</source>
        <translation>Quelle: U.S. Department of the Treasury</translation>
    </message>
    <message>
        <source>Maturity (log scale)</source>
        <translation>Laufzeit (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Par yield (%)</source>
        <translation>Par-Rendite (%)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stichtag %1</translation>
    </message>
    <message>
        <source>Comparison %1</source>
        <translation>Vergleich %1</translation>
    </message>
    <message>
        <source>%1:  %2 %</source>
        <translation>%1:  %2&#xa0;%</translation>
    </message>
    <message>
        <source> (interpolated)</source>
        <translation> (interpoliert)</translation>
    </message>
    <message>
        <source>%1 par yield
%2
%3
Change:  %4 bp</source>
        <translation>Par-Rendite %1
%2
%3
Änderung:  %4 Bp.</translation>
    </message>
</context>
</TS>
