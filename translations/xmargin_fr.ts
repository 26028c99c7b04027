<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
        <translation>Compte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Compte propre (house)</translation>
    </message>
    <message>
        <source>House: the clearing member&apos;s own positions. Customer: a client&apos;s positions, which need a dually registered broker-dealer/FCM and both opt-ins.</source>
        <translation>Compte propre (house) : positions propres du membre compensateur. Client : positions d&apos;un client ; il faut un broker-dealer/FCM doublement enregistré et les deux adhésions (opt-in).</translation>
    </message>
    <message>
        <source>HRP (initial = 110% of maintenance)</source>
        <translation>HRP (initiale = 110 % du maintien)</translation>
    </message>
    <message>
        <source>Non-HRP (initial = maintenance)</source>
        <translation>Non-HRP (initiale = marge de maintien)</translation>
    </message>
    <message>
        <source>CME risk profile of the account: heightened-risk-profile accounts post initial margin above maintenance.</source>
        <translation>Profil de risque CME du compte : les comptes à profil de risque élevé (HRP) déposent une marge initiale supérieure à la marge de maintien.</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>CME risk profile</source>
        <translation>Profil de risque CME</translation>
    </message>
    <message>
        <source>Firm is a registered broker-dealer</source>
        <translation>La société est un broker-dealer enregistré</translation>
    </message>
    <message>
        <source>Registered with the SEC under Exchange Act §15(b)</source>
        <translation>Enregistré auprès de la SEC au titre de l&apos;Exchange Act §15(b)</translation>
    </message>
    <message>
        <source>Firm is a registered FCM</source>
        <translation>La société est un FCM enregistré</translation>
    </message>
    <message>
        <source>Futures commission merchant registered with the CFTC</source>
        <translation>Futures commission merchant enregistré auprès de la CFTC</translation>
    </message>
    <message>
        <source>Firm is a FICC GSD netting member</source>
        <translation>La société est membre de compensation (netting) de la FICC GSD</translation>
    </message>
    <message>
        <source>Government Securities Division netting member</source>
        <translation>Membre de compensation (netting) de la Government Securities Division</translation>
    </message>
    <message>
        <source>Firm is a CME clearing member</source>
        <translation>La société est membre compensateur de CME</translation>
    </message>
    <message>
        <source>Clearing member of CME Clearing</source>
        <translation>Membre compensateur de CME Clearing</translation>
    </message>
    <message>
        <source>Customer and firm opted in to cross-margining</source>
        <translation>Le client et la société ont adhéré à la marge croisée (opt-in)</translation>
    </message>
    <message>
        <source>Both the customer and the clearing firm agreed to the cross-margining arrangement</source>
        <translation>Le client et la société de compensation ont tous deux accepté le dispositif de marge croisée</translation>
    </message>
</context>
<context>
    <name>xm::AmountFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. German and French put a no-break space before the sign.</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
</context>
<context>
    <name>xm::Autosaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
    <message>
        <source>Autosave failed: cannot create a recovery file in %1</source>
        <translation>Échec de la sauvegarde automatique : impossible de créer un fichier de récupération dans %1</translation>
    </message>
</context>
<context>
    <name>xm::ChartDeck</name>
    <message>
        <source>Cross-margined vs duplicated</source>
        <translation>Croisée/dupliquée</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <source>Hedge ratio</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Key-rate DV01</source>
        <translation>DV01 taux clés</translation>
    </message>
    <message>
        <source>Scenario P&amp;&amp;L</source>
        <translation>P&amp;&amp;L scénarios</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>xm::ChartExport</name>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>xm::ChartFrame</name>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
</context>
<context>
    <name>xm::CommandLine</name>
    <message>
        <source>Shows what FICC–CME cross-margining does to initial margin on a U.S. Treasury portfolio.</source>
        <translation>Montre l&apos;effet de la marge croisée FICC–CME sur la marge initiale d&apos;un portefeuille de titres du Trésor américain.</translation>
    </message>
    <message>
        <source>Render the main window off screen, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>Rendre la fenêtre principale hors écran, l&apos;enregistrer en PNG dans &lt;file&gt; et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Screenshot size in pixels (default 1400x900).</source>
        <translation>Taille de la capture en pixels (par défaut 1400x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>As-of date, YYYY-MM-DD (default: the last history date).</source>
        <translation>Date de référence, AAAA-MM-JJ (par défaut : dernière date de l&apos;historique).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Comparison date, YYYY-MM-DD (default: one year before the as-of date).</source>
        <translation>Date de comparaison, AAAA-MM-JJ (par défaut : un an avant la date de référence).</translation>
    </message>
    <message>
        <source>Open the portfolio &lt;file&gt; (.xmargin) instead of the bundled demo.</source>
        <translation>Ouvrir le portefeuille &lt;file&gt; (.xmargin) au lieu de la démo fournie.</translation>
    </message>
    <message>
        <source>Language for this run: en, de, fr, ja or system (default: the setting in View → Language).</source>
        <translation>Langue pour cette exécution : en, de, fr, ja ou system (par défaut : le réglage Affichage → Langue).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>A portfolio to open, as with --open.</source>
        <translation>Portefeuille à ouvrir, comme avec --open.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[fichier]</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: give one portfolio file.</source>
        <translation>Argument inattendu « %1 » : indiquez un seul fichier de portefeuille.</translation>
    </message>
    <message>
        <source>Give the portfolio either with --open or as an argument, not both.</source>
        <translation>Indiquez le portefeuille soit avec --open, soit en argument, pas les deux.</translation>
    </message>
    <message>
        <source>--size only applies together with --screenshot.</source>
        <translation>--size ne s&apos;applique qu&apos;avec --screenshot.</translation>
    </message>
    <message>
        <source>--language expects en, de, fr, ja or system, not &quot;%1&quot;.</source>
        <translation>--language attend en, de, fr, ja ou system, et non « %1 ».</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT in pixels, each 1 to %1 (e.g. 1400x900), not &quot;%2&quot;.</source>
        <translation>--size attend LARGEURxHAUTEUR en pixels, chacune de 1 à %1 (p. ex. 1400x900), et non « %2 ».</translation>
    </message>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ, et non « %2 ».</translation>
    </message>
    <message>
        <source>--%1 %2 is outside the par-yield history %3 – %4.</source>
        <translation>--%1 %2 est hors de l&apos;historique des rendements au pair %3 – %4.</translation>
    </message>
    <message>
        <source>Write the client report of the portfolio as a PDF to &lt;file&gt; and exit, without showing a window.</source>
        <translation>Écrire le rapport client du portefeuille en PDF dans &lt;fichier&gt; et quitter, sans afficher de fenêtre.</translation>
    </message>
    <message>
        <source>Paper of the report: A4 or Letter (default: by the locale).</source>
        <translation>Format de papier du rapport : A4 ou Letter (par défaut : selon les paramètres régionaux).</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>Open the teaching preset &lt;name&gt; (see --list-presets) as a new document.</source>
        <translation>Ouvrir le cas d&apos;école &lt;nom&gt; (voir --list-presets) comme nouveau document.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Print the preset names, one a line, and exit.</source>
        <translation>Afficher les noms des cas d&apos;école, un par ligne, et quitter.</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen, large fonts, high contrast).</source>
        <translation>Démarrer en mode présentation (plein écran, grandes polices, contraste élevé).</translation>
    </message>
    <message>
        <source>Give either a portfolio file or --preset, not both.</source>
        <translation>Indiquez soit un fichier de portefeuille, soit --preset, pas les deux.</translation>
    </message>
    <message>
        <source>--report expects the name of the PDF file to write.</source>
        <translation>--report attend le nom du fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Give either --screenshot or --report, not both.</source>
        <translation>Indiquez soit --screenshot, soit --report, pas les deux.</translation>
    </message>
    <message>
        <source>--page-size only applies together with --report.</source>
        <translation>--page-size ne s&apos;applique qu&apos;avec --report.</translation>
    </message>
    <message>
        <source>--page-size expects A4 or Letter, not &quot;%1&quot;.</source>
        <translation>--page-size attend A4 ou Letter, et non « %1 ».</translation>
    </message>
</context>
<context>
    <name>xm::CoreMessage</name>
    <message>
        <source>House account of a firm that clears at both FICC and CME</source>
        <translation>Compte propre d&apos;une société qui compense à la fois à la FICC et au CME</translation>
    </message>
    <message>
        <source>House cross-margining needs a firm that is a member of both FICC and CME</source>
        <translation>La marge croisée en compte propre exige une société membre à la fois de la FICC et du CME</translation>
    </message>
    <message>
        <source>Cleared through a dually registered broker-dealer/FCM that is a member of FICC and CME</source>
        <translation>Compensé par un broker-dealer/FCM doublement enregistré, membre de la FICC et du CME</translation>
    </message>
    <message>
        <source>Customer cross-margining is only available through a firm that is both a registered broker-dealer and an FCM and a member of both FICC and CME (an Eligible BD-FCM); retail and other customer accounts elsewhere do not get it</source>
        <translation>La marge croisée client n&apos;est offerte que par une société à la fois broker-dealer et FCM enregistrée, membre de la FICC et du CME (un Eligible BD-FCM) ; les comptes de particuliers et autres comptes clients ailleurs n&apos;y ont pas accès</translation>
    </message>
    <message>
        <source>The customer and the BD-FCM have both opted in</source>
        <translation>Le client et le BD-FCM ont tous deux adhéré (opt-in)</translation>
    </message>
    <message>
        <source>The customer and the BD-FCM must both opt in to cross-margining</source>
        <translation>Le client et le BD-FCM doivent tous deux adhérer à la marge croisée (opt-in)</translation>
    </message>
    <message>
        <source>U.S. Treasury note or bond cleared at FICC</source>
        <translation>Note ou bond du Trésor américain compensé à la FICC</translation>
    </message>
    <message>
        <source>Repo on Treasury collateral with %1 years to maturity (more than %2 years)</source>
        <translation>Repo sur titres du Trésor en garantie à %1 ans de l&apos;échéance (plus de %2 ans)</translation>
    </message>
    <message>
        <source>Repo collateral has %1 years to maturity; only repo on collateral with more than %2 years left is eligible</source>
        <translation>La garantie du repo est à %1 ans de l&apos;échéance ; seuls les repos sur des garanties à plus de %2 ans sont éligibles</translation>
    </message>
    <message>
        <source>Treasury bills are not among the eligible FICC products (notes, bonds, repo on &gt;1y collateral)</source>
        <translation>Les bons du Trésor (bills) ne font pas partie des produits FICC éligibles (notes, bonds, repos sur garanties &gt;1 an)</translation>
    </message>
    <message>
        <source>TIPS are excluded from cross-margining</source>
        <translation>Les TIPS sont exclus de la marge croisée</translation>
    </message>
    <message>
        <source>STRIPS are excluded from cross-margining</source>
        <translation>Les STRIPS sont exclus de la marge croisée</translation>
    </message>
    <message>
        <source>Floating-rate notes are not among the eligible FICC products (notes, bonds, repo on &gt;1y collateral)</source>
        <translation>Les obligations à taux variable (FRN) ne font pas partie des produits FICC éligibles (notes, bonds, repos sur garanties &gt;1 an)</translation>
    </message>
    <message>
        <source>%1 futures are eligible CME interest-rate futures</source>
        <translation>Les futures %1 sont des futures de taux CME éligibles</translation>
    </message>
    <message>
        <source>%1 is not on the list of eligible CME interest-rate futures</source>
        <translation>%1 ne figure pas sur la liste des futures de taux CME éligibles</translation>
    </message>
    <message>
        <source>Options (on Treasury futures, or on bond ETFs such as TLT and IEF) are not in the cross-margining program</source>
        <translation>Les options (sur futures du Trésor ou sur ETF obligataires comme TLT et IEF) ne font pas partie du programme de marge croisée</translation>
    </message>
    <message>
        <source>A futures or options position cannot be cleared at FICC</source>
        <translation>Une position sur futures ou options ne peut pas être compensée à la FICC</translation>
    </message>
    <message>
        <source>Cash and repo positions clear at FICC, not CME</source>
        <translation>Les positions au comptant et les repos se compensent à la FICC, pas au CME</translation>
    </message>
    <message>
        <source>%1 overlapping %2-day scenarios ending %3 to %4</source>
        <translation>%1 scénarios à %2 jours qui se chevauchent, se terminant du %3 au %4</translation>
    </message>
    <message>
        <source>+ %1 stress scenarios from %2 (%3 to %4)</source>
        <translation>+ %1 scénarios de stress de %2 (du %3 au %4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 scenario changes interpolated in maturity from neighbouring tenors (no published yield)</source>
        <translation>%1 : %2 des %3 variations de scénario interpolées à partir des maturités voisines (aucun rendement publié)</translation>
    </message>
    <message>
        <source>No par yields published on %1; using the curve of %2.</source>
        <translation>Aucun rendement au pair publié le %1 ; la courbe du %2 est utilisée.</translation>
    </message>
    <message>
        <source>%1 par yield not published on %2; interpolated in maturity from neighbouring tenors.</source>
        <translation>Rendement au pair %1 non publié le %2 ; interpolé à partir des maturités voisines.</translation>
    </message>
    <message>
        <source>Repo to %1 on %2</source>
        <translation>Repo jusqu&apos;au %1 sur %2</translation>
    </message>
    <message>
        <source>Reverse repo to %1 on %2</source>
        <translation>Reverse repo jusqu&apos;au %1 sur %2</translation>
    </message>
    <message>
        <source>Bill %1</source>
        <translation>Bill %1</translation>
    </message>
    <message>
        <source>TIPS (nominal proxy) %1</source>
        <translation>TIPS (approximation nominale) %1</translation>
    </message>
    <message>
        <source>FRN (3M proxy) %1</source>
        <translation>FRN (approximation 3 mois) %1</translation>
    </message>
    <message>
        <source>%1 (CTD synthetic)</source>
        <translation>%1 (CTD synthétique)</translation>
    </message>
    <message>
        <source>%1 (CTD %2)</source>
        <translation>%1 (CTD %2)</translation>
    </message>
    <message>
        <source>Option on %1 (delta %2)</source>
        <translation>Option sur %1 (delta %2)</translation>
    </message>
    <message>
        <source>99% %1-day loss of one %2 %3 contract over %4 business days to %5</source>
        <translation>Perte à 99 % sur %1 jours d&apos;un contrat %2 %3, sur %4 jours ouvrés jusqu&apos;au %5</translation>
    </message>
    <message>
        <source>published maintenance level (parameter file)</source>
        <translation>niveau de marge de maintien publié (fichier de paramètres)</translation>
    </message>
    <message>
        <source>FICC VaR scenarios: %1</source>
        <translation>Scénarios de VaR FICC : %1</translation>
    </message>
    <message>
        <source>The account is not eligible for cross-margining (see its eligibility): every position stays in the regular account, each CCP margining its own.</source>
        <translation>Le compte n&apos;est pas éligible à la marge croisée (voir son éligibilité) : toutes les positions restent dans le compte ordinaire, chaque CCP margeant les siennes.</translation>
    </message>
    <message>
        <source>Cross-margining costs more than margining separately here: ineligible or unallocated positions that hedged eligible ones sit in the regular account, margined on their own.</source>
        <translation>Ici, la marge croisée coûte plus qu&apos;une marge séparée : des positions non éligibles ou non affectées qui couvraient des positions éligibles restent dans le compte ordinaire, margées isolément.</translation>
    </message>
    <message>
        <source>Volatility stress (hypothetical): every historical scenario change and every scan range scaled by %1; haircuts and floors unchanged.</source>
        <translation>Stress de volatilité (hypothétique) : chaque variation de scénario historique et chaque fourchette de scan multipliées par %1 ; décotes et planchers inchangés.</translation>
    </message>
    <message>
        <source>Our choice: from the first rise of the Federal Reserve&apos;s 2022 hiking cycle (FOMC, 16 March 2022) through the UK LDI gilt crisis (23 September to 14 October 2022) and the 10-year Treasury yield&apos;s 2022 high (24 October)</source>
        <translation>Notre choix&#xa0;: de la première hausse du cycle de resserrement 2022 de la Federal Reserve (FOMC, 16&#xa0;mars 2022) à la crise LDI des gilts britanniques (23&#xa0;septembre au 14&#xa0;octobre 2022) et au plus haut 2022 du rendement du Treasury à 10&#xa0;ans (24&#xa0;octobre)</translation>
    </message>
    <message>
        <source>Hypothetical, sizes our choice: instantaneous parallel, steepener and flattener moves as in standard rate stress tests (e.g. BCBS interest rate risk in the banking book, 2016)</source>
        <translation>Hypothétique, ampleurs de notre choix&#xa0;: déplacements instantanés parallèles, de pentification et d&apos;aplatissement, comme dans les tests de résistance de taux usuels (p.&#xa0;ex. BCBS, risque de taux d&apos;intérêt dans le portefeuille bancaire, 2016)</translation>
    </message>
    <message>
        <source>Hypothetical, multiplier our choice: scan ranges scaled as CCP stress add-ons do</source>
        <translation>Hypothétique, multiplicateur de notre choix&#xa0;: fourchettes de scan mises à l&apos;échelle comme le font les majorations de stress des CCP</translation>
    </message>
    <message>
        <source>Model parameter ficc.stressWindows: %1</source>
        <translation>Paramètre du modèle ficc.stressWindows&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>xm::CoreText</name>
    <message>
        <source>FICC XM account</source>
        <translation>compte XM FICC</translation>
    </message>
    <message>
        <source>CME XM account</source>
        <translation>compte XM CME</translation>
    </message>
    <message>
        <source>FICC regular account</source>
        <translation>compte ordinaire FICC</translation>
    </message>
    <message>
        <source>CME regular account</source>
        <translation>compte ordinaire CME</translation>
    </message>
    <message>
        <source>not margined</source>
        <translation>non margé</translation>
    </message>
    <message>
        <source>official</source>
        <translation>officiel</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>calibré</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>supposé</translation>
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
        <translation>les deux</translation>
    </message>
    <message>
        <source>each</source>
        <translation>chacune</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>2008 financial crisis</source>
        <translation>Crise financière de 2008</translation>
    </message>
    <message>
        <source>March 2020 dash for cash</source>
        <translation>Ruée vers la liquidité, mars 2020</translation>
    </message>
    <message>
        <source>2022 rate-hike selloff</source>
        <translation>Liquidation de 2022 (hausses de taux)</translation>
    </message>
</context>
<context>
    <name>xm::CurveTableModel</name>
    <message>
        <source>Not published by the U.S. Treasury on this date: interpolated in maturity from the neighbouring tenors.</source>
        <translation>Non publié par le Trésor américain à cette date : interpolé à partir des maturités voisines.</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>As of
%1</source>
        <translation>Au
%1</translation>
    </message>
    <message>
        <source>Comparison
%1</source>
        <translation>Comparaison
%1</translation>
    </message>
    <message>
        <source>Change
(bp)</source>
        <translation>Variation
(pb)</translation>
    </message>
    <message>
        <source>Par yield, percent (bond-equivalent, semiannual)</source>
        <translation>Rendement au pair en pourcentage (équivalent obligataire, semestriel)</translation>
    </message>
</context>
<context>
    <name>xm::DocumentController</name>
    <message>
        <source>portfolio</source>
        <translation>portefeuille</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>New portfolio: add positions with the pickers or the quick-entry line</source>
        <translation>Nouveau portefeuille : ajoutez des positions avec les sélecteurs ou la ligne de saisie rapide</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>Ouvrir un exemple</translation>
    </message>
    <message>
        <source>Opened the example “%1”</source>
        <translation>Exemple « %1 » ouvert</translation>
    </message>
    <message>
        <source>Open portfolio</source>
        <translation>Ouvrir un portefeuille</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open %1; the open portfolio is unchanged.

%2</source>
        <translation>Impossible d&apos;ouvrir %1 ; le portefeuille ouvert est inchangé.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Save portfolio as</source>
        <translation>Enregistrer le portefeuille sous</translation>
    </message>
    <message>
        <source>Save portfolio</source>
        <translation>Enregistrer le portefeuille</translation>
    </message>
    <message>
        <source>Could not save the portfolio; nothing was written.

%1</source>
        <translation>Impossible d&apos;enregistrer le portefeuille ; rien n&apos;a été écrit.

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The portfolio “%1” has changes that are not saved.</source>
        <translation>Le portefeuille « %1 » contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <source>Import positions</source>
        <translation>Importer des positions</translation>
    </message>
    <message>
        <source>Position CSV (*.csv);;All files (*)</source>
        <translation>CSV de positions (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n position(s) from %1</source>
        <translation>
            <numerusform>%n position importée de %1</numerusform>
            <numerusform>%n positions importées de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import %1; no position was added.

%2</source>
        <translation>Impossible d&apos;importer %1 ; aucune position n&apos;a été ajoutée.

%2</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; no position was added</source>
        <translation>Import de %1 annulé ; aucune position n&apos;a été ajoutée</translation>
    </message>
    <message>
        <source>Export positions</source>
        <translation>Exporter les positions</translation>
    </message>
    <message>
        <source>Position CSV (*.csv)</source>
        <translation>CSV de positions (*.csv)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>-margin.json</source>
        <translation>-marge.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>-margin.csv</source>
        <translation>-marge.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was written.

%1</source>
        <translation>Rien n&apos;a été écrit.

%1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>XMargin portfolio (*.xmargin)</source>
        <translation>Portefeuille XMargin (*.xmargin)</translation>
    </message>
    <message>
        <source>an as-of date on or after %1, where the par-yield history starts</source>
        <translation>une date de référence égale ou postérieure au %1, début de l&apos;historique des rendements au pair</translation>
    </message>
    <message>
        <source>an as-of date the bundled data can value (%1)</source>
        <translation>une date de référence que les données fournies permettent d&apos;évaluer (%1)</translation>
    </message>
    <message>
        <source>Recovered “%1”: save it to keep the changes</source>
        <translation>« %1 » récupéré : enregistrez-le pour conserver les modifications</translation>
    </message>
    <message>
        <source>Open preset</source>
        <translation>Ouvrir un cas d&apos;école</translation>
    </message>
    <message>
        <source>Opened the preset “%1”</source>
        <translation>Cas d&apos;école « %1 » ouvert</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>-report.pdf</source>
        <translation>-rapport.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>xm::EligibilityExplainer</name>
    <message>
        <source>Each rule with its result (✓ passes, ✗ fails) and its source; click a source to open it.</source>
        <translation>Chaque règle avec son résultat (✓ respectée, ✗ non respectée) et sa source ; cliquez sur une source pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Copy every rule, result and source to the clipboard as plain text</source>
        <translation>Copier toutes les règles, résultats et sources dans le presse-papiers en texte brut</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a rule to read it in full with its sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une règle pour la lire en entier avec ses sources.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>xm::EligibilityExplainerModel</name>
    <message>
        <source>Eligible for cross-margining: its eligible positions are margined together</source>
        <translation>Éligible à la marge croisée : ses positions éligibles sont margées ensemble</translation>
    </message>
    <message>
        <source>Not eligible: every position stays in the regular accounts, each CCP margining its own</source>
        <translation>Non éligible : toutes les positions restent dans les comptes ordinaires, chaque CCP margeant les siennes</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Affectation</translation>
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
Cliquez pour ouvrir %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Source: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Source : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>    %1 %2: %3</source>
        <translation>    %1 %2 : %3</translation>
    </message>
    <message>
        <source>    %1 %2: %3 (source: %4)</source>
        <translation>    %1 %2 : %3 (source : %4)</translation>
    </message>
</context>
<context>
    <name>xm::EligibilityText</name>
    <message>
        <source>SEC Release 34-104748 (91 FR 4994, 3 Feb 2026), FICC/CME customer cross-margining</source>
        <translation>SEC Release 34-104748 (91 FR 4994, 3 févr. 2026), marge croisée client FICC/CME</translation>
    </message>
    <message>
        <source>DTCC, FICC cross-margining: eligible products (dtcclearning.com)</source>
        <translation>DTCC, marge croisée FICC : produits éligibles (dtcclearning.com)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>CME Group, CME-FICC cross-margining arrangement FAQ</source>
        <translation>CME Group, FAQ du dispositif de marge croisée CME-FICC</translation>
    </message>
    <message>
        <source>Common member</source>
        <translation>Membre commun</translation>
    </message>
    <message>
        <source>Eligible BD-FCM</source>
        <translation>Eligible BD-FCM</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Adhésion (opt-in)</translation>
    </message>
    <message>
        <source>Note or bond</source>
        <translation>Note ou bond</translation>
    </message>
    <message>
        <source>Repo collateral term</source>
        <translation>Échéance de la garantie du repo</translation>
    </message>
    <message>
        <source>Treasury bill</source>
        <translation>Bon du Trésor (bill)</translation>
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
        <translation>Obligation à taux variable (FRN)</translation>
    </message>
    <message>
        <source>Eligible future</source>
        <translation>Future éligible</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>bills not listed</source>
        <translation>bills absents de la liste</translation>
    </message>
    <message>
        <source>FRNs not listed</source>
        <translation>FRN absents de la liste</translation>
    </message>
    <message>
        <source>House account</source>
        <translation>Compte propre</translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation>Compte client</translation>
    </message>
    <message>
        <source>Passive: every eligible FICC position of the account is in the cross-margining account</source>
        <translation>Passive : toute position FICC éligible du compte est dans le compte de marge croisée</translation>
    </message>
    <message>
        <source>Not allocated: the CME member keeps this future out of the cross-margining account</source>
        <translation>Non affecté : le membre CME laisse ce future hors du compte de marge croisée</translation>
    </message>
    <message>
        <source>Allocated to the cross-margining account (the CME member chooses which futures to move)</source>
        <translation>Affecté au compte de marge croisée (le membre CME choisit les futures à transférer)</translation>
    </message>
    <message>
        <source>Marked for allocation to the cross-margining account</source>
        <translation>Marqué pour affectation au compte de marge croisée</translation>
    </message>
    <message>
        <source>CME, Treasury Rules-based Offset Engine: CME positions managed actively, FICC positions passively</source>
        <translation>CME, Treasury Rules-based Offset Engine : positions CME gérées activement, positions FICC passivement</translation>
    </message>
    <message>
        <source>Not margined: it cannot be valued (%1).</source>
        <translation>Non margée : elle ne peut pas être évaluée (%1).</translation>
    </message>
    <message>
        <source>Margined in the cross-margining account.</source>
        <translation>Margée dans le compte de marge croisée.</translation>
    </message>
    <message>
        <source>Stays in the regular FICC account: the account is not eligible, so it is margined on its own.</source>
        <translation>Reste dans le compte ordinaire FICC : le compte n&apos;est pas éligible, elle est donc margée isolément.</translation>
    </message>
    <message>
        <source>Stays in the regular CME account: the account is not eligible, so it is margined on its own.</source>
        <translation>Reste dans le compte ordinaire CME : le compte n&apos;est pas éligible, elle est donc margée isolément.</translation>
    </message>
    <message>
        <source>Stays in the regular FICC account: margined on its own.</source>
        <translation>Reste dans le compte ordinaire FICC : margée isolément.</translation>
    </message>
    <message>
        <source>Stays in the regular CME account: margined on its own.</source>
        <translation>Reste dans le compte ordinaire CME : margée isolément.</translation>
    </message>
    <message>
        <source>Stays in the regular CME account: not allocated, so it is margined on its own.</source>
        <translation>Reste dans le compte ordinaire CME : non affectée, elle est donc margée isolément.</translation>
    </message>
    <message>
        <source>Not margined.</source>
        <translation>Non margée.</translation>
    </message>
</context>
<context>
    <name>xm::ExampleNames</name>
    <message>
        <source>Basis trade, 10y</source>
        <translation>Opération de base, 10 ans</translation>
    </message>
    <message>
        <source>Curve trade 2s10s across venues</source>
        <translation>Opération de courbe 2s10s entre les deux chambres</translation>
    </message>
    <message>
        <source>Basis trade, 10y, customer of a non-BD-FCM</source>
        <translation>Opération de base, 10 ans, client d&apos;un non-BD-FCM</translation>
    </message>
    <message>
        <source>Unhedged cash, 10y</source>
        <translation>Comptant non couvert, 10 ans</translation>
    </message>
</context>
<context>
    <name>xm::FuturesPicker</name>
    <message>
        <source>Allocate to the cross-margining account</source>
        <translation>Affecter au compte de marge croisée</translation>
    </message>
    <message>
        <source>Add a CME future</source>
        <translation>Ajouter un future CME</translation>
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
        <translation>Contrats, p. ex. -950 (vendeur)</translation>
    </message>
    <message>
        <source>CME members choose which futures to move into the cross-margining account; unallocated futures are margined on their own.</source>
        <translation>Les membres CME choisissent les futures à transférer dans le compte de marge croisée ; les futures non affectés sont margés isolément.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
</context>
<context>
    <name>xm::Glossary</name>
    <message>
        <source>Initial margin</source>
        <translation>Marge initiale</translation>
    </message>
    <message>
        <source>Variation margin</source>
        <translation>Marge de variation</translation>
    </message>
    <message>
        <source>Maintenance margin</source>
        <translation>Marge de maintien</translation>
    </message>
    <message>
        <source>Standalone margin</source>
        <translation>Marge autonome</translation>
    </message>
    <message>
        <source>Duplicated margin</source>
        <translation>Marge dupliquée</translation>
    </message>
    <message>
        <source>Cross-margining</source>
        <translation>Marge croisée</translation>
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
        <translation>Comptes propres et comptes clients</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Adhésion (opt-in)</translation>
    </message>
    <message>
        <source>HRP</source>
        <translation>HRP</translation>
    </message>
    <message>
        <source>Eligible product</source>
        <translation>Produit éligible</translation>
    </message>
    <message>
        <source>Allocation to cross-margining</source>
        <translation>Affectation à la marge croisée</translation>
    </message>
    <message>
        <source>80% cap</source>
        <translation>Plafond de 80 %</translation>
    </message>
    <message>
        <source>Reduction factor</source>
        <translation>Facteur de réduction</translation>
    </message>
    <message>
        <source>Binding CCP</source>
        <translation>CCP déterminante</translation>
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
        <translation>Fourchette de scan (scan range)</translation>
    </message>
    <message>
        <source>Stress window</source>
        <translation>Période de stress</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>Décote</translation>
    </message>
    <message>
        <source>Margin Liquidity Adjustment</source>
        <translation>Margin Liquidity Adjustment (ajustement de liquidité)</translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>Pension livrée (repo)</translation>
    </message>
    <message>
        <source>Reverse repo</source>
        <translation>Prise en pension (reverse repo)</translation>
    </message>
    <message>
        <source>DV01</source>
        <translation>DV01</translation>
    </message>
    <message>
        <source>Key-rate DV01</source>
        <translation>DV01 par taux clé</translation>
    </message>
    <message>
        <source>CTD</source>
        <translation>CTD</translation>
    </message>
    <message>
        <source>Conversion factor</source>
        <translation>Facteur de conversion</translation>
    </message>
    <message>
        <source>Implied repo rate</source>
        <translation>Taux de repo implicite</translation>
    </message>
    <message>
        <source>Par yield</source>
        <translation>Rendement au pair</translation>
    </message>
    <message>
        <source>SOFR</source>
        <translation>SOFR</translation>
    </message>
    <message>
        <source>Basis trade</source>
        <translation>Opération de base (basis trade)</translation>
    </message>
    <message>
        <source>Hedge ratio</source>
        <translation>Ratio de couverture</translation>
    </message>
    <message>
        <source>Incremental margin</source>
        <translation>Marge incrémentale</translation>
    </message>
    <message>
        <source>CUSIP</source>
        <translation>CUSIP</translation>
    </message>
    <message>
        <source>Collateral a clearing house collects up front to cover the loss it could suffer while it closes out the positions of a member that has defaulted.</source>
        <translation>Garantie qu&apos;une chambre de compensation exige d&apos;avance pour couvrir la perte qu&apos;elle pourrait subir en liquidant les positions d&apos;un membre défaillant.</translation>
    </message>
    <message>
        <source>The daily payment that settles gains and losses at market prices. Cross-margining does not change it, and XMargin does not model it.</source>
        <translation>Le paiement quotidien qui règle les gains et pertes aux prix du marché. La marge croisée ne la modifie pas, et XMargin ne la modélise pas.</translation>
    </message>
    <message>
        <source>The margin CME requires to keep futures positions open. Initial margin equals it, or 110% of it for HRP accounts.</source>
        <translation>La marge que le CME exige pour maintenir des positions sur futures ouvertes. La marge initiale lui est égale, ou à 110 % de celle-ci pour les comptes HRP.</translation>
    </message>
    <message>
        <source>What one clearing house requires on its own positions, as if the other side of a hedge did not exist.</source>
        <translation>Ce qu&apos;une chambre de compensation exige sur ses seules positions, comme si l&apos;autre côté d&apos;une couverture n&apos;existait pas.</translation>
    </message>
    <message>
        <source>FICC&apos;s and CME&apos;s standalone requirements added up: what a hedged portfolio posts without cross-margining, because each clearing house sees only one side of the hedge.</source>
        <translation>La somme des exigences autonomes de la FICC et du CME : ce qu&apos;un portefeuille couvert dépose sans marge croisée, car chaque chambre ne voit qu&apos;un côté de la couverture.</translation>
    </message>
    <message>
        <source>An arrangement in which FICC and CME recognise that Treasury positions at FICC and interest-rate futures at CME offset each other, and both lower their margin accordingly.</source>
        <translation>Un dispositif par lequel la FICC et le CME reconnaissent que les positions sur titres du Trésor à la FICC et les futures de taux au CME se compensent, et réduisent tous deux leur marge en conséquence.</translation>
    </message>
    <message>
        <source>Fixed Income Clearing Corporation, part of DTCC. Its Government Securities Division clears U.S. Treasury trades and repo.</source>
        <translation>Fixed Income Clearing Corporation, filiale de la DTCC. Sa Government Securities Division compense les opérations sur titres du Trésor américain et les repos.</translation>
    </message>
    <message>
        <source>CME Clearing, the clearing house of CME Group. It clears Treasury, SOFR and Fed funds futures.</source>
        <translation>CME Clearing, la chambre de compensation du CME Group. Elle compense les futures sur titres du Trésor, sur SOFR et sur Fed funds.</translation>
    </message>
    <message>
        <source>Central counterparty: a clearing house that becomes the buyer to every seller and the seller to every buyer, and collects margin to cover a member&apos;s default.</source>
        <translation>Contrepartie centrale : une chambre de compensation qui devient l&apos;acheteur de chaque vendeur et le vendeur de chaque acheteur, et collecte des marges pour couvrir la défaillance d&apos;un membre.</translation>
    </message>
    <message>
        <source>A firm registered both as a broker-dealer (SEC) and as a futures commission merchant (CFTC). Customers can cross-margin only through such a firm that is a member of FICC and CME.</source>
        <translation>Une société enregistrée à la fois comme broker-dealer (SEC) et comme futures commission merchant (CFTC). Les clients ne peuvent bénéficier de la marge croisée que par une telle société, membre de la FICC et du CME.</translation>
    </message>
    <message>
        <source>A house account holds the clearing member&apos;s own positions; a customer account holds a client&apos;s positions, cleared through the member.</source>
        <translation>Un compte propre détient les positions du membre compensateur lui-même ; un compte client détient les positions d&apos;un client, compensées par l&apos;intermédiaire du membre.</translation>
    </message>
    <message>
        <source>Customer cross-margining is voluntary: the customer and the BD-FCM must both agree to put the account into the arrangement.</source>
        <translation>La marge croisée client est facultative : le client et le BD-FCM doivent tous deux accepter d&apos;inclure le compte dans le dispositif.</translation>
    </message>
    <message>
        <source>Heightened risk profile: CME accounts of this kind post initial margin above maintenance margin (110% of it).</source>
        <translation>Profil de risque élevé (heightened risk profile) : les comptes CME de ce type déposent une marge initiale supérieure à la marge de maintien (110 % de celle-ci).</translation>
    </message>
    <message>
        <source>A product the arrangement admits: Treasury notes and bonds, and repo on collateral with more than a year left, at FICC; listed Treasury, SOFR and Fed funds futures at CME. Bills, TIPS, STRIPS, floating-rate notes and options are excluded.</source>
        <translation>Un produit admis par le dispositif : à la FICC, les notes et bonds du Trésor et les repos sur des garanties à plus d&apos;un an de l&apos;échéance ; au CME, les futures cotés sur titres du Trésor, SOFR et Fed funds. Les bills, TIPS, STRIPS, obligations à taux variable et options sont exclus.</translation>
    </message>
    <message>
        <source>The CME clearing member chooses which eligible futures go into the cross-margining account; futures left out are margined on their own.</source>
        <translation>Le membre compensateur CME choisit les futures éligibles placés dans le compte de marge croisée ; les futures laissés de côté sont margés isolément.</translation>
    </message>
    <message>
        <source>The reduction cross-margining gives never exceeds 80% of the eligible positions&apos; margin, however well they hedge each other.</source>
        <translation>La réduction accordée par la marge croisée ne dépasse jamais 80 % de la marge des positions éligibles, aussi bien qu&apos;elles se couvrent.</translation>
    </message>
    <message>
        <source>How far a clearing house lowers its margin: one minus the margin of both legs together divided by the sum of the legs&apos; separate margins (r_F for FICC, r_C for CME), at most the cap.</source>
        <translation>L&apos;ampleur de la baisse de marge d&apos;une chambre : un moins la marge des deux jambes ensemble divisée par la somme des marges séparées des jambes (r_F pour la FICC, r_C pour le CME), au plus le plafond.</translation>
    </message>
    <message>
        <source>The clearing house whose smaller reduction factor applies when the more conservative of the two is used.</source>
        <translation>La chambre dont le facteur de réduction, plus faible, s&apos;applique lorsque le plus prudent des deux est retenu.</translation>
    </message>
    <message>
        <source>Value at risk: the loss a portfolio exceeds only with a small probability (for example 1%) over a set horizon, read from historical scenarios. FICC margins Treasury positions with a VaR model.</source>
        <translation>Valeur en risque : la perte qu&apos;un portefeuille ne dépasse qu&apos;avec une faible probabilité (par exemple 1 %) sur un horizon donné, tirée de scénarios historiques. La FICC calcule la marge des positions sur titres du Trésor avec un modèle de VaR.</translation>
    </message>
    <message>
        <source>Standard Portfolio Analysis of Risk, CME&apos;s classic margin method: a price scan range per contract, charges for calendar spreads and credits between related contracts.</source>
        <translation>Standard Portfolio Analysis of Risk, la méthode de marge classique du CME : une fourchette de scan de prix par contrat, des charges pour les spreads calendaires et des crédits entre contrats liés.</translation>
    </message>
    <message>
        <source>Historical value at risk, the approach of CME&apos;s newer SPAN 2 framework: the loss at a quantile of the portfolio&apos;s P&amp;L over historical scenarios.</source>
        <translation>Valeur en risque historique, l&apos;approche du cadre SPAN 2 plus récent du CME : la perte à un quantile du P&amp;L du portefeuille sur des scénarios historiques.</translation>
    </message>
    <message>
        <source>In SPAN, the price move per contract the margin must cover. XMargin uses published maintenance levels where the parameter file has them and calibrates the others on history.</source>
        <translation>Dans SPAN, la variation de prix par contrat que la marge doit couvrir. XMargin utilise les niveaux de maintien publiés lorsque le fichier de paramètres les fournit et calibre les autres sur l&apos;historique.</translation>
    </message>
    <message>
        <source>A past period of market stress whose scenarios are added to the VaR lookback, so the margin remembers turbulent markets.</source>
        <translation>Une période passée de tensions de marché dont les scénarios sont ajoutés à la période d&apos;observation de la VaR, afin que la marge garde la mémoire des marchés agités.</translation>
    </message>
    <message>
        <source>A percentage taken off a security&apos;s value. In repo, the cash lent is that much less than the collateral is worth; FICC charges positions with a year or less to maturity a haircut instead of VaR.</source>
        <translation>Un pourcentage retranché de la valeur d&apos;un titre. En repo, les liquidités prêtées sont inférieures d&apos;autant à la valeur de la garantie ; la FICC applique une décote, au lieu de la VaR, aux positions à un an ou moins de l&apos;échéance.</translation>
    </message>
    <message>
        <source>A FICC add-on for large net exposure in one maturity bucket: the extra cost of liquidating a concentrated position.</source>
        <translation>Une majoration FICC pour une forte exposition nette dans une tranche de maturité : le surcoût de liquidation d&apos;une position concentrée.</translation>
    </message>
    <message>
        <source>Repurchase agreement: one side sells a Treasury security and agrees to buy it back later at a set price; in effect a loan secured by the security.</source>
        <translation>Pension livrée : une partie vend un titre du Trésor et s&apos;engage à le racheter plus tard à un prix convenu ; en pratique, un prêt garanti par le titre.</translation>
    </message>
    <message>
        <source>The other side of a repo: buying a security now and selling it back later, that is lending cash against Treasury collateral.</source>
        <translation>L&apos;autre côté d&apos;un repo : acheter un titre maintenant et le revendre plus tard, c&apos;est-à-dire prêter des liquidités contre des titres du Trésor en garantie.</translation>
    </message>
    <message>
        <source>Dollar value of one basis point: how much a position gains or loses when yields move by 0.01 percentage points. XMargin shows the profit of a 1bp fall in yields.</source>
        <translation>Valeur en dollars d&apos;un point de base : ce qu&apos;une position gagne ou perd quand les rendements varient de 0,01 point de pourcentage. XMargin indique le gain pour une baisse des rendements de 1 pb.</translation>
    </message>
    <message>
        <source>DV01 split by maturity: the gain or loss when only one point of the yield curve (2y, 5y, 10y, …) moves by one basis point.</source>
        <translation>DV01 ventilé par maturité : le gain ou la perte quand un seul point de la courbe (2 ans, 5 ans, 10 ans, …) varie d&apos;un point de base.</translation>
    </message>
    <message>
        <source>Cheapest to deliver: of the bonds the seller of a Treasury future may deliver, the one that costs least. The future&apos;s price and risk follow it.</source>
        <translation>Cheapest to deliver (le moins cher à livrer) : parmi les obligations que le vendeur d&apos;un future du Trésor peut livrer, celle qui coûte le moins. Le prix et le risque du future la suivent.</translation>
    </message>
    <message>
        <source>The factor that turns a futures price into the invoice price of one deliverable bond: roughly that bond&apos;s price, per 1 of face, at a 6% yield.</source>
        <translation>Le facteur qui convertit un prix de future en prix de facturation d&apos;une obligation livrable : à peu près le prix de cette obligation, pour 1 de nominal, à un rendement de 6 %.</translation>
    </message>
    <message>
        <source>The financing rate earned by buying a deliverable bond, selling the future and delivering the bond. The highest one usually marks the CTD.</source>
        <translation>Le taux de financement obtenu en achetant une obligation livrable, en vendant le future et en livrant l&apos;obligation. Le plus élevé désigne en général la CTD.</translation>
    </message>
    <message>
        <source>The coupon at which a Treasury security would be priced at par. The Treasury publishes a par yield curve every business day; XMargin builds its curve from it.</source>
        <translation>Le coupon auquel un titre du Trésor serait coté au pair. Le Trésor publie chaque jour ouvré une courbe des rendements au pair, à partir de laquelle XMargin construit sa courbe.</translation>
    </message>
    <message>
        <source>Secured Overnight Financing Rate: the benchmark rate of overnight Treasury repo, published by the Federal Reserve Bank of New York.</source>
        <translation>Secured Overnight Financing Rate : le taux de référence des repos au jour le jour sur titres du Trésor, publié par la Federal Reserve Bank of New York.</translation>
    </message>
    <message>
        <source>Long Treasury bonds financed in repo and hedged with short Treasury futures (or the reverse), to earn the gap between bond and futures prices.</source>
        <translation>Obligations du Trésor détenues à l&apos;achat, financées en repo et couvertes par des ventes de futures du Trésor (ou l&apos;inverse), pour capter l&apos;écart entre prix des obligations et des futures.</translation>
    </message>
    <message>
        <source>The size of the hedge relative to the position it hedges; 100% here means DV01-neutral: the futures&apos; DV01 offsets the bonds&apos;.</source>
        <translation>La taille de la couverture rapportée à la position couverte ; 100 % signifie ici neutre en DV01 : le DV01 des futures compense celui des obligations.</translation>
    </message>
    <message>
        <source>How much one position changes the cross-margined requirement: the requirement with it minus without it. Negative means the position saves margin.</source>
        <translation>L&apos;effet d&apos;une position sur l&apos;exigence avec marge croisée : l&apos;exigence avec elle moins sans elle. Négatif signifie que la position économise de la marge.</translation>
    </message>
    <message>
        <source>The nine-character identifier of a U.S. security, such as 91282CLF6.</source>
        <translation>L&apos;identifiant à neuf caractères d&apos;un titre américain, par exemple 91282CLF6.</translation>
    </message>
</context>
<context>
    <name>xm::GlossaryWindow</name>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Search terms and definitions</source>
        <translation>Rechercher dans les termes et les définitions</translation>
    </message>
    <message>
        <source>No term matches the search.</source>
        <translation>Aucun terme ne correspond à la recherche.</translation>
    </message>
</context>
<context>
    <name>xm::HedgeRatioChart</name>
    <message>
        <source>%1 (%2 contracts)</source>
        <translation>%1 (%2 contrats)</translation>
    </message>
    <message>
        <source>%1 (%2 face)</source>
        <translation>%1 (%2 de nominal)</translation>
    </message>
    <message>
        <source>Margin versus hedge ratio</source>
        <translation>Marge selon le ratio de couverture</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Dupliquée</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Avec marge croisée</translation>
    </message>
    <message>
        <source>FICC standalone</source>
        <translation>FICC seule</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME seul</translation>
    </message>
    <message>
        <source>Current hedge</source>
        <translation>Couverture actuelle</translation>
    </message>
    <message>
        <source>Lowest cross-margined</source>
        <translation>Minimum avec marge croisée</translation>
    </message>
    <message>
        <source>The position whose quantity the chart varies against the rest of the portfolio</source>
        <translation>La position dont le graphique fait varier la quantité face au reste du portefeuille</translation>
    </message>
    <message>
        <source>Hedge &amp;leg:</source>
        <translation>&amp;Jambe de couverture :</translation>
    </message>
    <message>
        <source>Move the hedge: sets the leg&apos;s quantity to this share of the DV01-neutral quantity (Edit &gt; Undo takes it back)</source>
        <translation>Déplacer la couverture : fixe la quantité de la jambe à cette part de la quantité neutre en DV01 (Édition &gt; Annuler revient en arrière)</translation>
    </message>
    <message>
        <source>Mo&amp;ve hedge:</source>
        <translation>Dé&amp;placer la couverture :</translation>
    </message>
    <message>
        <source>Hedge ratio (% of the DV01-neutral quantity)</source>
        <translation>Ratio de couverture (% de la quantité neutre en DV01)</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>Marge initiale (USD)</translation>
    </message>
    <message>
        <source>Other positions held as they are</source>
        <translation>Autres positions inchangées</translation>
    </message>
    <message>
        <source>DV01-neutral</source>
        <translation>Neutre en DV01</translation>
    </message>
    <message>
        <source>No position with DV01 to vary: add positions to the portfolio</source>
        <translation>Aucune position avec DV01 à faire varier : ajoutez des positions au portefeuille</translation>
    </message>
    <message>
        <source>Nothing to hedge: the leg or the rest of the portfolio has no DV01</source>
        <translation>Rien à couvrir : la jambe ou le reste du portefeuille n&apos;a pas de DV01</translation>
    </message>
    <message>
        <source>The sweep has no points</source>
        <translation>Le balayage ne contient aucun point</translation>
    </message>
    <message>
        <source>Margin versus hedge ratio: %1</source>
        <translation>Marge selon le ratio de couverture : %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuel : %1</translation>
    </message>
    <message>
        <source>Now: %1, the lowest</source>
        <translation>Actuel : %1, le minimum</translation>
    </message>
    <message>
        <source>Lowest: %1 at %2%</source>
        <translation>Min. : %1 à %2&#x202f;%</translation>
    </message>
    <message>
        <source>Hedge %1% of DV01-neutral: %2
Duplicated:  %3
Cross-margined:  %4
FICC standalone:  %5
CME standalone:  %6</source>
        <translation>Couverture à %1&#x202f;% de la neutralité DV01 : %2
Dupliquée :  %3
Avec marge croisée :  %4
FICC seule :  %5
CME seul :  %6</translation>
    </message>
    <message>
        <source>%1 contracts</source>
        <translation>%1 contrats</translation>
    </message>
    <message>
        <source>%1 face</source>
        <translation>%1 de nominal</translation>
    </message>
    <message>
        <source>
Saving:  %1 (%2)</source>
        <translation>
Économie :  %1 (%2)</translation>
    </message>
</context>
<context>
    <name>xm::KeyRateLadderChart</name>
    <message>
        <source>Key-rate DV01 ladder</source>
        <translation>Profil de DV01 par taux clé</translation>
    </message>
    <message>
        <source>Par-yield tenor (key rate)</source>
        <translation>Maturité du rendement au pair (taux clé)</translation>
    </message>
    <message>
        <source>DV01 (USD per bp)</source>
        <translation>DV01 (USD par pb)</translation>
    </message>
    <message>
        <source>DV01: USD gained when that par yield falls 1bp · Futures through their cheapest-to-deliver</source>
        <translation>DV01 : gain en USD quand ce rendement au pair baisse de 1 pb · Futures via leur CTD</translation>
    </message>
    <message>
        <source>FICC leg</source>
        <translation>Jambe FICC</translation>
    </message>
    <message>
        <source>CME leg</source>
        <translation>Jambe CME</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation>%1 (total %2)</translation>
    </message>
    <message>
        <source>No interest-rate risk: add positions to the portfolio</source>
        <translation>Aucun risque de taux : ajoutez des positions au portefeuille</translation>
    </message>
    <message>
        <source>%1 key rate, DV01 per bp
FICC leg:  %2
CME leg:  %3
Net:  %4</source>
        <translation>Taux clé %1, DV01 par pb
Jambe FICC :  %2
Jambe CME :  %3
Net :  %4</translation>
    </message>
</context>
<context>
    <name>xm::Language</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>xm::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Takes effect the next time XMargin starts</source>
        <translation>Prend effet au prochain démarrage de XMargin</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>XMargin will use the new language the next time it starts.</source>
        <translation>XMargin utilisera la nouvelle langue au prochain démarrage.</translation>
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
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import positions CSV…</source>
        <translation>&amp;Importer un CSV de positions…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;positions CSV…</source>
        <translation>Exporter les &amp;positions en CSV…</translation>
    </message>
    <message>
        <source>Export results &amp;JSON…</source>
        <translation>Exporter les résultats en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export results &amp;CSV…</source>
        <translation>Exporter les résultats en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Add &amp;security…</source>
        <translation>Ajouter un &amp;titre…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Add &amp;future…</source>
        <translation>Ajouter un &amp;future…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Model &amp;settings…</source>
        <translation>&amp;Paramètres du modèle…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About XMargin</source>
        <translation>À &amp;propos de XMargin</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
    <message>
        <source>Every term of cross-margining explained, with a search</source>
        <translation>Tous les termes de la marge croisée expliqués, avec recherche</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Start an empty portfolio in the same account</source>
        <translation>Commencer un portefeuille vide dans le même compte</translation>
    </message>
    <message>
        <source>Open a portfolio (.xmargin)</source>
        <translation>Ouvrir un portefeuille (.xmargin)</translation>
    </message>
    <message>
        <source>Save the portfolio</source>
        <translation>Enregistrer le portefeuille</translation>
    </message>
    <message>
        <source>Every model parameter with its provenance; the cross-margin reading and the CME model</source>
        <translation>Tous les paramètres du modèle avec leur provenance ; la lecture de la marge croisée et le modèle CME</translation>
    </message>
    <message>
        <source>Par-yield curve</source>
        <translation>Courbe au pair</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Calculation trace</source>
        <translation>Détail du calcul</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>As-of date: the Treasury curve, the futures baskets and the VaR lookback end here. A day without a curve moves to the previous curve date.</source>
        <translation>Date de référence : la courbe du Trésor, les paniers livrables des futures et la période d&apos;observation de la VaR s&apos;arrêtent ici. Un jour sans courbe est ramené à la date de courbe précédente.</translation>
    </message>
    <message>
        <source>As of </source>
        <translation>Au </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open E&amp;xample</source>
        <translation>Ouvrir un e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Par yields %1 – %2, %3 days · U.S. Treasury</source>
        <translation>Rendements au pair %1 – %2, %3 jours · Trésor américain</translation>
    </message>
    <message>
        <source>Model estimates, not a CCP statement</source>
        <translation>Estimations du modèle, pas un relevé de CCP</translation>
    </message>
    <message>
        <source>Model settings</source>
        <translation>Paramètres du modèle</translation>
    </message>
    <message>
        <source>These parameters cannot be used; nothing changed.

%1</source>
        <translation>Ces paramètres ne peuvent pas être utilisés ; rien n&apos;a changé.

%1</translation>
    </message>
    <message>
        <source>XMargin — %1[*]</source>
        <translation>XMargin — %1[*]</translation>
    </message>
    <message>
        <source>Model %1 · XM: %2 · CME: %3</source>
        <translation>Modèle %1 · XM : %2 · CME : %3</translation>
    </message>
    <message>
        <source>SPAN-like</source>
        <translation>de type SPAN</translation>
    </message>
    <message>
        <source>HVaR</source>
        <translation>HVaR</translation>
    </message>
    <message>
        <source>Cannot value the portfolio on %1: %2</source>
        <translation>Impossible d&apos;évaluer le portefeuille au %1 : %2</translation>
    </message>
    <message>
        <source>About XMargin</source>
        <translation>À propos de XMargin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;XMargin %1&lt;/h3&gt;&lt;p&gt;Shows what FICC–CME cross-margining does to initial margin on a U.S. Treasury cash, repo and futures portfolio. Figures are model estimates, not a CCP statement.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), QCustomPlot %3 by Emanuel Eichhammer (GPL-3.0-or-later) and Eigen (MPL-2.0).&lt;/p&gt;&lt;p&gt;Data: Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury (public domain); SOFR, Federal Reserve Bank of New York; Treasury futures contract terms, CME Group.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;XMargin %1&lt;/h3&gt;&lt;p&gt;Montre l&apos;effet de la marge croisée FICC–CME sur la marge initiale d&apos;un portefeuille de titres du Trésor américain au comptant, de repos et de futures. Les chiffres sont des estimations du modèle, pas un relevé de CCP.&lt;/p&gt;&lt;p&gt;Licence : GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Réalisé avec Qt %2 (LGPL-3.0), QCustomPlot %3 d&apos;Emanuel Eichhammer (GPL-3.0-or-later) et Eigen (MPL-2.0).&lt;/p&gt;&lt;p&gt;Données : Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury (domaine public) ; SOFR, Federal Reserve Bank of New York ; caractéristiques des contrats à terme sur titres du Trésor, CME Group.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exporter le rappor&amp;t (PDF)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimer…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>S&amp;tress test…</source>
        <translation>Test de &amp;résistance…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Requirements before and after a historical window, a curve shock or a volatility stress</source>
        <translation>Exigences avant et après une période historique, un choc de courbe ou un stress de volatilité</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Stress test — XMargin</source>
        <translation>Test de résistance — XMargin</translation>
    </message>
    <message>
        <source>What cross-margining does not do</source>
        <translation>Ce que la marge croisée ne fait pas</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Cas d&apos;école</translation>
    </message>
    <message>
        <source>&amp;Start page…</source>
        <translation>Page d&apos;&amp;accueil…</translation>
    </message>
    <message>
        <source>&amp;What cross-margining does not do</source>
        <translation>Ce que la marge croisée ne fait &amp;pas</translation>
    </message>
</context>
<context>
    <name>xm::MarginComparisonChart</name>
    <message>
        <source>Initial margin: cross-margined versus duplicated</source>
        <translation>Marge initiale : avec marge croisée ou dupliquée</translation>
    </message>
    <message>
        <source>FICC (cash and repo)</source>
        <translation>FICC (comptant et repo)</translation>
    </message>
    <message>
        <source>CME (futures)</source>
        <translation>CME (futures)</translation>
    </message>
    <message>
        <source>Duplicated
(each CCP on its own)</source>
        <translation>Dupliquée
(chaque CCP seule)</translation>
    </message>
    <message>
        <source>Cross-margined
(FICC–CME arrangement)</source>
        <translation>Avec marge croisée
(dispositif FICC–CME)</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>Marge initiale (USD)</translation>
    </message>
    <message>
        <source>No margin: add positions to the portfolio</source>
        <translation>Aucune marge : ajoutez des positions au portefeuille</translation>
    </message>
    <message>
        <source>The account is not eligible: each CCP margins its positions on its own</source>
        <translation>Le compte n&apos;est pas éligible : chaque CCP marge ses positions isolément</translation>
    </message>
    <message>
        <source>Offset: %1 of the cross-margined positions&apos; margin, held there by the %2 cap</source>
        <translation>Compensation : %1 de la marge des positions en marge croisée, limitée par le plafond de %2</translation>
    </message>
    <message>
        <source>Offset: %1 of the cross-margined positions&apos; margin (cap %2)</source>
        <translation>Compensation : %1 de la marge des positions en marge croisée (plafond %2)</translation>
    </message>
    <message>
        <source>No saving:
nothing to offset
across the CCPs</source>
        <translation>Aucune économie :
rien à compenser
entre les CCP</translation>
    </message>
    <message>
        <source>No saving:
the account is
not eligible</source>
        <translation>Aucune économie :
le compte n&apos;est
pas éligible</translation>
    </message>
    <message>
        <source>Saving
%1
%2 less</source>
        <translation>Économie
%1
%2 de moins</translation>
    </message>
    <message>
        <source>Extra margin
%1
%2 more</source>
        <translation>Marge supplémentaire
%1
%2 de plus</translation>
    </message>
    <message>
        <source>Duplicated: each CCP margins its own positions</source>
        <translation>Dupliquée : chaque CCP marge ses propres positions</translation>
    </message>
    <message>
        <source>Cross-margined: %1 offset on the eligible margin</source>
        <translation>Avec marge croisée : %1 de compensation sur la marge éligible</translation>
    </message>
    <message>
        <source>%1
FICC:  %2
CME:  %3
Total:  %4</source>
        <translation>%1
FICC :  %2
CME :  %3
Total :  %4</translation>
    </message>
</context>
<context>
    <name>xm::MarginHistoryChart</name>
    <message>
        <source>Margin through history for this portfolio</source>
        <translation>Marge de ce portefeuille au fil de l&apos;historique</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Dupliquée</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Avec marge croisée</translation>
    </message>
    <message>
        <source>Last %1 years</source>
        <translation>%1 dernières années</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Tout l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Stress window in FICC&apos;s scenarios</source>
        <translation>Période de stress dans les scénarios de la FICC</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>Marge initiale (USD)</translation>
    </message>
    <message>
        <source>Today&apos;s positions and sensitivities; each day with its own lookback and scan ranges</source>
        <translation>Positions et sensibilités du jour ; chaque jour avec sa propre période d&apos;observation et ses fourchettes de scan</translation>
    </message>
    <message>
        <source>No margin history: add positions to the portfolio</source>
        <translation>Aucun historique de marge : ajoutez des positions au portefeuille</translation>
    </message>
    <message>
        <source>%1
Duplicated:  %2
Cross-margined:  %3</source>
        <translation>%1
Dupliquée :  %2
Avec marge croisée :  %3</translation>
    </message>
    <message>
        <source>
Saving:  %1 (%2)</source>
        <translation>
Économie :  %1 (%2)</translation>
    </message>
    <message>
        <source>
Stress window: %1</source>
        <translation>
Période de stress : %1</translation>
    </message>
</context>
<context>
    <name>xm::MarginReport</name>
    <message>
        <source>Initial margin: cross-margined versus duplicated</source>
        <translation>Marge initiale : avec marge croisée ou dupliquée</translation>
    </message>
    <message>
        <source>expected a report that can be drawn (the PDF writer refused to start)</source>
        <translation>impossible de produire le rapport (le générateur PDF a refusé de démarrer)</translation>
    </message>
    <message>
        <source>Untitled portfolio</source>
        <translation>Portefeuille sans titre</translation>
    </message>
    <message>
        <source>broker-dealer</source>
        <translation>broker-dealer</translation>
    </message>
    <message>
        <source>FCM</source>
        <translation>FCM</translation>
    </message>
    <message>
        <source>FICC member</source>
        <translation>membre FICC</translation>
    </message>
    <message>
        <source>CME member</source>
        <translation>membre CME</translation>
    </message>
    <message>
        <source>%1 account; clearing firm: %2; %3; CME risk profile %4</source>
        <translation>Compte %1 ; société de compensation : %2 ; %3 ; profil de risque CME %4</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>House</source>
        <translation>propre (house)</translation>
    </message>
    <message>
        <source>no registration</source>
        <translation>aucun enregistrement</translation>
    </message>
    <message>
        <source>opted in to cross-margining</source>
        <translation>adhésion à la marge croisée (opt-in)</translation>
    </message>
    <message>
        <source>not opted in to cross-margining</source>
        <translation>sans adhésion à la marge croisée</translation>
    </message>
    <message>
        <source>HRP</source>
        <translation>HRP</translation>
    </message>
    <message>
        <source>non-HRP</source>
        <translation>non-HRP</translation>
    </message>
    <message>
        <source>XMargin · client report</source>
        <translation>XMargin · rapport client</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>%1 at FICC, %2 at CME</source>
        <translation>%1 à la FICC, %2 au CME</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>%1 (XM reading: %2)</source>
        <translation>%1 (lecture XM : %2)</translation>
    </message>
    <message>
        <source>Model estimates, not a CCP statement. XMargin rebuilds FICC&apos;s and CME&apos;s margin methodologies from public rules and data; the clearing houses&apos; own figures can differ. See the disclaimer at the end.</source>
        <translation>Estimations du modèle, pas un relevé de CCP. XMargin reconstitue les méthodologies de marge de la FICC et du CME à partir de règles et de données publiques ; les chiffres des chambres de compensation elles-mêmes peuvent différer. Voir l&apos;avertissement en fin de document.</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>FICC standalone</source>
        <translation>FICC seule</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME seul</translation>
    </message>
    <message>
        <source>Duplicated (both CCPs)</source>
        <translation>Dupliquée (les deux CCP)</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Avec marge croisée</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Savings, % of duplicated</source>
        <translation>Économie, % de la dupliquée</translation>
    </message>
    <message>
        <source>Binding CCP</source>
        <translation>CCP déterminante</translation>
    </message>
    <message>
        <source>80% cap binds</source>
        <translation>Plafond de 80 % atteint</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The portfolio has no positions.</source>
        <translation>Le portefeuille ne contient aucune position.</translation>
    </message>
    <message>
        <source>Quantity: %1. DV01: %2 Incremental margin: %3 Allocate to XM: CME futures the firm moves into the cross-margining account; every eligible FICC position is in it.</source>
        <translation>Quantité : %1. DV01 : %2 Marge incrémentale : %3 Affecter à XM : futures CME que la société transfère dans le compte de marge croisée ; toute position FICC éligible y figure.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Calculation trace</source>
        <translation>Détail du calcul</translation>
    </message>
    <message>
        <source>Every intermediate number behind the headline figures, with the formula and the numbers filled in, or the rule and its source. Amounts in USD.</source>
        <translation>Chaque valeur intermédiaire derrière les chiffres clés, avec la formule et les nombres renseignés, ou la règle et sa source. Montants en USD.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Valeur (USD)</translation>
    </message>
    <message>
        <source>How it is obtained</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>Parameters and their provenance</source>
        <translation>Paramètres et leur provenance</translation>
    </message>
    <message>
        <source>Model %1; cross-margin reading: %2. Official: published by FICC, CME or a regulator. Calibrated: computed by XMargin from the bundled public data at the as-of date. Assumed: XMargin&apos;s own choice where nothing is published, or a value changed in XMargin.</source>
        <translation>Modèle %1 ; lecture de la marge croisée : %2. Officiel : publié par la FICC, le CME ou un régulateur. Calibré : calculé par XMargin à partir des données publiques fournies, à la date de référence. Supposé : choix propre à XMargin lorsque rien n&apos;est publié, ou valeur modifiée dans XMargin.</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>The figures in this report are model estimates made by XMargin (model %1) from public rules, regulatory filings and bundled public market data. They are not a statement of FICC, CME or any clearing member. The clearing houses&apos; margin models and parameters are confidential, so the requirements they call can differ from these estimates in either direction.</source>
        <translation>Les chiffres de ce rapport sont des estimations établies par XMargin (modèle %1) à partir de règles publiques, de documents réglementaires et de données de marché publiques fournies. Ils ne constituent pas un relevé de la FICC, du CME ni d&apos;aucun membre compensateur. Les modèles et paramètres de marge des chambres de compensation sont confidentiels : les exigences qu&apos;elles appellent peuvent s&apos;écarter de ces estimations, à la hausse comme à la baisse.</translation>
    </message>
    <message>
        <source>Every parameter states whether it is official, calibrated or assumed, and where it comes from (Parameters and their provenance). The historical scenarios behind the value-at-risk figures do not predict future market moves.</source>
        <translation>Chaque paramètre indique s&apos;il est officiel, calibré ou supposé, et d&apos;où il provient (Paramètres et leur provenance). Les scénarios historiques qui sous-tendent les chiffres de valeur en risque ne prédisent pas les mouvements futurs du marché.</translation>
    </message>
    <message>
        <source>The SEC approved customer cross-margining between FICC and CME on 15 April 2026, and it went live on 30 April 2026. Customer positions qualify only through a broker-dealer that is also a futures commission merchant and a member of both clearing houses, and only once the customer and the firm have opted in.</source>
        <translation>La SEC a approuvé la marge croisée client entre la FICC et le CME le 15 avril 2026, et le dispositif est entré en vigueur le 30 avril 2026. Les positions clients n&apos;y sont admises que par l&apos;intermédiaire d&apos;un broker-dealer qui est aussi futures commission merchant et membre des deux chambres de compensation, et seulement une fois que le client et la société y ont adhéré.</translation>
    </message>
    <message>
        <source>This report is for information and education. It is not investment, legal, tax or accounting advice, nor an offer or a solicitation to buy or sell any security or futures contract.</source>
        <translation>Ce rapport est fourni à titre d&apos;information et de formation. Il ne constitue ni un conseil en investissement, juridique, fiscal ou comptable, ni une offre ou une sollicitation d&apos;achat ou de vente d&apos;un titre ou d&apos;un contrat à terme.</translation>
    </message>
    <message>
        <source>Data: Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury; SOFR, Federal Reserve Bank of New York; Treasury futures contract terms, CME Group.</source>
        <translation>Données : Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury ; SOFR, Federal Reserve Bank of New York ; caractéristiques des contrats à terme sur titres du Trésor, CME Group.</translation>
    </message>
    <message>
        <source>Model estimates from public rules and data, not a CCP statement; the CCPs&apos; own models are confidential. Not investment advice.</source>
        <translation>Estimations du modèle à partir de règles et de données publiques, pas un relevé de CCP ; les modèles des CCP sont confidentiels. Ne constitue pas un conseil en investissement.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1 · as of %2 · XMargin %3</source>
        <translation>%1 · au %2 · XMargin %3</translation>
    </message>
</context>
<context>
    <name>xm::MarginSession</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Add %1 positions</source>
        <translation>Ajouter %1 positions</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Remove %1 positions</source>
        <translation>Supprimer %1 positions</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Parameters %1</source>
        <translation>Paramètres %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
</context>
<context>
    <name>xm::MarginTrace</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>cross-margined, USD</source>
        <translation>avec marge croisée, USD</translation>
    </message>
    <message>
        <source>FICC standalone</source>
        <translation>FICC seule</translation>
    </message>
    <message>
        <source>VaR charge + add-ons = %1 + %2</source>
        <translation>Charge VaR + majorations = %1 + %2</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME seul</translation>
    </message>
    <message>
        <source>initial requirement on every CME position</source>
        <translation>exigence initiale sur toutes les positions CME</translation>
    </message>
    <message>
        <source>Duplicated (no cross-margining)</source>
        <translation>Dupliquée (sans marge croisée)</translation>
    </message>
    <message>
        <source>FICC standalone + CME standalone = %1 + %2</source>
        <translation>FICC seule + CME seul = %1 + %2</translation>
    </message>
    <message>
        <source>FICC cross-margined</source>
        <translation>FICC avec marge croisée</translation>
    </message>
    <message>
        <source>(1 − %1) × S_F + add-ons + FICC regular = (1 − %1) × %2 + %3 + %4</source>
        <translation>(1 − %1) × S_F + majorations + FICC ordinaire = (1 − %1) × %2 + %3 + %4</translation>
    </message>
    <message>
        <source>CME cross-margined</source>
        <translation>CME avec marge croisée</translation>
    </message>
    <message>
        <source>(1 − %1) × S_C + CME regular = (1 − %1) × %2 + %3</source>
        <translation>(1 − %1) × S_C + CME ordinaire = (1 − %1) × %2 + %3</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Avec marge croisée</translation>
    </message>
    <message>
        <source>FICC + CME = %1 + %2</source>
        <translation>FICC + CME = %1 + %2</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>duplicated − cross-margined = %1 of duplicated</source>
        <translation>dupliquée − avec marge croisée = %1 de la dupliquée</translation>
    </message>
    <message>
        <source>Reduction factors</source>
        <translation>Facteurs de réduction</translation>
    </message>
    <message>
        <source>r_F (FICC&apos;s view)</source>
        <translation>r_F (point de vue FICC)</translation>
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
        <translation>Modèle FICC sur la jambe FICC</translation>
    </message>
    <message>
        <source>S_F′</source>
        <translation>S_F′</translation>
    </message>
    <message>
        <source>FICC model on the CME leg</source>
        <translation>Modèle FICC sur la jambe CME</translation>
    </message>
    <message>
        <source>X_F</source>
        <translation>X_F</translation>
    </message>
    <message>
        <source>FICC model on both legs</source>
        <translation>Modèle FICC sur les deux jambes</translation>
    </message>
    <message>
        <source>r_C (CME&apos;s view)</source>
        <translation>r_C (point de vue CME)</translation>
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
        <translation>Modèle CME sur la jambe CME</translation>
    </message>
    <message>
        <source>S_C′</source>
        <translation>S_C′</translation>
    </message>
    <message>
        <source>CME model on the FICC leg as futures-equivalents</source>
        <translation>Modèle CME sur la jambe FICC en équivalents futures</translation>
    </message>
    <message>
        <source>X_C</source>
        <translation>X_C</translation>
    </message>
    <message>
        <source>CME model on both legs</source>
        <translation>Modèle CME sur les deux jambes</translation>
    </message>
    <message>
        <source>Applied to S_F</source>
        <translation>Appliqué à S_F</translation>
    </message>
    <message>
        <source>Applied to S_C</source>
        <translation>Appliqué à S_C</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>the reduction never exceeds the cap</source>
        <translation>la réduction ne dépasse jamais le plafond</translation>
    </message>
    <message>
        <source>Cap binds</source>
        <translation>Plafond atteint</translation>
    </message>
    <message>
        <source>Binding CCP</source>
        <translation>CCP déterminante</translation>
    </message>
    <message>
        <source>whose factor is applied</source>
        <translation>dont le facteur s&apos;applique</translation>
    </message>
    <message>
        <source>XM readings side by side</source>
        <translation>Lectures XM côte à côte</translation>
    </message>
    <message>
        <source>eligible requirement before add-ons and the regular account</source>
        <translation>exigence éligible avant majorations et compte ordinaire</translation>
    </message>
    <message>
        <source> · applied</source>
        <translation> · appliquée</translation>
    </message>
    <message>
        <source>r FICC %1, r CME %2, cap binds: %3, binding: %4</source>
        <translation>r FICC %1, r CME %2, plafond atteint : %3, déterminante : %4</translation>
    </message>
    <message>
        <source>VaR</source>
        <translation>VaR</translation>
    </message>
    <message>
        <source>loss at the quantile scenario #%1</source>
        <translation>perte au scénario quantile n° %1</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>Décote</translation>
    </message>
    <message>
        <source>positions with one year or less to maturity</source>
        <translation>positions à un an ou moins de l&apos;échéance</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Plancher</translation>
    </message>
    <message>
        <source>floor % × gross market value per maturity bucket</source>
        <translation>plancher % × valeur de marché brute par tranche de maturité</translation>
    </message>
    <message>
        <source>VaR charge</source>
        <translation>Charge VaR</translation>
    </message>
    <message>
        <source>max(VaR + haircut, floor) = max(%1 + %2, %3)%4</source>
        <translation>max(VaR + décote, plancher) = max(%1 + %2, %3)%4</translation>
    </message>
    <message>
        <source>; the floor binds</source>
        <translation> ; le plancher s&apos;applique</translation>
    </message>
    <message>
        <source>FICC sensitivity VaR</source>
        <translation>VaR de sensibilité FICC</translation>
    </message>
    <message>
        <source>standalone, with add-ons</source>
        <translation>seule, avec majorations</translation>
    </message>
    <message>
        <source>All FICC positions</source>
        <translation>Toutes les positions FICC</translation>
    </message>
    <message>
        <source>standalone VaR charge</source>
        <translation>charge VaR autonome</translation>
    </message>
    <message>
        <source>S_F: FICC leg</source>
        <translation>S_F : jambe FICC</translation>
    </message>
    <message>
        <source>eligible FICC positions in the XM account</source>
        <translation>positions FICC éligibles du compte XM</translation>
    </message>
    <message>
        <source>S_F′: CME leg</source>
        <translation>S_F′ : jambe CME</translation>
    </message>
    <message>
        <source>the XM futures in FICC&apos;s model</source>
        <translation>les futures XM dans le modèle FICC</translation>
    </message>
    <message>
        <source>X_F: both legs</source>
        <translation>X_F : les deux jambes</translation>
    </message>
    <message>
        <source>the whole XM account in FICC&apos;s model</source>
        <translation>tout le compte XM dans le modèle FICC</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Majorations</translation>
    </message>
    <message>
        <source>each on its own line; not reduced by cross-margining</source>
        <translation>chacune sur sa ligne ; non réduites par la marge croisée</translation>
    </message>
    <message>
        <source>Margin Liquidity Adjustment</source>
        <translation>Margin Liquidity Adjustment</translation>
    </message>
    <message>
        <source>concentration in net DV01 per bucket</source>
        <translation>concentration du DV01 net par tranche</translation>
    </message>
    <message>
        <source>Backtesting charge</source>
        <translation>Charge de backtesting</translation>
    </message>
    <message>
        <source>user-entered</source>
        <translation>saisie par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Holiday charge</source>
        <translation>Charge de jours fériés</translation>
    </message>
    <message>
        <source>Special charge</source>
        <translation>Charge spéciale</translation>
    </message>
    <message>
        <source>HVaR</source>
        <translation>HVaR</translation>
    </message>
    <message>
        <source>Scan risk</source>
        <translation>Risque de scan</translation>
    </message>
    <message>
        <source>Σ |net contracts| × price scan range</source>
        <translation>Σ |contrats nets| × fourchette de scan de prix</translation>
    </message>
    <message>
        <source>Intra-commodity spread charge</source>
        <translation>Charge de spread intra-produit</translation>
    </message>
    <message>
        <source>Σ calendar spreads × charge</source>
        <translation>Σ spreads calendaires × charge</translation>
    </message>
    <message>
        <source>|%1| × %2 (long %3, short %4)</source>
        <translation>|%1| × %2 (acheteur %3, vendeur %4)</translation>
    </message>
    <message>
        <source>%1 calendar spreads</source>
        <translation>%1 spreads calendaires</translation>
    </message>
    <message>
        <source>Inter-commodity spread credit</source>
        <translation>Crédit de spread inter-produits</translation>
    </message>
    <message>
        <source>rate × spreads × ratio × scan risk, legs by priority</source>
        <translation>taux × spreads × ratio × risque de scan, jambes par priorité</translation>
    </message>
    <message>
        <source>%1 / %2 (priority %3)</source>
        <translation>%1 / %2 (priorité %3)</translation>
    </message>
    <message>
        <source>%1 spreads at %2</source>
        <translation>%1 spreads à %2</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>scan + intra − credit, at least 0</source>
        <translation>scan + intra − crédit, au moins 0</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <source>maintenance × %1</source>
        <translation>maintien × %1</translation>
    </message>
    <message>
        <source>SPAN-like</source>
        <translation>de type SPAN</translation>
    </message>
    <message>
        <source>HVaR (SPAN 2-like)</source>
        <translation>HVaR (de type SPAN 2)</translation>
    </message>
    <message>
        <source>CME %1</source>
        <translation>CME %1</translation>
    </message>
    <message>
        <source>standalone initial requirement</source>
        <translation>exigence initiale autonome</translation>
    </message>
    <message>
        <source>All CME positions</source>
        <translation>Toutes les positions CME</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>autonome</translation>
    </message>
    <message>
        <source>S_C: CME leg</source>
        <translation>S_C : jambe CME</translation>
    </message>
    <message>
        <source>futures allocated to the XM account</source>
        <translation>futures affectés au compte XM</translation>
    </message>
    <message>
        <source>S_C′: FICC leg</source>
        <translation>S_C′ : jambe FICC</translation>
    </message>
    <message>
        <source>eligible FICC positions as futures-equivalents</source>
        <translation>positions FICC éligibles en équivalents futures</translation>
    </message>
    <message>
        <source>X_C: both legs</source>
        <translation>X_C : les deux jambes</translation>
    </message>
    <message>
        <source>the whole XM account in CME&apos;s model</source>
        <translation>tout le compte XM dans le modèle CME</translation>
    </message>
    <message>
        <source>Regular account</source>
        <translation>Compte ordinaire</translation>
    </message>
    <message>
        <source>ineligible and unallocated positions, margined on their own</source>
        <translation>positions non éligibles et non affectées, margées isolément</translation>
    </message>
    <message>
        <source>FICC regular</source>
        <translation>FICC ordinaire</translation>
    </message>
    <message>
        <source>CME regular</source>
        <translation>CME ordinaire</translation>
    </message>
    <message>
        <source>Account eligibility</source>
        <translation>Éligibilité du compte</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>éligible</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>non éligible</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>respectée</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>non respectée</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>book, DV01, market value, component VaR</source>
        <translation>compte, DV01, valeur de marché, VaR par composante</translation>
    </message>
    <message>
        <source>DV01 %1, market value %2, component VaR %3</source>
        <translation>DV01 %1, valeur de marché %2, VaR par composante %3</translation>
    </message>
    <message>
        <source>, CME view %1 %2</source>
        <translation>, vue CME %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>… %n more (export the results for all)</source>
        <translation>
            <numerusform>… %n de plus (exportez les résultats pour tout voir)</numerusform>
            <numerusform>… %n de plus (exportez les résultats pour tout voir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key-rate DV01 ladder</source>
        <translation>Profil de DV01 par taux clé</translation>
    </message>
    <message>
        <source>USD P&amp;L per +1bp; net, then FICC and CME</source>
        <translation>P&amp;L en USD par +1 pb ; net, puis FICC et CME</translation>
    </message>
    <message>
        <source>FICC %1, CME %2</source>
        <translation>FICC %1, CME %2</translation>
    </message>
    <message>
        <source>Price scan ranges</source>
        <translation>Fourchettes de scan de prix</translation>
    </message>
    <message>
        <source>USD per contract, with provenance</source>
        <translation>USD par contrat, avec provenance</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Scenario P&amp;L behind the FICC VaRs</source>
        <translation>P&amp;L par scénario derrière les VaR FICC</translation>
    </message>
    <message>
        <source>scenarios per vector</source>
        <translation>scénarios par vecteur</translation>
    </message>
    <message>
        <source>FICC leg</source>
        <translation>Jambe FICC</translation>
    </message>
    <message>
        <source>CME leg</source>
        <translation>Jambe CME</translation>
    </message>
    <message>
        <source>XM account</source>
        <translation>Compte XM</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>XMargin calculation trace · model %1 · as of %2 · amounts in USD · model estimates, not a CCP statement</source>
        <translation>Détail du calcul XMargin · modèle %1 · au %2 · montants en USD · estimations du modèle, pas un relevé de CCP</translation>
    </message>
</context>
<context>
    <name>xm::MarginWaterfallChart</name>
    <message>
        <source>From duplicated to cross-margined margin</source>
        <translation>De la marge dupliquée à la marge croisée</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Added by the regular account</source>
        <translation>Ajouté par le compte ordinaire</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>Marge initiale (USD)</translation>
    </message>
    <message>
        <source>Offset = reduction r × the leg&apos;s margin in the cross-margining account</source>
        <translation>Compensation = réduction r × marge de la jambe dans le compte de marge croisée</translation>
    </message>
    <message>
        <source>Withheld by the %1 cap</source>
        <translation>Retenu par le plafond de %1</translation>
    </message>
    <message>
        <source>No margin: add positions to the portfolio</source>
        <translation>Aucune marge : ajoutez des positions au portefeuille</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Dupliquée</translation>
    </message>
    <message>
        <source>FICC offset
%1 × %2</source>
        <translation>Compensation FICC
%1 ×
%2</translation>
    </message>
    <message>
        <source>CME offset
%1 × %2</source>
        <translation>Compensation CME
%1 ×
%2</translation>
    </message>
    <message>
        <source>Regular
account</source>
        <translation>Compte
ordinaire</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Avec marge croisée</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>%1 retenu</translation>
    </message>
    <message>
        <source>Duplicated requirement:  %1
Each CCP margins its own positions</source>
        <translation>Exigence dupliquée :  %1
Chaque CCP marge ses propres positions</translation>
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
        <translation>Compensation %1 :  %2
%3 × marge %4 dans le compte %5</translation>
    </message>
    <message>
        <source>
Without the %1 cap: %2 offset, %3 more</source>
        <translation>
Sans le plafond de %1 : compensation de %2, soit %3 de plus</translation>
    </message>
    <message>
        <source>Regular account:  %1
Ineligible or unallocated positions, margined on their own
instead of netting with the cross-margined ones</source>
        <translation>Compte ordinaire :  %1
Positions non éligibles ou non affectées, margées isolément
au lieu d&apos;être compensées avec celles en marge croisée</translation>
    </message>
    <message>
        <source>Cross-margined requirement:  %1</source>
        <translation>Exigence avec marge croisée :  %1</translation>
    </message>
</context>
<context>
    <name>xm::MisconceptionsPanel</name>
    <message>
        <source>Retail accounts do not get this</source>
        <translation>Les comptes de particuliers n&apos;y ont pas accès</translation>
    </message>
    <message>
        <source>Customer cross-margining runs only through a dually registered broker-dealer and FCM that clears at both FICC and CME (an Eligible BD-FCM), and both the firm and the customer must opt in. A customer account anywhere else, such as a retail brokerage account or a futures account at an FCM that is not a broker-dealer, stays margined by each CCP separately.</source>
        <translation>La marge croisée client ne passe que par un broker-dealer doublement enregistré comme FCM qui compense à la fois à la FICC et au CME (un Eligible BD-FCM), et la société comme le client doivent y adhérer. Un compte client ouvert ailleurs, par exemple un compte-titres de particulier ou un compte de futures chez un FCM qui n&apos;est pas broker-dealer, reste margé séparément par chaque CCP.</translation>
    </message>
    <message>
        <source>Listed Treasury options are not in the program</source>
        <translation>Les options cotées sur le Trésor ne font pas partie du programme</translation>
    </message>
    <message>
        <source>Only Treasury notes and bonds, repo on them, and Treasury, SOFR and Fed funds futures are eligible. Options on Treasury futures are not, and options on Treasury ETFs such as TLT or IEF clear elsewhere altogether: they are margined on their own.</source>
        <translation>Seuls les notes et bonds du Trésor, les repos sur ces titres et les futures sur titres du Trésor, SOFR et Fed funds sont éligibles. Les options sur futures du Trésor ne le sont pas, et les options sur ETF du Trésor comme TLT ou IEF relèvent d&apos;une tout autre chambre de compensation : elles sont margées isolément.</translation>
    </message>
    <message>
        <source>Not everything nets against everything</source>
        <translation>Tout ne se compense pas avec tout</translation>
    </message>
    <message>
        <source>Only eligible positions in the cross-margin account offset each other. Bills, TIPS, FRNs, STRIPS, repo on collateral with a year or less left, options, and futures the firm does not allocate stay in the regular account. When they hedged an eligible position, cross-margining can cost more.</source>
        <translation>Seules les positions éligibles du compte de marge croisée se compensent entre elles. Les bills, TIPS, FRN, STRIPS, repos sur des garanties à un an ou moins de l&apos;échéance, options et futures que la société n&apos;affecte pas restent dans le compte ordinaire. S&apos;ils couvraient une position éligible, la marge croisée peut coûter plus cher.</translation>
    </message>
    <message>
        <source>Savings do not remove margin shocks</source>
        <translation>L&apos;économie n&apos;élimine pas les chocs de marge</translation>
    </message>
    <message>
        <source>Cross-margining scales the requirement down; it does not stop it rising. In stress both CCPs&apos; VaR and scan ranges widen, and the cross-margined requirement rises with them.</source>
        <translation>La marge croisée réduit l&apos;exigence, elle ne l&apos;empêche pas d&apos;augmenter. En période de stress, la VaR et les fourchettes de scan des deux CCP s&apos;élargissent, et l&apos;exigence avec marge croisée augmente avec elles.</translation>
    </message>
    <message>
        <source>Show me: %1</source>
        <translation>Voir : %1</translation>
    </message>
    <message>
        <source>This portfolio: replaying the latest stress window… (the History chart shows every day)</source>
        <translation>Ce portefeuille : rejeu de la dernière période de stress… (le graphique Historique montre chaque jour)</translation>
    </message>
    <message>
        <source>This account: house account of a firm that clears at both FICC and CME → eligible.</source>
        <translation>Ce compte : compte propre d&apos;une société qui compense à la fois à la FICC et au CME → éligible.</translation>
    </message>
    <message>
        <source>This account: house account of a firm that does not clear at both FICC and CME → not eligible.</source>
        <translation>Ce compte : compte propre d&apos;une société qui ne compense pas à la fois à la FICC et au CME → non éligible.</translation>
    </message>
    <message>
        <source>This account: customer of an Eligible BD-FCM, both opted in → eligible.</source>
        <translation>Ce compte : client d&apos;un Eligible BD-FCM, adhésion des deux parties → éligible.</translation>
    </message>
    <message>
        <source>This account: customer → not eligible:</source>
        <translation>Ce compte : client → non éligible :</translation>
    </message>
    <message>
        <source>the firm is not a registered broker-dealer</source>
        <translation>la société n&apos;est pas un broker-dealer enregistré</translation>
    </message>
    <message>
        <source>the firm is not an FCM</source>
        <translation>la société n&apos;est pas un FCM</translation>
    </message>
    <message>
        <source>the firm is not a member of both FICC and CME</source>
        <translation>la société n&apos;est pas membre à la fois de la FICC et du CME</translation>
    </message>
    <message>
        <source>the customer and the firm have not both opted in</source>
        <translation>le client et la société n&apos;ont pas tous deux adhéré</translation>
    </message>
    <message>
        <source>This portfolio holds no options.</source>
        <translation>Ce portefeuille ne contient aucune option.</translation>
    </message>
    <message numerus="yes">
        <source>This portfolio holds %n option position(s): not cross-margined, margined on their own.</source>
        <translation>
            <numerusform>Ce portefeuille contient %n position sur options : hors marge croisée, margée isolément.</numerusform>
            <numerusform>Ce portefeuille contient %n positions sur options : hors marge croisée, margées isolément.</numerusform>
        </translation>
    </message>
    <message>
        <source>This portfolio is empty.</source>
        <translation>Ce portefeuille est vide.</translation>
    </message>
    <message>
        <source>This account is not eligible: every position is margined by its own CCP.</source>
        <translation>Ce compte n&apos;est pas éligible : chaque position est margée par sa propre CCP.</translation>
    </message>
    <message>
        <source>%1 (future, not allocated)</source>
        <translation>%1 (future, non affecté)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This portfolio: every position sits in the cross-margin account.</source>
        <translation>Ce portefeuille : toutes les positions sont dans le compte de marge croisée.</translation>
    </message>
    <message numerus="yes">
        <source>This portfolio: %n position(s) outside the cross-margin account, margined on their own:</source>
        <translation>
            <numerusform>Ce portefeuille : %n position hors du compte de marge croisée, margée isolément :</numerusform>
            <numerusform>Ce portefeuille : %n positions hors du compte de marge croisée, margées isolément :</numerusform>
        </translation>
    </message>
    <message>
        <source>Here cross-margining costs %1 more than margining separately.</source>
        <translation>Ici, la marge croisée coûte %1 de plus qu&apos;une marge séparée.</translation>
    </message>
    <message>
        <source>No stress window is configured: see the History chart.</source>
        <translation>Aucune période de stress n&apos;est configurée : voir le graphique Historique.</translation>
    </message>
    <message>
        <source>Add positions to see how the requirement moves in stress.</source>
        <translation>Ajoutez des positions pour voir l&apos;évolution de l&apos;exigence en période de stress.</translation>
    </message>
    <message>
        <source>The stress window lies outside the history: see the History chart.</source>
        <translation>La période de stress se situe hors de l&apos;historique : voir le graphique Historique.</translation>
    </message>
    <message>
        <source>This portfolio in the stress window %1 – %2: cross-margined %3 before it, peaking at %4 on %5 (%6).</source>
        <translation>Ce portefeuille dans la période de stress %1 – %2 : exigence avec marge croisée de %3 avant la période, culminant à %4 le %5 (%6).</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>This portfolio in the stress window %1 – %2: cross-margined peaking at %3 on %4.</source>
        <translation>Ce portefeuille dans la période de stress %1 – %2 : exigence avec marge croisée culminant à %3 le %4.</translation>
    </message>
    <message>
        <source>On %1: %2 cross-margined. The History chart shows every day.</source>
        <translation>Au %1 : %2 avec marge croisée. Le graphique Historique montre chaque jour.</translation>
    </message>
</context>
<context>
    <name>xm::ModelSettingsDialog</name>
    <message>
        <source>Model settings</source>
        <translation>Paramètres du modèle</translation>
    </message>
    <message>
        <source>Load parameter file…</source>
        <translation>Charger un fichier de paramètres…</translation>
    </message>
    <message>
        <source>Restore bundled defaults</source>
        <translation>Rétablir les valeurs fournies par défaut</translation>
    </message>
    <message>
        <source>Model &lt;b&gt;%1&lt;/b&gt;, as the application uses it now. Figures are model estimates, not a CCP statement.</source>
        <translation>Modèle &lt;b&gt;%1&lt;/b&gt;, tel que l&apos;application l&apos;utilise actuellement. Les chiffres sont des estimations du modèle, pas un relevé de CCP.</translation>
    </message>
    <message>
        <source>How FICC&apos;s and CME&apos;s reduction factors combine (MARGIN_MODEL.md §4); every reading is shown side by side in the calculation trace</source>
        <translation>Comment se combinent les facteurs de réduction de la FICC et du CME (MARGIN_MODEL.md §4) ; toutes les lectures figurent côte à côte dans le détail du calcul</translation>
    </message>
    <message>
        <source>The largest reduction cross-margining may give (80% in the published arrangement)</source>
        <translation>La réduction maximale que la marge croisée peut accorder (80 % dans le dispositif publié)</translation>
    </message>
    <message>
        <source>Cross-margining</source>
        <translation>Marge croisée</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>Lecture :</translation>
    </message>
    <message>
        <source>Reduction cap:</source>
        <translation>Plafond de réduction :</translation>
    </message>
    <message>
        <source>SPAN-like (scan, spreads, credits)</source>
        <translation>De type SPAN (scan, spreads, crédits)</translation>
    </message>
    <message>
        <source>HVaR (SPAN 2-like)</source>
        <translation>HVaR (de type SPAN 2)</translation>
    </message>
    <message>
        <source>CME model</source>
        <translation>Modèle CME</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Margin Liquidity Adjustment</source>
        <translation>Margin Liquidity Adjustment</translation>
    </message>
    <message>
        <source>Backtesting Charge (the formula is not public)</source>
        <translation>Charge de backtesting (la formule n&apos;est pas publique)</translation>
    </message>
    <message>
        <source>Holiday Charge (the formula is not public)</source>
        <translation>Charge de jours fériés (la formule n&apos;est pas publique)</translation>
    </message>
    <message>
        <source>Any special charge</source>
        <translation>Toute charge spéciale</translation>
    </message>
    <message>
        <source>FICC add-ons</source>
        <translation>Majorations FICC</translation>
    </message>
    <message>
        <source>Backtesting:</source>
        <translation>Backtesting :</translation>
    </message>
    <message>
        <source>Holiday:</source>
        <translation>Jours fériés :</translation>
    </message>
    <message>
        <source>Special:</source>
        <translation>Spéciale :</translation>
    </message>
    <message>
        <source>Filter parameters, values, provenance or sources</source>
        <translation>Filtrer les paramètres, valeurs, provenances ou sources</translation>
    </message>
    <message>
        <source>&lt;b&gt;official&lt;/b&gt;: a published rule or specification · &lt;b&gt;calibrated&lt;/b&gt;: computed from the bundled data on the as-of date · &lt;b&gt;assumed&lt;/b&gt;: our default, or your change</source>
        <translation>&lt;b&gt;officiel&lt;/b&gt; : règle ou spécification publiée · &lt;b&gt;calibré&lt;/b&gt; : calculé à partir des données fournies à la date de référence · &lt;b&gt;supposé&lt;/b&gt; : notre valeur par défaut, ou votre modification</translation>
    </message>
    <message>
        <source>Every parameter</source>
        <translation>Tous les paramètres</translation>
    </message>
    <message>
        <source>Changed in XMargin; the parameter file has %1 (%2: %3)</source>
        <translation>Modifié dans XMargin ; le fichier de paramètres indique %1 (%2 : %3)</translation>
    </message>
    <message>
        <source>Set in XMargin</source>
        <translation>Défini dans XMargin</translation>
    </message>
    <message>
        <source>Load parameter file</source>
        <translation>Charger un fichier de paramètres</translation>
    </message>
    <message>
        <source>XMargin parameters (*.json);;All files (*)</source>
        <translation>Paramètres XMargin (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not load the parameters; nothing changed.

%1</source>
        <translation>Impossible de charger les paramètres ; rien n&apos;a changé.

%1</translation>
    </message>
    <message>
        <source>the bundled defaults</source>
        <translation>les valeurs fournies par défaut</translation>
    </message>
    <message>
        <source>Model &lt;b&gt;%1&lt;/b&gt; from %2, applied when you press OK. The calibrated scan ranges below are those in use now.</source>
        <translation>Modèle &lt;b&gt;%1&lt;/b&gt; issu de %2, appliqué lorsque vous cliquez sur OK. Les fourchettes de scan calibrées ci-dessous sont celles utilisées actuellement.</translation>
    </message>
</context>
<context>
    <name>xm::ParCurvePage</name>
    <message>
        <source>Date to compare the as-of curve with</source>
        <translation>Date dont la courbe est comparée à celle de la date de référence</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparer avec :</translation>
    </message>
    <message>
        <source>Par yields (%)</source>
        <translation>Rendements au pair (%)</translation>
    </message>
</context>
<context>
    <name>xm::ParameterTableModel</name>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 USD per contract</source>
        <translation>%1 USD par contrat</translation>
    </message>
</context>
<context>
    <name>xm::PnlDistributionChart</name>
    <message>
        <source>Scenario P&amp;L: each leg alone and both in the cross-margining account</source>
        <translation>P&amp;L par scénario : chaque jambe seule et les deux dans le compte de marge croisée</translation>
    </message>
    <message>
        <source>Scenario P&amp;L: each leg and both together</source>
        <translation>P&amp;L par scénario : chaque jambe et les deux ensemble</translation>
    </message>
    <message>
        <source>FICC leg</source>
        <translation>Jambe FICC</translation>
    </message>
    <message>
        <source>CME leg</source>
        <translation>Jambe CME</translation>
    </message>
    <message>
        <source>Both legs together</source>
        <translation>Les deux jambes ensemble</translation>
    </message>
    <message>
        <source>Scenarios (count)</source>
        <translation>Scénarios (nombre)</translation>
    </message>
    <message>
        <source>Scenario P&amp;L over %1 business days (USD)</source>
        <translation>P&amp;L par scénario sur %1 jours ouvrés (USD)</translation>
    </message>
    <message>
        <source>%1 historical scenarios · CME leg in FICC&apos;s VaR model · VaR: the %2 loss quantile</source>
        <translation>%1 scénarios historiques · jambe CME dans le modèle de VaR de la FICC · VaR : le quantile de perte à %2</translation>
    </message>
    <message>
        <source>No positions in the cross-margining account</source>
        <translation>Aucune position dans le compte de marge croisée</translation>
    </message>
    <message>
        <source>%1 VaR %2</source>
        <translation>%1 VaR %2</translation>
    </message>
    <message>
        <source>P&amp;L %1 to %2</source>
        <translation>P&amp;L de %1 à %2</translation>
    </message>
    <message>
        <source>
%1:  %2 scenarios</source>
        <translation>
%1 :  %2 scénarios</translation>
    </message>
</context>
<context>
    <name>xm::PortfolioEditor</name>
    <message>
        <source>Add security…</source>
        <translation>Ajouter un titre…</translation>
    </message>
    <message>
        <source>Add future…</source>
        <translation>Ajouter un future…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Pick a bundled Treasury note or bond by CUSIP, coupon or maturity</source>
        <translation>Choisir une note ou un bond du Trésor fourni par CUSIP, coupon ou échéance</translation>
    </message>
    <message>
        <source>Pick a CME futures contract and month</source>
        <translation>Choisir un contrat à terme CME et un mois</translation>
    </message>
    <message>
        <source>Remove the selected positions (Delete)</source>
        <translation>Supprimer les positions sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Paste CSV or quick-entry lines (Ctrl+V), or drop .csv files on the table</source>
        <translation>Ctrl+V : CSV/saisie rapide · déposer des .csv</translation>
    </message>
</context>
<context>
    <name>xm::PortfolioTableModel</name>
    <message>
        <source>Cannot be valued: %1</source>
        <translation>Évaluation impossible : %1</translation>
    </message>
    <message>
        <source>Face value in USD (long &gt; 0). Type 100mm, 25m or 1.5bn.</source>
        <translation>Nominal en USD (acheteur &gt; 0). Saisissez 100mm, 25m ou 1.5bn.</translation>
    </message>
    <message>
        <source>Contracts (long &gt; 0).</source>
        <translation>Contrats (acheteur &gt; 0).</translation>
    </message>
    <message>
        <source>USD per basis point: the profit of a 1bp fall in yields (positive when long).</source>
        <translation>USD par point de base : le gain pour une baisse des rendements de 1 pb (positif à l&apos;achat).</translation>
    </message>
    <message>
        <source>Not margined: %1</source>
        <translation>Non margé : %1</translation>
    </message>
    <message>
        <source>Move this future into the cross-margining account (CME members choose which futures to allocate; unallocated ones are margined on their own).</source>
        <translation>Transférer ce future dans le compte de marge croisée (les membres CME choisissent les futures à affecter ; les autres sont margés isolément).</translation>
    </message>
    <message>
        <source>Every eligible FICC position is in the cross-margining account.</source>
        <translation>Toute position FICC éligible est dans le compte de marge croisée.</translation>
    </message>
    <message>
        <source>Cross-margined requirement with this position minus without it (negative: it saves margin).</source>
        <translation>Exigence avec marge croisée avec cette position moins sans elle (négatif : elle économise de la marge).</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>DV01
(USD/bp)</source>
        <translation>DV01
(USD/pb)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Allocate
to XM</source>
        <translation>Affecter
à XM</translation>
    </message>
    <message>
        <source>Incremental
margin (USD)</source>
        <translation>Marge incr.
(USD)</translation>
    </message>
    <message>
        <source>Face value in USD for FICC positions, contracts for CME positions</source>
        <translation>Nominal en USD pour les positions FICC, nombre de contrats pour les positions CME</translation>
    </message>
    <message>
        <source>Eligible product. %1</source>
        <translation>Produit éligible. %1</translation>
    </message>
    <message>
        <source>Not eligible: %1. %2</source>
        <translation>Non éligible : %1. %2</translation>
    </message>
    <message>
        <source>Double-click: why, rule by rule.</source>
        <translation>Double-clic : pourquoi, règle par règle.</translation>
    </message>
</context>
<context>
    <name>xm::PortfolioTableView</name>
    <message>
        <source>clipboard</source>
        <translation>presse-papiers</translation>
    </message>
    <message>
        <source>Nothing to add: no positions in the text.</source>
        <translation>Rien à ajouter : aucune position dans le texte.</translation>
    </message>
    <message>
        <source>Why (not) eligible?</source>
        <translation>Pourquoi (non) éligible ?</translation>
    </message>
</context>
<context>
    <name>xm::PositionImportJob</name>
    <message>
        <source>Import positions</source>
        <translation>Importer des positions</translation>
    </message>
    <message>
        <source>Reading positions from %1…</source>
        <translation>Lecture des positions de %1…</translation>
    </message>
</context>
<context>
    <name>xm::PositionPicker</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>xm::PositionText</name>
    <message>
        <source>Cash</source>
        <translation>Comptant</translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>Repo</translation>
    </message>
    <message>
        <source>Reverse repo</source>
        <translation>Reverse repo</translation>
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
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Full screen, large fonts and high contrast for a client demo; PageDown/PageUp step through the presets, 1–7 pick a chart, Esc leaves</source>
        <translation>Plein écran, grandes polices et contraste élevé pour une démonstration client ; Pg suiv./Pg préc. parcourent les cas d&apos;école, 1–7 choisissent un graphique, Échap quitte</translation>
    </message>
</context>
<context>
    <name>xm::PresetBanner</name>
    <message>
        <source>Hide this explanation until the next preset</source>
        <translation>Masquer cette explication jusqu&apos;au prochain cas d&apos;école</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preset: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Cas d&apos;école : %1.&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>xm::Presets</name>
    <message>
        <source>DV01-neutral 10-year basis trade</source>
        <translation>Opération de base 10 ans neutre en DV01</translation>
    </message>
    <message>
        <source>Long $100mm of the 3.875% Aug-2034 note at FICC, short 1,073 ZN futures at CME: the DV01s cancel. Margined separately the two CCPs ask $3.99M; cross-margined $0.80M, because FICC&apos;s reduction (90%) is capped at 80%. Savings: $3.19M, the most the arrangement allows.</source>
        <translation>Achat de 100&#xa0;M$ de la note 3,875 % août 2034 à la FICC, vente de 1&#x202f;073 futures ZN au CME : les DV01 s&apos;annulent. En marge séparée, les deux CCP demandent 3,99&#xa0;M$ ; avec marge croisée, 0,80&#xa0;M$, car la réduction de la FICC (90 %) est plafonnée à 80 %. Économie : 3,19&#xa0;M$, le maximum permis par le dispositif.</translation>
    </message>
    <message>
        <source>Repo-financed basis trade</source>
        <translation>Opération de base financée en repo</translation>
    </message>
    <message>
        <source>The same basis trade with the note financed in repo to 10 October: FICC sees the repo as a forward purchase of the collateral, so 1,084 ZN futures hedge it. Repo on collateral with more than a year left is eligible, and the savings are the capped 80% again ($3.22M of $4.03M).</source>
        <translation>La même opération de base, avec la note financée en repo jusqu&apos;au 10 octobre : la FICC traite le repo comme un achat à terme de la garantie, que couvrent donc 1&#x202f;084 futures ZN. Le repo sur une garantie à plus d&apos;un an de l&apos;échéance est éligible, et l&apos;économie atteint de nouveau le plafond de 80 % (3,22&#xa0;M$ sur 4,03&#xa0;M$).</translation>
    </message>
    <message>
        <source>2s10s curve trade across venues</source>
        <translation>Opération de courbe 2s10s entre les deux chambres</translation>
    </message>
    <message>
        <source>A steepener in cash at FICC (long 2-year, short 10-year) against a flattener in futures at CME (short ZT, long ZN), every leg DV01-matched. Each CCP already nets its own curve trade, and in the combined account FICC&apos;s VaR floor on gross market value binds, so FICC&apos;s reduction is only 53%: savings $0.86M of $1.64M.</source>
        <translation>Une position de pentification au comptant à la FICC (achat du 2 ans, vente du 10 ans) contre un aplatissement en futures au CME (vente de ZT, achat de ZN), chaque jambe appariée en DV01. Chaque CCP compense déjà sa propre opération de courbe, et dans le compte commun le plancher de VaR de la FICC sur la valeur de marché brute s&apos;applique : la réduction de la FICC n&apos;est donc que de 53 %, pour une économie de 0,86&#xa0;M$ sur 1,64&#xa0;M$.</translation>
    </message>
    <message>
        <source>Unhedged cash</source>
        <translation>Comptant non couvert</translation>
    </message>
    <message>
        <source>Only the $100mm note, no futures. Cross-margining nets risk between the CCPs; with nothing at CME there is nothing to net, so the requirement is FICC&apos;s $1.97M either way and the savings are zero.</source>
        <translation>Seulement la note de 100&#xa0;M$, sans futures. La marge croisée compense le risque entre les CCP ; sans rien au CME, il n&apos;y a rien à compenser : l&apos;exigence reste les 1,97&#xa0;M$ de la FICC dans les deux cas et l&apos;économie est nulle.</translation>
    </message>
    <message>
        <source>Over-hedged basis trade</source>
        <translation>Opération de base surcouverte</translation>
    </message>
    <message>
        <source>1,610 ZN futures against the note, 150% of the DV01 hedge: the extra futures are an open short. Cross-margined rises to $1.21M (from $0.80M) and FICC&apos;s reduction falls to 76%, under the cap. Move the hedge on the Hedge ratio chart to see the requirement fall as the hedge comes back.</source>
        <translation>1&#x202f;610 futures ZN contre la note, soit 150 % de la couverture en DV01 : les futures en excès forment une position vendeuse ouverte. L&apos;exigence avec marge croisée passe à 1,21&#xa0;M$ (contre 0,80&#xa0;M$) et la réduction de la FICC tombe à 76 %, sous le plafond. Déplacez la couverture sur le graphique Couverture pour voir l&apos;exigence baisser à mesure que la couverture se rapproche de la neutralité.</translation>
    </message>
    <message>
        <source>Customer without a BD-FCM: not eligible</source>
        <translation>Client sans BD-FCM : non éligible</translation>
    </message>
    <message>
        <source>A 30-year bond basis trade (long $50mm 4.5% Nov-2054, short 406 UB) for a customer whose firm is a broker-dealer but not an FCM. Customer cross-margining runs only through a dually registered BD-FCM that clears at both FICC and CME, so each CCP margins its own side: $3.39M, no savings.</source>
        <translation>Une opération de base sur le bond à 30 ans (achat de 50&#xa0;M$ du 4,5 % nov. 2054, vente de 406 UB) pour un client dont la société est broker-dealer mais pas FCM. La marge croisée client ne passe que par un BD-FCM doublement enregistré qui compense à la fois à la FICC et au CME : chaque CCP marge donc son côté, soit 3,39&#xa0;M$, sans économie.</translation>
    </message>
    <message>
        <source>The same hedge through a BD-FCM: eligible</source>
        <translation>La même couverture via un BD-FCM : éligible</translation>
    </message>
    <message>
        <source>The same bond basis trade, now with a firm registered as broker-dealer and FCM that is a member of both CCPs, and both sides opted in. The account is eligible and the requirement falls from $3.39M to $0.68M (80%, capped).</source>
        <translation>La même opération de base sur le bond, cette fois avec une société enregistrée comme broker-dealer et FCM, membre des deux CCP, et l&apos;adhésion des deux parties. Le compte est éligible et l&apos;exigence passe de 3,39&#xa0;M$ à 0,68&#xa0;M$ (80 %, plafonnée).</translation>
    </message>
    <message>
        <source>Hedged with options: options not eligible</source>
        <translation>Couverture par options : options non éligibles</translation>
    </message>
    <message>
        <source>The note hedged with 600 ZN futures and 1,000 short calls on ZN. Options on Treasury futures are not in the program (nor are options on Treasury ETFs such as TLT or IEF, which clear elsewhere): the calls stay in CME&apos;s regular account. Only part of the hedge offsets, so savings are 55% ($2.22M of $4.04M) instead of the 80% a futures hedge gets.</source>
        <translation>La note couverte par 600 futures ZN et 1&#x202f;000 calls ZN vendus. Les options sur futures du Trésor ne font pas partie du programme (pas plus que les options sur ETF du Trésor comme TLT ou IEF, compensées ailleurs) : les calls restent dans le compte ordinaire du CME. Une partie seulement de la couverture se compense, d&apos;où une économie de 55 % (2,22&#xa0;M$ sur 4,04&#xa0;M$) au lieu des 80 % d&apos;une couverture en futures.</translation>
    </message>
    <message>
        <source>Bills and TIPS: not eligible</source>
        <translation>Bills et TIPS : non éligibles</translation>
    </message>
    <message>
        <source>The 10-year basis trade next to $200mm of a December 2025 bill and $50mm of a 2035 TIPS. Bills and TIPS are not eligible, so FICC margins them on their own in the regular account ($1.39M). The basis trade keeps its 80%, and the savings are 60% of the $5.43M duplicated.</source>
        <translation>L&apos;opération de base 10 ans, à côté de 200&#xa0;M$ d&apos;un bill décembre 2025 et de 50&#xa0;M$ d&apos;un TIPS 2035. Les bills et les TIPS ne sont pas éligibles : la FICC les marge isolément dans le compte ordinaire (1,39&#xa0;M$). L&apos;opération de base conserve ses 80 %, et l&apos;économie représente 60 % des 5,43&#xa0;M$ de marge dupliquée.</translation>
    </message>
    <message>
        <source>When cross-margining costs more</source>
        <translation>Quand la marge croisée coûte plus cher</translation>
    </message>
    <message>
        <source>The basis trade with 2,000 long calls on ZN that offset most of the short futures at CME, which on its own asks only $0.14M. Allocating the futures to the cross-margin account takes them away from the calls, which are margined alone: the total rises from $2.11M to $2.68M. Untick Allocate on the ZN row and the savings return to zero.</source>
        <translation>L&apos;opération de base avec 2&#x202f;000 calls ZN achetés, qui compensent l&apos;essentiel des futures vendus au CME, lequel n&apos;exige seul que 0,14&#xa0;M$. Affecter les futures au compte de marge croisée les sépare des calls, alors margés seuls : le total passe de 2,11&#xa0;M$ à 2,68&#xa0;M$. Décochez « Affecter à XM » sur la ligne ZN et l&apos;économie revient à zéro.</translation>
    </message>
    <message>
        <source>Stress replay: March 2020</source>
        <translation>Rejeu de stress : mars 2020</translation>
    </message>
    <message>
        <source>A 10-year basis trade as of 19 March 2020, in the dash for cash. Between 24 February and 24 March CME&apos;s requirement rose 12% and the cross-margined one 6% ($0.77M to $0.82M), savings steady at 80%: cross-margining lowers the level of margin, not its swings. The History chart shows the larger climb after the 2022 rate shock: 20% more from June 2022 to March 2023.</source>
        <translation>Une opération de base 10 ans au 19 mars 2020, en pleine ruée vers la liquidité (dash for cash). Entre le 24 février et le 24 mars, l&apos;exigence du CME a augmenté de 12 % et celle avec marge croisée de 6 % (de 0,77&#xa0;M$ à 0,82&#xa0;M$), l&apos;économie restant stable à 80 % : la marge croisée abaisse le niveau de la marge, pas ses variations. Le graphique Historique montre la hausse plus forte après le choc de taux de 2022 : +20 % de juin 2022 à mars 2023.</translation>
    </message>
</context>
<context>
    <name>xm::QuickEntryLine</name>
    <message>
        <source>Quick entry: ZNU5 -950 · 91282CLF6 +100mm · UST 4.25 2034-11-15 25m · REPO 91282CLF6 100mm 90d</source>
        <translation>Saisie rapide : ZNU5 -950 · 91282CLF6 +100mm · UST 4.25 2034-11-15 25m · REPO 91282CLF6 100mm 90d</translation>
    </message>
    <message>
        <source>Type a position and press Enter. Futures: ZN -950, ZNU5 -950, ZN 2025-09 -950. Cash: a CUSIP or UST coupon maturity, then the face (100mm, 25m, 1.5bn). Repo: REPO or REVREPO, the security, the face and a term (90d, 13w, 3m) or end date. Up and Down recall earlier lines.</source>
        <translation>Saisissez une position et appuyez sur Entrée. Futures : ZN -950, ZNU5 -950, ZN 2025-09 -950. Comptant : un CUSIP ou UST coupon échéance, puis le nominal (100mm, 25m, 1.5bn). Repo : REPO ou REVREPO, le titre, le nominal et une durée (90d, 13w, 3m) ou une date de fin. Haut et Bas rappellent les lignes précédentes. La saisie utilise toujours le point décimal.</translation>
    </message>
</context>
<context>
    <name>xm::RecoveryPrompt</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Could not recover “%1”; the autosaved copy is kept as %2.

%3</source>
        <translation>Impossible de récupérer « %1 » ; la copie de sauvegarde automatique est conservée sous %2.

%3</translation>
    </message>
    <message>
        <source>XMargin did not close normally. Unsaved changes to “%1” were autosaved at %2.</source>
        <translation>XMargin ne s&apos;est pas fermé normalement. Les modifications non enregistrées de « %1 » ont été sauvegardées automatiquement le %2.</translation>
    </message>
    <message>
        <source>Recover opens them as a portfolio that has never been saved. Discard deletes the autosaved copy; Later keeps it for the next start.</source>
        <translation>« Récupérer » les ouvre comme un portefeuille jamais enregistré. « Ne pas tenir compte » supprime la copie de sauvegarde automatique ; « Plus tard » la conserve pour le prochain démarrage.</translation>
    </message>
    <message>
        <source>Recover opens them as unsaved changes to %1. Discard deletes the autosaved copy; Later keeps it for the next start.</source>
        <translation>« Récupérer » les ouvre comme des modifications non enregistrées de %1. « Ne pas tenir compte » supprime la copie de sauvegarde automatique ; « Plus tard » la conserve pour le prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>xm::ReportExport</name>
    <message>
        <source>Could not write the report: %1</source>
        <translation>Impossible d&apos;écrire le rapport : %1</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée ; rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
<context>
    <name>xm::Screenshot</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans %1.</translation>
    </message>
</context>
<context>
    <name>xm::SecurityPicker</name>
    <message>
        <source>%1-year %2</source>
        <translation>%2 à %1 ans</translation>
    </message>
    <message>
        <source>Add a Treasury security</source>
        <translation>Ajouter un titre du Trésor</translation>
    </message>
    <message>
        <source>CUSIP</source>
        <translation>CUSIP</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Coupon (%)</source>
        <translation>Coupon (%)</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Search by CUSIP, coupon or maturity, e.g. 4.25 2034</source>
        <translation>Rechercher par CUSIP, coupon ou échéance, p. ex. 4.25 2034</translation>
    </message>
    <message>
        <source>Face value in USD, long &gt; 0: 100mm, 25m, 1.5bn</source>
        <translation>Nominal en USD, acheteur &gt; 0 : 100mm, 25m, 1.5bn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Repo end</source>
        <translation>Fin du repo</translation>
    </message>
    <message>
        <source>Face (USD)</source>
        <translation>Nominal (USD)</translation>
    </message>
</context>
<context>
    <name>xm::SessionChart</name>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · au %2</translation>
    </message>
    <message>
        <source>%1 · Model estimates, not a CCP statement</source>
        <translation>%1 · Estimations du modèle, pas un relevé de CCP</translation>
    </message>
</context>
<context>
    <name>xm::StartPage</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open “%1” as a new, unsaved portfolio</source>
        <translation>Ouvrir « %1 » comme nouveau portefeuille non enregistré</translation>
    </message>
    <message>
        <source>XMargin — Start</source>
        <translation>XMargin — Accueil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teaching presets&lt;/b&gt;&lt;br&gt;Real portfolios, each with what it shows about FICC–CME cross-margining. Opening one starts a new, unsaved portfolio; the figures are model estimates, not a CCP statement.</source>
        <translation>&lt;b&gt;Cas d&apos;école&lt;/b&gt;&lt;br&gt;Des portefeuilles réels, chacun avec ce qu&apos;il montre de la marge croisée FICC–CME. En ouvrir un crée un nouveau portefeuille non enregistré ; les chiffres sont des estimations du modèle, pas un relevé de CCP.</translation>
    </message>
    <message>
        <source>&amp;Show this page when XMargin starts</source>
        <translation>&amp;Afficher cette page au démarrage de XMargin</translation>
    </message>
</context>
<context>
    <name>xm::Startup</name>
    <message>
        <source>Could not load the bundled data:
%1</source>
        <translation>Impossible de charger les données fournies :
%1</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>Impossible d&apos;ouvrir %1 :
%2</translation>
    </message>
</context>
<context>
    <name>xm::StressChart</name>
    <message>
        <source>Stress test: requirements before and after</source>
        <translation>Test de résistance : exigences avant et après</translation>
    </message>
    <message>
        <source>Duplicated
(each CCP on its own)</source>
        <translation>Dupliquée
(chaque CCP seule)</translation>
    </message>
    <message>
        <source>Cross-margined
(FICC–CME arrangement)</source>
        <translation>Avec marge croisée
(dispositif FICC–CME)</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>Marge initiale (USD)</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario :</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Ampleur :</translation>
    </message>
    <message>
        <source>Parallel shift (bp)</source>
        <translation>Choc parallèle (pb)</translation>
    </message>
    <message>
        <source>Steepener (+) or flattener (−): 2Y −size, 10Y +size (bp)</source>
        <translation>Pentification (+) ou aplatissement (−) : 2 ans −ampleur, 10 ans +ampleur (pb)</translation>
    </message>
    <message>
        <source>Volatility multiplier (scenario changes and scan ranges ×)</source>
        <translation>Multiplicateur de volatilité (variations de scénario et fourchettes de scan ×)</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source> bp</source>
        <translation> pb</translation>
    </message>
    <message>
        <source>Stress test: %1</source>
        <translation>Test de résistance : %1</translation>
    </message>
    <message>
        <source>Stress test</source>
        <translation>Test de résistance</translation>
    </message>
    <message>
        <source>No margin: add positions to the portfolio</source>
        <translation>Aucune marge : ajoutez des positions au portefeuille</translation>
    </message>
    <message>
        <source>This scenario cannot run: %1</source>
        <translation>Ce scénario ne peut pas être calculé : %1</translation>
    </message>
    <message>
        <source>Before the window (%1)</source>
        <translation>Avant la période (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Aujourd&apos;hui (%1)</translation>
    </message>
    <message>
        <source>At its highest (%1)</source>
        <translation>Au plus haut (%1)</translation>
    </message>
    <message>
        <source>Stressed</source>
        <translation>Sous stress</translation>
    </message>
    <message>
        <source>Today&apos;s positions; each day with its own lookback and scan ranges</source>
        <translation>Positions du jour ; chaque jour avec sa propre période d&apos;observation et ses fourchettes de scan</translation>
    </message>
    <message>
        <source>Scenario changes and scan ranges scaled; haircuts and floors unchanged</source>
        <translation>Variations de scénario et fourchettes de scan multipliées ; décotes et planchers inchangés</translation>
    </message>
    <message>
        <source>Instantaneous curve move; today&apos;s historical scenarios</source>
        <translation>Déformation instantanée de la courbe ; scénarios historiques du jour</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Dupliquée</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Avec marge croisée</translation>
    </message>
    <message>
        <source>%1 · %2
FICC:  %3
CME:  %4
Total:  %5</source>
        <translation>%1 · %2
FICC :  %3
CME :  %4
Total :  %5</translation>
    </message>
</context>
<context>
    <name>xm::StressPanel</name>
    <message>
        <source>FICC standalone</source>
        <translation>FICC seule</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME seul</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Dupliquée</translation>
    </message>
    <message>
        <source>FICC cross-margined</source>
        <translation>FICC avec marge croisée</translation>
    </message>
    <message>
        <source>CME cross-margined</source>
        <translation>CME avec marge croisée</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Avec marge croisée</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Savings, % of duplicated</source>
        <translation>Économie, % de la dupliquée</translation>
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
        <translation>Gain ou perte dû à la déformation de la courbe : marge de variation sur les futures, valorisation au prix du marché à la FICC (négatif : une perte)</translation>
    </message>
    <message>
        <source>Before
%1</source>
        <translation>Avant
%1</translation>
    </message>
    <message>
        <source>At its highest
%1</source>
        <translation>Au plus haut
%1</translation>
    </message>
    <message>
        <source>Today
%1</source>
        <translation>Aujourd&apos;hui
%1</translation>
    </message>
    <message>
        <source>Stressed</source>
        <translation>Sous stress</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Change, %</source>
        <translation>Variation, %</translation>
    </message>
    <message>
        <source>Window end
%1</source>
        <translation>Fin de période
%1</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1&#xa0;pt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not valued</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
</context>
<context>
    <name>xm::StressText</name>
    <message>
        <source>%1bp</source>
        <translation>%1&#xa0;pb</translation>
    </message>
    <message>
        <source>Cross-margined margin stays at %1 at its highest in %2 (%3).</source>
        <translation>L&apos;exigence avec marge croisée reste à %1 à son plus haut dans la période %2 (%3).</translation>
    </message>
    <message>
        <source>Cross-margined margin rises from %1 to %2 (%3) at its highest in %4 (%5).</source>
        <translation>L&apos;exigence avec marge croisée monte de %1 à %2 (%3) à son plus haut dans la période %4 (%5).</translation>
    </message>
    <message>
        <source>Cross-margined margin falls from %1 to %2 (%3) at its highest in %4 (%5).</source>
        <translation>L&apos;exigence avec marge croisée baisse de %1 à %2 (%3) à son plus haut dans la période %4 (%5).</translation>
    </message>
    <message>
        <source>Cross-margined margin stays at %1 when every par yield moves %2.</source>
        <translation>L&apos;exigence avec marge croisée reste à %1 quand tous les rendements au pair varient de %2.</translation>
    </message>
    <message>
        <source>Cross-margined margin rises from %1 to %2 (%3) when every par yield moves %4.</source>
        <translation>L&apos;exigence avec marge croisée monte de %1 à %2 (%3) quand tous les rendements au pair varient de %4.</translation>
    </message>
    <message>
        <source>Cross-margined margin falls from %1 to %2 (%3) when every par yield moves %4.</source>
        <translation>L&apos;exigence avec marge croisée baisse de %1 à %2 (%3) quand tous les rendements au pair varient de %4.</translation>
    </message>
    <message>
        <source>Cross-margined margin stays at %1 when the 2-year yield moves %2 and the 10-year %3.</source>
        <translation>L&apos;exigence avec marge croisée reste à %1 quand le rendement à 2 ans varie de %2 et celui à 10 ans de %3.</translation>
    </message>
    <message>
        <source>Cross-margined margin rises from %1 to %2 (%3) when the 2-year yield moves %4 and the 10-year %5.</source>
        <translation>L&apos;exigence avec marge croisée monte de %1 à %2 (%3) quand le rendement à 2 ans varie de %4 et celui à 10 ans de %5.</translation>
    </message>
    <message>
        <source>Cross-margined margin falls from %1 to %2 (%3) when the 2-year yield moves %4 and the 10-year %5.</source>
        <translation>L&apos;exigence avec marge croisée baisse de %1 à %2 (%3) quand le rendement à 2 ans varie de %4 et celui à 10 ans de %5.</translation>
    </message>
    <message>
        <source>Cross-margined margin stays at %1 when every historical move is scaled ×%2.</source>
        <translation>L&apos;exigence avec marge croisée reste à %1 quand toutes les variations historiques sont multipliées (×%2).</translation>
    </message>
    <message>
        <source>Cross-margined margin rises from %1 to %2 (%3) when every historical move is scaled ×%4.</source>
        <translation>L&apos;exigence avec marge croisée monte de %1 à %2 (%3) quand toutes les variations historiques sont multipliées (×%4).</translation>
    </message>
    <message>
        <source>Cross-margined margin falls from %1 to %2 (%3) when every historical move is scaled ×%4.</source>
        <translation>L&apos;exigence avec marge croisée baisse de %1 à %2 (%3) quand toutes les variations historiques sont multipliées (×%4).</translation>
    </message>
    <message>
        <source>Nothing is saved before or after: no position is cross-margined.</source>
        <translation>Aucune économie, ni avant ni après : aucune position n&apos;est en marge croisée.</translation>
    </message>
    <message>
        <source>The saving moves from %1 to %2 of the duplicated requirement.</source>
        <translation>L&apos;économie passe de %1 à %2 de l&apos;exigence dupliquée.</translation>
    </message>
    <message>
        <source>The saving stays %1 of a larger number.</source>
        <translation>L&apos;économie reste à %1, d&apos;une base plus élevée.</translation>
    </message>
    <message>
        <source>The saving stays %1 of a smaller number.</source>
        <translation>L&apos;économie reste à %1, d&apos;une base plus faible.</translation>
    </message>
    <message>
        <source>The saving stays %1.</source>
        <translation>L&apos;économie reste à %1.</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>Parallel %1</source>
        <translation>Parallèle %1</translation>
    </message>
    <message>
        <source>Steepener: 2Y %1, 10Y %2</source>
        <translation>Pentification : 2 ans %1, 10 ans %2</translation>
    </message>
    <message>
        <source>Flattener: 2Y %1, 10Y %2</source>
        <translation>Aplatissement : 2 ans %1, 10 ans %2</translation>
    </message>
    <message>
        <source>Twist: 2Y %1, 10Y %2</source>
        <translation>Torsion : 2 ans %1, 10 ans %2</translation>
    </message>
    <message>
        <source>Volatility ×%1</source>
        <translation>Volatilité ×%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The curve move costs the portfolio %1 (its P&amp;L, paid as variation margin).</source>
        <translation>La déformation de la courbe coûte %1 au portefeuille (son P&amp;L, versé en marge de variation).</translation>
    </message>
    <message>
        <source>The curve move earns the portfolio %1 (its P&amp;L, received as variation margin).</source>
        <translation>La déformation de la courbe rapporte %1 au portefeuille (son P&amp;L, reçu en marge de variation).</translation>
    </message>
    <message>
        <source>Today&apos;s positions replayed through the window, each day with its own lookback and recalibrated scan ranges. Before: %1, the last business day before the window; after: %2, the window&apos;s highest cross-margined requirement; window end: %3. P&amp;L: today&apos;s positions revalued for the window&apos;s par-yield change from %1 to %3. Not modelled: the positions, futures months and CTDs of that time.</source>
        <translation>Positions du jour rejouées sur la période, chaque jour avec sa propre période d&apos;observation et des fourchettes de scan recalibrées. Avant : %1, dernier jour ouvré avant la période ; après : %2, exigence avec marge croisée la plus élevée de la période ; fin de période : %3. P&amp;L : positions du jour réévaluées pour la variation des rendements au pair de la période, du %1 au %3. Non modélisés : les positions, échéances de futures et CTD de l&apos;époque.</translation>
    </message>
    <message>
        <source>An instantaneous move of the %1 par curve (the repo rate moves with the 3-month yield): every position is revalued and its sensitivities, CTDs and scan ranges are recomputed. The historical scenarios stay today&apos;s, so a level shift alone barely moves VaR; the volatility stress shows that. Not modelled: volatility rising with the move, basis and repo moves, liquidity.</source>
        <translation>Une déformation instantanée de la courbe au pair du %1 (le taux de repo suit le rendement à 3 mois) : chaque position est réévaluée et ses sensibilités, CTD et fourchettes de scan sont recalculées. Les scénarios historiques restent ceux du jour : un simple déplacement de niveau modifie donc à peine la VaR ; c&apos;est le stress de volatilité qui en rend compte. Non modélisés : la hausse de la volatilité qui accompagne le mouvement, les mouvements de base et de repo, la liquidité.</translation>
    </message>
    <message>
        <source>Every historical scenario change and every scan range multiplied by %1, as CCP stress add-ons scale scan ranges: VaR and SPAN scan risk grow with it; haircuts, floors and calendar-spread charges do not. The curve does not move, so there is no P&amp;L.</source>
        <translation>Chaque variation de scénario historique et chaque fourchette de scan multipliées par %1, à la manière dont les majorations de stress des CCP élargissent les fourchettes de scan : la VaR et le risque de scan SPAN augmentent d&apos;autant ; les décotes, planchers et charges de spread calendaire, non. La courbe ne bouge pas : il n&apos;y a donc pas de P&amp;L.</translation>
    </message>
    <message>
        <source>%1
Provenance: %2. %3</source>
        <translation>%1
Provenance : %2. %3</translation>
    </message>
</context>
<context>
    <name>xm::SummaryPanel</name>
    <message>
        <source>FICC standalone</source>
        <translation>FICC seule</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME seul</translation>
    </message>
    <message>
        <source>Duplicated (both CCPs)</source>
        <translation>Dupliquée (les deux CCP)</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>Avec marge croisée</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Savings, % of duplicated</source>
        <translation>Économie, % de la dupliquée</translation>
    </message>
    <message>
        <source>Binding CCP</source>
        <translation>CCP déterminante</translation>
    </message>
    <message>
        <source>80% cap binds</source>
        <translation>Plafond de 80 % atteint</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>No (cap %1)</source>
        <translation>Non (plafond %1)</translation>
    </message>
    <message>
        <source>None · how the figures were obtained: Calculation trace, Notes</source>
        <translation>Aucun · origine des chiffres : Détail du calcul, Remarques</translation>
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
        <translation>✓ Compte éligible à la marge croisée</translation>
    </message>
    <message>
        <source>✗ Account not eligible: %1</source>
        <translation>✗ Compte non éligible : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · Not eligible, margined on their own: %1</source>
        <translation> · Non éligibles, margées isolément : %1</translation>
    </message>
    <message>
        <source>Yes: reduction capped at %1</source>
        <translation>Oui : réduction plafonnée à %1</translation>
    </message>
</context>
<context>
    <name>xm::TracePanel</name>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>Valeur (USD)</translation>
    </message>
    <message>
        <source>How it is obtained</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Copy the whole trace to the clipboard as plain text</source>
        <translation>Copier tout le détail du calcul dans le presse-papiers en texte brut</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>Find a quantity, e.g. S_F, scan, ZN, floor</source>
        <translation>Chercher une grandeur, p. ex. S_F, scan, ZN, plancher</translation>
    </message>
</context>
<context>
    <name>xm::UsdText</name>
    <message>
        <source>bn</source>
        <translation>&#xa0;Md</translation>
    </message>
    <message>
        <source>m</source>
        <translation>&#xa0;M</translation>
    </message>
    <message>
        <source>k</source>
        <translation>&#xa0;k</translation>
    </message>
    <message>
        <source>$%1</source>
        <extracomment>An amount in U.S. dollars; %1 is the number, perhaps with a unit (3.99m).</extracomment>
        <translation>%1&#xa0;$&#xa0;US</translation>
    </message>
</context>
<context>
    <name>xm::XmRuleText</name>
    <message>
        <source>More conservative of both CCPs (min)</source>
        <translation>La plus prudente des deux CCP (min)</translation>
    </message>
    <message>
        <source>Each CCP applies its own factor (each)</source>
        <translation>Chaque CCP applique son propre facteur (each)</translation>
    </message>
    <message>
        <source>One pot, split pro rata (onepot)</source>
        <translation>Un seul pot, réparti au prorata (onepot)</translation>
    </message>
    <message>
        <source>Legacy offset classes (legacy)</source>
        <translation>Anciennes classes de compensation (legacy)</translation>
    </message>
    <message>
        <source>The smaller of r_F and r_C, capped, reduces both legs: the more conservative result applies.</source>
        <translation>Le plus petit de r_F et r_C, plafonné, réduit les deux jambes : le résultat le plus prudent s&apos;applique.</translation>
    </message>
    <message>
        <source>FICC reduces its leg by r_F, CME its leg by r_C, each capped.</source>
        <translation>La FICC réduit sa jambe de r_F, le CME la sienne de r_C, chacune plafonnée.</translation>
    </message>
    <message>
        <source>One combined VaR over both legs, split between the CCPs pro rata.</source>
        <translation>Une VaR commune aux deux jambes, répartie entre les CCP au prorata.</translation>
    </message>
    <message>
        <source>Opposite FICC and CME DV01 matched by maturity class; credit × the smaller leg&apos;s margin.</source>
        <translation>DV01 opposés FICC et CME appariés par classe de maturité ; crédit × marge de la plus petite jambe.</translation>
    </message>
</context>
<context>
    <name>xm::YieldCurveChart</name>
    <message>
        <source>U.S. Treasury par yield curve</source>
        <translation>Courbe des rendements au pair du Trésor américain</translation>
    </message>
    <message>
        <source>Markers: published par yields · Lines: par curve interpolated in maturity · Source: U.S. Department of the Treasury</source>
        <translation>Marqueurs : rendements au pair publiés · Lignes : courbe au pair interpolée par maturité · Source : U.S. Department of the Treasury</translation>
    </message>
    <message>
        <source>Source: U.S. Department of the Treasury</source>
        <translation>Source : U.S. Department of the Treasury</translation>
    </message>
    <message>
        <source>Maturity (log scale)</source>
        <translation>Maturité (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Par yield (%)</source>
        <translation>Rendement au pair (%)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Comparison %1</source>
        <translation>Comparaison %1</translation>
    </message>
    <message>
        <source>%1:  %2 %</source>
        <translation>%1 :  %2&#x202f;%</translation>
    </message>
    <message>
        <source> (interpolated)</source>
        <translation> (interpolé)</translation>
    </message>
    <message>
        <source>%1 par yield
%2
%3
Change:  %4 bp</source>
        <translation>Rendement au pair %1
%2
%3
Variation :  %4 pb</translation>
    </message>
</context>
</TS>
