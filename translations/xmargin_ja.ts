<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
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
        <translation>口座</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>House</source>
        <translation>自己（ハウス）</translation>
    </message>
    <message>
        <source>House: the clearing member&apos;s own positions. Customer: a client&apos;s positions, which need a dually registered broker-dealer/FCM and both opt-ins.</source>
        <translation>自己（ハウス）：清算参加者自身のポジション。顧客：顧客のポジション。ブローカー・ディーラー/FCMの二重登録業者と双方のオプトインが必要です。</translation>
    </message>
    <message>
        <source>HRP (initial = 110% of maintenance)</source>
        <translation>HRP（当初 = 維持証拠金の110%）</translation>
    </message>
    <message>
        <source>Non-HRP (initial = maintenance)</source>
        <translation>非HRP（当初 = 維持証拠金）</translation>
    </message>
    <message>
        <source>CME risk profile of the account: heightened-risk-profile accounts post initial margin above maintenance.</source>
        <translation>口座のCMEリスク・プロファイル：高リスク・プロファイル（HRP）口座は維持証拠金を上回る当初証拠金を差し入れます。</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>口座種別</translation>
    </message>
    <message>
        <source>CME risk profile</source>
        <translation>CMEリスク・プロファイル</translation>
    </message>
    <message>
        <source>Firm is a registered broker-dealer</source>
        <translation>登録ブローカー・ディーラーである</translation>
    </message>
    <message>
        <source>Registered with the SEC under Exchange Act §15(b)</source>
        <translation>証券取引所法第15条(b)に基づきSECに登録</translation>
    </message>
    <message>
        <source>Firm is a registered FCM</source>
        <translation>登録FCMである</translation>
    </message>
    <message>
        <source>Futures commission merchant registered with the CFTC</source>
        <translation>CFTCに登録された先物取次業者（FCM）</translation>
    </message>
    <message>
        <source>Firm is a FICC GSD netting member</source>
        <translation>FICC GSDのネッティング・メンバーである</translation>
    </message>
    <message>
        <source>Government Securities Division netting member</source>
        <translation>Government Securities Divisionのネッティング・メンバー</translation>
    </message>
    <message>
        <source>Firm is a CME clearing member</source>
        <translation>CMEの清算参加者である</translation>
    </message>
    <message>
        <source>Clearing member of CME Clearing</source>
        <translation>CME Clearingの清算参加者</translation>
    </message>
    <message>
        <source>Customer and firm opted in to cross-margining</source>
        <translation>顧客と業者の双方がクロスマージニングにオプトイン済み</translation>
    </message>
    <message>
        <source>Both the customer and the clearing firm agreed to the cross-margining arrangement</source>
        <translation>顧客と清算業者の双方がクロスマージニングの取決めに同意しています</translation>
    </message>
</context>
<context>
    <name>xm::AmountFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. German and French put a no-break space before the sign.</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>xm::Autosaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました：%1</translation>
    </message>
    <message>
        <source>Autosave failed: cannot create a recovery file in %1</source>
        <translation>自動保存に失敗しました：%1 に復元用ファイルを作成できません</translation>
    </message>
</context>
<context>
    <name>xm::ChartDeck</name>
    <message>
        <source>Cross-margined vs duplicated</source>
        <translation>クロスマージン対重複</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>ウォーターフォール</translation>
    </message>
    <message>
        <source>Hedge ratio</source>
        <translation>ヘッジ比率</translation>
    </message>
    <message>
        <source>Key-rate DV01</source>
        <translation>キーレートDV01</translation>
    </message>
    <message>
        <source>Scenario P&amp;&amp;L</source>
        <translation>シナリオ損益</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
</context>
<context>
    <name>xm::ChartExport</name>
    <message>
        <source>Export chart</source>
        <translation>チャートを書き出す</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>xm::ChartFrame</name>
    <message>
        <source>&amp;Copy chart</source>
        <translation>チャートをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>チャートを書き出す(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>xm::CommandLine</name>
    <message>
        <source>Shows what FICC–CME cross-margining does to initial margin on a U.S. Treasury portfolio.</source>
        <translation>FICC–CMEクロスマージニングが米国債ポートフォリオの当初証拠金に与える効果を示します。</translation>
    </message>
    <message>
        <source>Render the main window off screen, save it as a PNG to &lt;file&gt; and exit.</source>
        <translation>メインウィンドウを画面外で描画し、PNGとして &lt;file&gt; に保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Screenshot size in pixels (default 1400x900).</source>
        <translation>スクリーンショットのサイズ（ピクセル、既定値 1400x900）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>幅x高さ</translation>
    </message>
    <message>
        <source>As-of date, YYYY-MM-DD (default: the last history date).</source>
        <translation>基準日、YYYY-MM-DD（既定値：履歴の最終日）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Comparison date, YYYY-MM-DD (default: one year before the as-of date).</source>
        <translation>比較日、YYYY-MM-DD（既定値：基準日の1年前）。</translation>
    </message>
    <message>
        <source>Open the portfolio &lt;file&gt; (.xmargin) instead of the bundled demo.</source>
        <translation>同梱のデモの代わりにポートフォリオ &lt;file&gt;（.xmargin）を開きます。</translation>
    </message>
    <message>
        <source>Language for this run: en, de, fr, ja or system (default: the setting in View → Language).</source>
        <translation>今回の起動で使う言語：en、de、fr、ja または system（既定値：表示 → 言語 の設定）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>A portfolio to open, as with --open.</source>
        <translation>開くポートフォリオ（--open と同じ）。</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[ファイル]</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: give one portfolio file.</source>
        <translation>予期しない引数「%1」：ポートフォリオ・ファイルは1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Give the portfolio either with --open or as an argument, not both.</source>
        <translation>ポートフォリオは --open か引数のどちらか一方で指定してください。</translation>
    </message>
    <message>
        <source>--size only applies together with --screenshot.</source>
        <translation>--size は --screenshot と併用した場合のみ有効です。</translation>
    </message>
    <message>
        <source>--language expects en, de, fr, ja or system, not &quot;%1&quot;.</source>
        <translation>--language には en、de、fr、ja、system のいずれかを指定してください（「%1」は無効です）。</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT in pixels, each 1 to %1 (e.g. 1400x900), not &quot;%2&quot;.</source>
        <translation>--size には 幅x高さ をピクセルで、それぞれ1～%1で指定してください（例：1400x900）。「%2」は無効です。</translation>
    </message>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください（「%2」は無効です）。</translation>
    </message>
    <message>
        <source>--%1 %2 is outside the par-yield history %3 – %4.</source>
        <translation>--%1 %2 はパー・イールド履歴 %3 – %4 の範囲外です。</translation>
    </message>
    <message>
        <source>Write the client report of the portfolio as a PDF to &lt;file&gt; and exit, without showing a window.</source>
        <translation>ポートフォリオの顧客向けレポートをPDFとして &lt;file&gt; に書き出し、ウィンドウを表示せずに終了します。</translation>
    </message>
    <message>
        <source>Paper of the report: A4 or Letter (default: by the locale).</source>
        <translation>レポートの用紙：A4 または Letter（既定値：ロケールに従う）。</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Open the teaching preset &lt;name&gt; (see --list-presets) as a new document.</source>
        <translation>教材用プリセット &lt;name&gt;（--list-presets を参照）を新規ドキュメントとして開きます。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Print the preset names, one a line, and exit.</source>
        <translation>プリセット名を1行に1つずつ出力して終了します。</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen, large fonts, high contrast).</source>
        <translation>プレゼンテーション・モード（全画面、大きな文字、高コントラスト）で起動します。</translation>
    </message>
    <message>
        <source>Give either a portfolio file or --preset, not both.</source>
        <translation>ポートフォリオ・ファイルと --preset のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--report expects the name of the PDF file to write.</source>
        <translation>--report には書き出すPDFファイルの名前を指定してください。</translation>
    </message>
    <message>
        <source>Give either --screenshot or --report, not both.</source>
        <translation>--screenshot と --report のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--page-size only applies together with --report.</source>
        <translation>--page-size は --report と併用した場合のみ有効です。</translation>
    </message>
    <message>
        <source>--page-size expects A4 or Letter, not &quot;%1&quot;.</source>
        <translation>--page-size には A4 または Letter を指定してください（「%1」は無効です）。</translation>
    </message>
</context>
<context>
    <name>xm::CoreMessage</name>
    <message>
        <source>House account of a firm that clears at both FICC and CME</source>
        <translation>FICCとCMEの双方で清算を行う業者の自己口座</translation>
    </message>
    <message>
        <source>House cross-margining needs a firm that is a member of both FICC and CME</source>
        <translation>自己口座のクロスマージニングには、FICCとCMEの双方のメンバーである業者が必要です</translation>
    </message>
    <message>
        <source>Cleared through a dually registered broker-dealer/FCM that is a member of FICC and CME</source>
        <translation>FICCとCMEのメンバーであるブローカー・ディーラー/FCM二重登録業者を通じて清算</translation>
    </message>
    <message>
        <source>Customer cross-margining is only available through a firm that is both a registered broker-dealer and an FCM and a member of both FICC and CME (an Eligible BD-FCM); retail and other customer accounts elsewhere do not get it</source>
        <translation>顧客のクロスマージニングは、登録ブローカー・ディーラーかつFCMであり、FICCとCMEの双方のメンバーである業者（適格BD-FCM）を通じてのみ利用できます。それ以外の個人口座やその他の顧客口座は対象外です</translation>
    </message>
    <message>
        <source>The customer and the BD-FCM have both opted in</source>
        <translation>顧客とBD-FCMの双方がオプトイン済み</translation>
    </message>
    <message>
        <source>The customer and the BD-FCM must both opt in to cross-margining</source>
        <translation>顧客とBD-FCMの双方がクロスマージニングにオプトインする必要があります</translation>
    </message>
    <message>
        <source>U.S. Treasury note or bond cleared at FICC</source>
        <translation>FICCで清算される米国債（ノートまたはボンド）</translation>
    </message>
    <message>
        <source>Repo on Treasury collateral with %1 years to maturity (more than %2 years)</source>
        <translation>残存期間%1年の米国債を担保とするレポ（%2年超）</translation>
    </message>
    <message>
        <source>Repo collateral has %1 years to maturity; only repo on collateral with more than %2 years left is eligible</source>
        <translation>レポ担保の残存期間は%1年です。残存期間が%2年を超える担保のレポのみが適格です</translation>
    </message>
    <message>
        <source>Treasury bills are not among the eligible FICC products (notes, bonds, repo on &gt;1y collateral)</source>
        <translation>財務省短期証券（T-Bill）は適格なFICC商品（ノート、ボンド、残存1年超の担保のレポ）に含まれません</translation>
    </message>
    <message>
        <source>TIPS are excluded from cross-margining</source>
        <translation>TIPSはクロスマージニングの対象外です</translation>
    </message>
    <message>
        <source>STRIPS are excluded from cross-margining</source>
        <translation>STRIPSはクロスマージニングの対象外です</translation>
    </message>
    <message>
        <source>Floating-rate notes are not among the eligible FICC products (notes, bonds, repo on &gt;1y collateral)</source>
        <translation>変動利付債（FRN）は適格なFICC商品（ノート、ボンド、残存1年超の担保のレポ）に含まれません</translation>
    </message>
    <message>
        <source>%1 futures are eligible CME interest-rate futures</source>
        <translation>%1先物は適格なCME金利先物です</translation>
    </message>
    <message>
        <source>%1 is not on the list of eligible CME interest-rate futures</source>
        <translation>%1は適格なCME金利先物の一覧にありません</translation>
    </message>
    <message>
        <source>Options (on Treasury futures, or on bond ETFs such as TLT and IEF) are not in the cross-margining program</source>
        <translation>オプション（米国債先物や、TLT・IEFなどの債券ETFを原資産とするもの）はクロスマージニングの対象外です</translation>
    </message>
    <message>
        <source>A futures or options position cannot be cleared at FICC</source>
        <translation>先物・オプションのポジションはFICCでは清算できません</translation>
    </message>
    <message>
        <source>Cash and repo positions clear at FICC, not CME</source>
        <translation>現物とレポのポジションはCMEではなくFICCで清算されます</translation>
    </message>
    <message>
        <source>%1 overlapping %2-day scenarios ending %3 to %4</source>
        <translation>%3～%4に終わる、重なり合う%2日間シナリオ %1 件</translation>
    </message>
    <message>
        <source>+ %1 stress scenarios from %2 (%3 to %4)</source>
        <translation>＋ %2 のストレス・シナリオ %1 件（%3～%4）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 scenario changes interpolated in maturity from neighbouring tenors (no published yield)</source>
        <translation>%1：シナリオ変化 %3 件中 %2 件を隣接年限から補間（公表利回りなし）</translation>
    </message>
    <message>
        <source>No par yields published on %1; using the curve of %2.</source>
        <translation>%1 にはパー・イールドが公表されていないため、%2 のカーブを使用しています。</translation>
    </message>
    <message>
        <source>%1 par yield not published on %2; interpolated in maturity from neighbouring tenors.</source>
        <translation>%2 には %1 のパー・イールドが公表されていないため、隣接年限から補間しました。</translation>
    </message>
    <message>
        <source>Repo to %1 on %2</source>
        <translation>%2 を担保とする %1 までのレポ</translation>
    </message>
    <message>
        <source>Reverse repo to %1 on %2</source>
        <translation>%2 を担保とする %1 までのリバースレポ</translation>
    </message>
    <message>
        <source>Bill %1</source>
        <translation>T-Bill %1</translation>
    </message>
    <message>
        <source>TIPS (nominal proxy) %1</source>
        <translation>TIPS（名目債で近似） %1</translation>
    </message>
    <message>
        <source>FRN (3M proxy) %1</source>
        <translation>FRN（3か月物で近似） %1</translation>
    </message>
    <message>
        <source>%1 (CTD synthetic)</source>
        <translation>%1（CTDは合成）</translation>
    </message>
    <message>
        <source>%1 (CTD %2)</source>
        <translation>%1（CTD %2）</translation>
    </message>
    <message>
        <source>Option on %1 (delta %2)</source>
        <translation>%1 のオプション（デルタ %2）</translation>
    </message>
    <message>
        <source>99% %1-day loss of one %2 %3 contract over %4 business days to %5</source>
        <translation>%2 %3 限月1枚の%1日間99%損失（%5までの%4営業日）</translation>
    </message>
    <message>
        <source>published maintenance level (parameter file)</source>
        <translation>公表された維持証拠金水準（パラメータ・ファイル）</translation>
    </message>
    <message>
        <source>FICC VaR scenarios: %1</source>
        <translation>FICC VaRシナリオ：%1</translation>
    </message>
    <message>
        <source>The account is not eligible for cross-margining (see its eligibility): every position stays in the regular account, each CCP margining its own.</source>
        <translation>この口座はクロスマージニングの適格要件を満たしていません（適格性を参照）。すべてのポジションは通常口座に残り、各CCPがそれぞれ証拠金を計算します。</translation>
    </message>
    <message>
        <source>Cross-margining costs more than margining separately here: ineligible or unallocated positions that hedged eligible ones sit in the regular account, margined on their own.</source>
        <translation>ここではクロスマージニングの方が個別の証拠金より高くなります。適格ポジションをヘッジしていた非適格または未割当のポジションが通常口座に残り、単独で証拠金が計算されるためです。</translation>
    </message>
    <message>
        <source>Volatility stress (hypothetical): every historical scenario change and every scan range scaled by %1; haircuts and floors unchanged.</source>
        <translation>ボラティリティ・ストレス（仮定）：すべてのヒストリカル・シナリオ変化とすべてのスキャンレンジを%1倍。ヘアカットと下限は変更なし。</translation>
    </message>
    <message>
        <source>Our choice: from the first rise of the Federal Reserve&apos;s 2022 hiking cycle (FOMC, 16 March 2022) through the UK LDI gilt crisis (23 September to 14 October 2022) and the 10-year Treasury yield&apos;s 2022 high (24 October)</source>
        <translation>XMarginの選定：2022年のFRB利上げ局面の最初の利上げ（FOMC、2022年3月16日）から、英国のLDI・ギルト危機（2022年9月23日～10月14日）を経て、米国債10年利回りの2022年の高値（10月24日）まで</translation>
    </message>
    <message>
        <source>Hypothetical, sizes our choice: instantaneous parallel, steepener and flattener moves as in standard rate stress tests (e.g. BCBS interest rate risk in the banking book, 2016)</source>
        <translation>仮定（規模はXMarginの選定）：標準的な金利ストレス・テスト（例：BCBS「銀行勘定の金利リスク」、2016年）と同様の、瞬時のパラレル、スティープナー、フラットナーの変動</translation>
    </message>
    <message>
        <source>Hypothetical, multiplier our choice: scan ranges scaled as CCP stress add-ons do</source>
        <translation>仮定（倍率はXMarginの選定）：CCPのストレス・アドオンと同様にスキャンレンジを拡大</translation>
    </message>
    <message>
        <source>Model parameter ficc.stressWindows: %1</source>
        <translation>モデル・パラメータ ficc.stressWindows：%1</translation>
    </message>
</context>
<context>
    <name>xm::CoreText</name>
    <message>
        <source>FICC XM account</source>
        <translation>FICCクロスマージン口座</translation>
    </message>
    <message>
        <source>CME XM account</source>
        <translation>CMEクロスマージン口座</translation>
    </message>
    <message>
        <source>FICC regular account</source>
        <translation>FICC通常口座</translation>
    </message>
    <message>
        <source>CME regular account</source>
        <translation>CME通常口座</translation>
    </message>
    <message>
        <source>not margined</source>
        <translation>証拠金対象外</translation>
    </message>
    <message>
        <source>official</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>較正</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>仮定</translation>
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
        <translation>両方</translation>
    </message>
    <message>
        <source>each</source>
        <translation>それぞれ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>2008 financial crisis</source>
        <translation>2008年の金融危機</translation>
    </message>
    <message>
        <source>March 2020 dash for cash</source>
        <translation>2020年3月のダッシュ・フォー・キャッシュ</translation>
    </message>
    <message>
        <source>2022 rate-hike selloff</source>
        <translation>2022年の利上げ局面の売り</translation>
    </message>
</context>
<context>
    <name>xm::CurveTableModel</name>
    <message>
        <source>Not published by the U.S. Treasury on this date: interpolated in maturity from the neighbouring tenors.</source>
        <translation>この日は米国財務省による公表なし：隣接年限から補間しています。</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>年限</translation>
    </message>
    <message>
        <source>As of
%1</source>
        <translation>基準日
%1</translation>
    </message>
    <message>
        <source>Comparison
%1</source>
        <translation>比較
%1</translation>
    </message>
    <message>
        <source>Change
(bp)</source>
        <translation>変化
(bp)</translation>
    </message>
    <message>
        <source>Par yield, percent (bond-equivalent, semiannual)</source>
        <translation>パー・イールド（%、債券換算・半年複利）</translation>
    </message>
</context>
<context>
    <name>xm::DocumentController</name>
    <message>
        <source>portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>New portfolio: add positions with the pickers or the quick-entry line</source>
        <translation>新規ポートフォリオ：選択ダイアログまたはクイック入力欄でポジションを追加してください</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>サンプルを開く</translation>
    </message>
    <message>
        <source>Opened the example “%1”</source>
        <translation>サンプル「%1」を開きました</translation>
    </message>
    <message>
        <source>Open portfolio</source>
        <translation>ポートフォリオを開く</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not open %1; the open portfolio is unchanged.

%2</source>
        <translation>%1 を開けませんでした。開いているポートフォリオは変更されていません。

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Save portfolio as</source>
        <translation>名前を付けてポートフォリオを保存</translation>
    </message>
    <message>
        <source>Save portfolio</source>
        <translation>ポートフォリオを保存</translation>
    </message>
    <message>
        <source>Could not save the portfolio; nothing was written.

%1</source>
        <translation>ポートフォリオを保存できませんでした。何も書き込まれていません。

%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The portfolio “%1” has changes that are not saved.</source>
        <translation>ポートフォリオ「%1」には保存されていない変更があります。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>続行する前に保存しますか？</translation>
    </message>
    <message>
        <source>Import positions</source>
        <translation>ポジションの取り込み</translation>
    </message>
    <message>
        <source>Position CSV (*.csv);;All files (*)</source>
        <translation>ポジションCSV (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n position(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 件のポジションを取り込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import %1; no position was added.

%2</source>
        <translation>%1 を取り込めませんでした。ポジションは追加されていません。

%2</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; no position was added</source>
        <translation>%1 の取り込みを中止しました。ポジションは追加されていません</translation>
    </message>
    <message>
        <source>Export positions</source>
        <translation>ポジションの書き出し</translation>
    </message>
    <message>
        <source>Position CSV (*.csv)</source>
        <translation>ポジションCSV (*.csv)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>結果の書き出し</translation>
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
        <translation>何も書き込まれていません。

%1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <source>XMargin portfolio (*.xmargin)</source>
        <translation>XMarginポートフォリオ (*.xmargin)</translation>
    </message>
    <message>
        <source>an as-of date on or after %1, where the par-yield history starts</source>
        <translation>%1（パー・イールド履歴の開始日）以降の基準日</translation>
    </message>
    <message>
        <source>an as-of date the bundled data can value (%1)</source>
        <translation>同梱データで評価できる基準日（%1）</translation>
    </message>
    <message>
        <source>Recovered “%1”: save it to keep the changes</source>
        <translation>「%1」を復元しました：変更を残すには保存してください</translation>
    </message>
    <message>
        <source>Open preset</source>
        <translation>プリセットを開く</translation>
    </message>
    <message>
        <source>Opened the preset “%1”</source>
        <translation>プリセット「%1」を開きました</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートの書き出し</translation>
    </message>
    <message>
        <source>-report.pdf</source>
        <translation>-report.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>xm::EligibilityExplainer</name>
    <message>
        <source>Each rule with its result (✓ passes, ✗ fails) and its source; click a source to open it.</source>
        <translation>各ルールとその結果（✓ 充足、✗ 不充足）および出典。出典をクリックすると開きます。</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>テキストとしてコピー</translation>
    </message>
    <message>
        <source>Copy every rule, result and source to the clipboard as plain text</source>
        <translation>すべてのルール、結果、出典をプレーンテキストとしてクリップボードにコピー</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a rule to read it in full with its sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ルールを選択すると、出典とともに全文を表示します。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>xm::EligibilityExplainerModel</name>
    <message>
        <source>Eligible for cross-margining: its eligible positions are margined together</source>
        <translation>クロスマージニングの適格要件を満たしています：適格ポジションはまとめて証拠金が計算されます</translation>
    </message>
    <message>
        <source>Not eligible: every position stays in the regular accounts, each CCP margining its own</source>
        <translation>適格ではありません：すべてのポジションは通常口座に残り、各CCPがそれぞれ証拠金を計算します</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>割当</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1・%2（%3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
Click to open %2</source>
        <translation>%1
クリックして %2 を開く</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Source: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;出典：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>    %1 %2: %3</source>
        <translation>    %1 %2：%3</translation>
    </message>
    <message>
        <source>    %1 %2: %3 (source: %4)</source>
        <translation>    %1 %2：%3（出典：%4）</translation>
    </message>
</context>
<context>
    <name>xm::EligibilityText</name>
    <message>
        <source>SEC Release 34-104748 (91 FR 4994, 3 Feb 2026), FICC/CME customer cross-margining</source>
        <translation>SEC Release 34-104748（91 FR 4994、2026年2月3日）、FICC/CME顧客クロスマージニング</translation>
    </message>
    <message>
        <source>DTCC, FICC cross-margining: eligible products (dtcclearning.com)</source>
        <translation>DTCC、FICCクロスマージニング：適格商品（dtcclearning.com）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>CME Group, CME-FICC cross-margining arrangement FAQ</source>
        <translation>CME Group、CME-FICCクロスマージニング取決めFAQ</translation>
    </message>
    <message>
        <source>Common member</source>
        <translation>共通メンバー</translation>
    </message>
    <message>
        <source>Eligible BD-FCM</source>
        <translation>適格BD-FCM</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>オプトイン</translation>
    </message>
    <message>
        <source>Note or bond</source>
        <translation>ノートまたはボンド</translation>
    </message>
    <message>
        <source>Repo collateral term</source>
        <translation>レポ担保の残存期間</translation>
    </message>
    <message>
        <source>Treasury bill</source>
        <translation>T-Bill</translation>
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
        <translation>変動利付債（FRN）</translation>
    </message>
    <message>
        <source>Eligible future</source>
        <translation>適格先物</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>清算機関</translation>
    </message>
    <message>
        <source>bills not listed</source>
        <translation>T-Billは一覧に記載なし</translation>
    </message>
    <message>
        <source>FRNs not listed</source>
        <translation>FRNは一覧に記載なし</translation>
    </message>
    <message>
        <source>House account</source>
        <translation>自己口座</translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation>顧客口座</translation>
    </message>
    <message>
        <source>Passive: every eligible FICC position of the account is in the cross-margining account</source>
        <translation>パッシブ：口座の適格FICCポジションはすべてクロスマージン口座に入ります</translation>
    </message>
    <message>
        <source>Not allocated: the CME member keeps this future out of the cross-margining account</source>
        <translation>未割当：CMEの清算参加者はこの先物をクロスマージン口座に入れていません</translation>
    </message>
    <message>
        <source>Allocated to the cross-margining account (the CME member chooses which futures to move)</source>
        <translation>クロスマージン口座に割当済み（どの先物を移すかはCMEの清算参加者が選びます）</translation>
    </message>
    <message>
        <source>Marked for allocation to the cross-margining account</source>
        <translation>クロスマージン口座への割当を指定済み</translation>
    </message>
    <message>
        <source>CME, Treasury Rules-based Offset Engine: CME positions managed actively, FICC positions passively</source>
        <translation>CME、Treasury Rules-based Offset Engine：CMEポジションはアクティブ、FICCポジションはパッシブに管理</translation>
    </message>
    <message>
        <source>Not margined: it cannot be valued (%1).</source>
        <translation>証拠金対象外：評価できません（%1）。</translation>
    </message>
    <message>
        <source>Margined in the cross-margining account.</source>
        <translation>クロスマージン口座で証拠金が計算されます。</translation>
    </message>
    <message>
        <source>Stays in the regular FICC account: the account is not eligible, so it is margined on its own.</source>
        <translation>FICC通常口座に残ります：口座が適格ではないため、単独で証拠金が計算されます。</translation>
    </message>
    <message>
        <source>Stays in the regular CME account: the account is not eligible, so it is margined on its own.</source>
        <translation>CME通常口座に残ります：口座が適格ではないため、単独で証拠金が計算されます。</translation>
    </message>
    <message>
        <source>Stays in the regular FICC account: margined on its own.</source>
        <translation>FICC通常口座に残ります：単独で証拠金が計算されます。</translation>
    </message>
    <message>
        <source>Stays in the regular CME account: margined on its own.</source>
        <translation>CME通常口座に残ります：単独で証拠金が計算されます。</translation>
    </message>
    <message>
        <source>Stays in the regular CME account: not allocated, so it is margined on its own.</source>
        <translation>CME通常口座に残ります：未割当のため、単独で証拠金が計算されます。</translation>
    </message>
    <message>
        <source>Not margined.</source>
        <translation>証拠金対象外。</translation>
    </message>
</context>
<context>
    <name>xm::ExampleNames</name>
    <message>
        <source>Basis trade, 10y</source>
        <translation>ベーシス取引（10年）</translation>
    </message>
    <message>
        <source>Curve trade 2s10s across venues</source>
        <translation>両清算機関にまたがる2s10sカーブ取引</translation>
    </message>
    <message>
        <source>Basis trade, 10y, customer of a non-BD-FCM</source>
        <translation>ベーシス取引（10年、BD-FCM以外の業者の顧客）</translation>
    </message>
    <message>
        <source>Unhedged cash, 10y</source>
        <translation>ヘッジなし現物（10年）</translation>
    </message>
</context>
<context>
    <name>xm::FuturesPicker</name>
    <message>
        <source>Allocate to the cross-margining account</source>
        <translation>クロスマージン口座に割り当てる</translation>
    </message>
    <message>
        <source>Add a CME future</source>
        <translation>CME先物を追加</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3%4)</source>
        <translation>%1 %2（%3%4）</translation>
    </message>
    <message>
        <source>Contracts, e.g. -950 (short)</source>
        <translation>枚数（例：-950 は売り）</translation>
    </message>
    <message>
        <source>CME members choose which futures to move into the cross-margining account; unallocated futures are margined on their own.</source>
        <translation>CMEの清算参加者は、どの先物をクロスマージン口座に移すかを選びます。割り当てない先物は単独で証拠金が計算されます。</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>限月</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>枚数</translation>
    </message>
</context>
<context>
    <name>xm::Glossary</name>
    <message>
        <source>Initial margin</source>
        <translation>当初証拠金</translation>
    </message>
    <message>
        <source>Variation margin</source>
        <translation>変動証拠金</translation>
    </message>
    <message>
        <source>Maintenance margin</source>
        <translation>維持証拠金</translation>
    </message>
    <message>
        <source>Standalone margin</source>
        <translation>単独証拠金</translation>
    </message>
    <message>
        <source>Duplicated margin</source>
        <translation>重複証拠金</translation>
    </message>
    <message>
        <source>Cross-margining</source>
        <translation>クロスマージニング</translation>
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
        <translation>自己口座と顧客口座</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>オプトイン</translation>
    </message>
    <message>
        <source>HRP</source>
        <translation>HRP</translation>
    </message>
    <message>
        <source>Eligible product</source>
        <translation>適格商品</translation>
    </message>
    <message>
        <source>Allocation to cross-margining</source>
        <translation>クロスマージニングへの割当</translation>
    </message>
    <message>
        <source>80% cap</source>
        <translation>80%上限</translation>
    </message>
    <message>
        <source>Reduction factor</source>
        <translation>削減係数</translation>
    </message>
    <message>
        <source>Binding CCP</source>
        <translation>適用されるCCP</translation>
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
        <translation>HVaR（SPAN 2）</translation>
    </message>
    <message>
        <source>Scan range</source>
        <translation>スキャンレンジ</translation>
    </message>
    <message>
        <source>Stress window</source>
        <translation>ストレス期間</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>ヘアカット</translation>
    </message>
    <message>
        <source>Margin Liquidity Adjustment</source>
        <translation>マージン流動性調整（MLA）</translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>レポ（買戻条件付取引）</translation>
    </message>
    <message>
        <source>Reverse repo</source>
        <translation>リバースレポ</translation>
    </message>
    <message>
        <source>DV01</source>
        <translation>DV01</translation>
    </message>
    <message>
        <source>Key-rate DV01</source>
        <translation>キーレートDV01</translation>
    </message>
    <message>
        <source>CTD</source>
        <translation>CTD</translation>
    </message>
    <message>
        <source>Conversion factor</source>
        <translation>交換比率（コンバージョン・ファクター）</translation>
    </message>
    <message>
        <source>Implied repo rate</source>
        <translation>インプライド・レポレート</translation>
    </message>
    <message>
        <source>Par yield</source>
        <translation>パー・イールド</translation>
    </message>
    <message>
        <source>SOFR</source>
        <translation>SOFR</translation>
    </message>
    <message>
        <source>Basis trade</source>
        <translation>ベーシス取引</translation>
    </message>
    <message>
        <source>Hedge ratio</source>
        <translation>ヘッジ比率</translation>
    </message>
    <message>
        <source>Incremental margin</source>
        <translation>増分証拠金</translation>
    </message>
    <message>
        <source>CUSIP</source>
        <translation>CUSIP</translation>
    </message>
    <message>
        <source>Collateral a clearing house collects up front to cover the loss it could suffer while it closes out the positions of a member that has defaulted.</source>
        <translation>清算機関が、破綻した参加者のポジションを手仕舞う間に被り得る損失に備えて、事前に徴収する担保です。</translation>
    </message>
    <message>
        <source>The daily payment that settles gains and losses at market prices. Cross-margining does not change it, and XMargin does not model it.</source>
        <translation>損益を時価で日々決済する支払いです。クロスマージニングによって変わることはなく、XMarginでは計算しません。</translation>
    </message>
    <message>
        <source>The margin CME requires to keep futures positions open. Initial margin equals it, or 110% of it for HRP accounts.</source>
        <translation>CMEが先物ポジションを維持するために求める証拠金です。当初証拠金はこれと等しく、HRP口座ではその110%です。</translation>
    </message>
    <message>
        <source>What one clearing house requires on its own positions, as if the other side of a hedge did not exist.</source>
        <translation>ヘッジの反対側が存在しないものとして、1つの清算機関が自らのポジションだけに求める証拠金です。</translation>
    </message>
    <message>
        <source>FICC&apos;s and CME&apos;s standalone requirements added up: what a hedged portfolio posts without cross-margining, because each clearing house sees only one side of the hedge.</source>
        <translation>FICCとCMEの単独所要額の合計です。各清算機関がヘッジの片側しか見ないため、クロスマージニングがなければヘッジ済みポートフォリオはこの額を差し入れます。</translation>
    </message>
    <message>
        <source>An arrangement in which FICC and CME recognise that Treasury positions at FICC and interest-rate futures at CME offset each other, and both lower their margin accordingly.</source>
        <translation>FICCの米国債ポジションとCMEの金利先物が互いに相殺し合うことをFICCとCMEが認め、双方が証拠金をそれに応じて引き下げる取決めです。</translation>
    </message>
    <message>
        <source>Fixed Income Clearing Corporation, part of DTCC. Its Government Securities Division clears U.S. Treasury trades and repo.</source>
        <translation>Fixed Income Clearing Corporation（DTCC傘下）。その政府証券部門（GSD）が米国債取引とレポを清算します。</translation>
    </message>
    <message>
        <source>CME Clearing, the clearing house of CME Group. It clears Treasury, SOFR and Fed funds futures.</source>
        <translation>CME Groupの清算機関であるCME Clearing。米国債先物、SOFR先物、FF金利先物を清算します。</translation>
    </message>
    <message>
        <source>Central counterparty: a clearing house that becomes the buyer to every seller and the seller to every buyer, and collects margin to cover a member&apos;s default.</source>
        <translation>中央清算機関：すべての売り手に対する買い手、すべての買い手に対する売り手となり、参加者の破綻に備えて証拠金を徴収する清算機関です。</translation>
    </message>
    <message>
        <source>A firm registered both as a broker-dealer (SEC) and as a futures commission merchant (CFTC). Customers can cross-margin only through such a firm that is a member of FICC and CME.</source>
        <translation>ブローカー・ディーラー（SEC）と先物取次業者（CFTC）の両方に登録された業者です。顧客は、FICCとCMEのメンバーであるこのような業者を通じてのみクロスマージニングを利用できます。</translation>
    </message>
    <message>
        <source>A house account holds the clearing member&apos;s own positions; a customer account holds a client&apos;s positions, cleared through the member.</source>
        <translation>自己口座は清算参加者自身のポジションを、顧客口座は参加者を通じて清算される顧客のポジションを保有します。</translation>
    </message>
    <message>
        <source>Customer cross-margining is voluntary: the customer and the BD-FCM must both agree to put the account into the arrangement.</source>
        <translation>顧客のクロスマージニングは任意です。口座を取決めの対象とするには、顧客とBD-FCMの双方の同意が必要です。</translation>
    </message>
    <message>
        <source>Heightened risk profile: CME accounts of this kind post initial margin above maintenance margin (110% of it).</source>
        <translation>高リスク・プロファイル（Heightened Risk Profile）：この種のCME口座は維持証拠金を上回る当初証拠金（その110%）を差し入れます。</translation>
    </message>
    <message>
        <source>A product the arrangement admits: Treasury notes and bonds, and repo on collateral with more than a year left, at FICC; listed Treasury, SOFR and Fed funds futures at CME. Bills, TIPS, STRIPS, floating-rate notes and options are excluded.</source>
        <translation>取決めの対象となる商品：FICCでは米国債のノートとボンド、および残存1年超の担保のレポ。CMEでは上場の米国債先物、SOFR先物、FF金利先物。T-Bill、TIPS、STRIPS、変動利付債、オプションは対象外です。</translation>
    </message>
    <message>
        <source>The CME clearing member chooses which eligible futures go into the cross-margining account; futures left out are margined on their own.</source>
        <translation>CMEの清算参加者は、どの適格先物をクロスマージン口座に入れるかを選びます。入れなかった先物は単独で証拠金が計算されます。</translation>
    </message>
    <message>
        <source>The reduction cross-margining gives never exceeds 80% of the eligible positions&apos; margin, however well they hedge each other.</source>
        <translation>クロスマージニングによる削減は、ポジション同士のヘッジがどれほど有効でも、適格ポジションの証拠金の80%を超えません。</translation>
    </message>
    <message>
        <source>How far a clearing house lowers its margin: one minus the margin of both legs together divided by the sum of the legs&apos; separate margins (r_F for FICC, r_C for CME), at most the cap.</source>
        <translation>清算機関が証拠金をどれだけ下げるか：1から「両レッグ合算の証拠金 ÷ 各レッグ単独の証拠金の合計」を引いた値（FICCはr_F、CMEはr_C）で、上限を超えません。</translation>
    </message>
    <message>
        <source>The clearing house whose smaller reduction factor applies when the more conservative of the two is used.</source>
        <translation>2つのうち保守的な方を用いる場合に、小さい方の削減係数が適用される清算機関です。</translation>
    </message>
    <message>
        <source>Value at risk: the loss a portfolio exceeds only with a small probability (for example 1%) over a set horizon, read from historical scenarios. FICC margins Treasury positions with a VaR model.</source>
        <translation>バリュー・アット・リスク：一定期間にポートフォリオの損失がそれを超える確率が小さい（例：1%）損失額で、ヒストリカル・シナリオから求めます。FICCは米国債ポジションの証拠金をVaRモデルで計算します。</translation>
    </message>
    <message>
        <source>Standard Portfolio Analysis of Risk, CME&apos;s classic margin method: a price scan range per contract, charges for calendar spreads and credits between related contracts.</source>
        <translation>Standard Portfolio Analysis of Risk。CMEの従来型証拠金計算手法で、銘柄ごとの価格スキャンレンジ、カレンダー・スプレッドのチャージ、関連銘柄間のクレジットから成ります。</translation>
    </message>
    <message>
        <source>Historical value at risk, the approach of CME&apos;s newer SPAN 2 framework: the loss at a quantile of the portfolio&apos;s P&amp;L over historical scenarios.</source>
        <translation>ヒストリカルVaR。CMEの新しいSPAN 2の手法で、ヒストリカル・シナリオにおけるポートフォリオ損益の分位点での損失です。</translation>
    </message>
    <message>
        <source>In SPAN, the price move per contract the margin must cover. XMargin uses published maintenance levels where the parameter file has them and calibrates the others on history.</source>
        <translation>SPANにおいて、証拠金がカバーすべき1枚当たりの価格変動です。XMarginはパラメータ・ファイルにある場合は公表された維持水準を使い、それ以外は履歴から較正します。</translation>
    </message>
    <message>
        <source>A past period of market stress whose scenarios are added to the VaR lookback, so the margin remembers turbulent markets.</source>
        <translation>過去の市場ストレス期間で、そのシナリオをVaRの観測期間に加えることで、証拠金が荒れた相場を反映するようにします。</translation>
    </message>
    <message>
        <source>A percentage taken off a security&apos;s value. In repo, the cash lent is that much less than the collateral is worth; FICC charges positions with a year or less to maturity a haircut instead of VaR.</source>
        <translation>証券の価値から差し引く割合です。レポでは、貸し出す資金が担保価値よりその分だけ少なくなります。FICCは残存1年以下のポジションにVaRの代わりにヘアカットを課します。</translation>
    </message>
    <message>
        <source>A FICC add-on for large net exposure in one maturity bucket: the extra cost of liquidating a concentrated position.</source>
        <translation>1つの残存期間帯における大きなネット・エクスポージャーに対するFICCの追加証拠金で、集中したポジションを清算する追加コストを表します。</translation>
    </message>
    <message>
        <source>Repurchase agreement: one side sells a Treasury security and agrees to buy it back later at a set price; in effect a loan secured by the security.</source>
        <translation>買戻条件付取引：一方が米国債を売却し、後日あらかじめ決めた価格で買い戻すことを約束する取引で、実質的には債券を担保とする借入です。</translation>
    </message>
    <message>
        <source>The other side of a repo: buying a security now and selling it back later, that is lending cash against Treasury collateral.</source>
        <translation>レポの反対側：証券を今買い、後日売り戻す取引、つまり米国債を担保に資金を貸し出す取引です。</translation>
    </message>
    <message>
        <source>Dollar value of one basis point: how much a position gains or loses when yields move by 0.01 percentage points. XMargin shows the profit of a 1bp fall in yields.</source>
        <translation>1ベーシスポイントのドル価値：利回りが0.01%ポイント動いたときのポジションの損益です。XMarginは利回りが1bp低下したときの利益を表示します。</translation>
    </message>
    <message>
        <source>DV01 split by maturity: the gain or loss when only one point of the yield curve (2y, 5y, 10y, …) moves by one basis point.</source>
        <translation>年限別に分解したDV01：イールドカーブの1点（2年、5年、10年…）だけが1bp動いたときの損益です。</translation>
    </message>
    <message>
        <source>Cheapest to deliver: of the bonds the seller of a Treasury future may deliver, the one that costs least. The future&apos;s price and risk follow it.</source>
        <translation>最割安銘柄（Cheapest to Deliver）：米国債先物の売り手が受渡しできる債券のうち最も安いものです。先物の価格とリスクはこの銘柄に連動します。</translation>
    </message>
    <message>
        <source>The factor that turns a futures price into the invoice price of one deliverable bond: roughly that bond&apos;s price, per 1 of face, at a 6% yield.</source>
        <translation>先物価格を受渡適格債の受渡価格に換算する係数で、おおよそ利回り6%でのその債券の額面1当たりの価格です。</translation>
    </message>
    <message>
        <source>The financing rate earned by buying a deliverable bond, selling the future and delivering the bond. The highest one usually marks the CTD.</source>
        <translation>受渡適格債を買い、先物を売って、その債券を受け渡すことで得られる調達金利です。通常、最も高いものがCTDとなります。</translation>
    </message>
    <message>
        <source>The coupon at which a Treasury security would be priced at par. The Treasury publishes a par yield curve every business day; XMargin builds its curve from it.</source>
        <translation>米国債が額面（パー）で値付けされる利率です。米国財務省が営業日ごとにパー・イールド・カーブを公表しており、XMarginはそこから自らのカーブを構築します。</translation>
    </message>
    <message>
        <source>Secured Overnight Financing Rate: the benchmark rate of overnight Treasury repo, published by the Federal Reserve Bank of New York.</source>
        <translation>Secured Overnight Financing Rate：米国債を担保とする翌日物レポの指標金利で、ニューヨーク連邦準備銀行が公表します。</translation>
    </message>
    <message>
        <source>Long Treasury bonds financed in repo and hedged with short Treasury futures (or the reverse), to earn the gap between bond and futures prices.</source>
        <translation>レポで資金調達した米国債の買いを米国債先物の売りでヘッジする（またはその逆の）取引で、債券価格と先物価格の差を収益とします。</translation>
    </message>
    <message>
        <source>The size of the hedge relative to the position it hedges; 100% here means DV01-neutral: the futures&apos; DV01 offsets the bonds&apos;.</source>
        <translation>ヘッジ対象ポジションに対するヘッジの大きさです。ここでの100%はDV01中立、つまり先物のDV01が債券のDV01を相殺する状態を意味します。</translation>
    </message>
    <message>
        <source>How much one position changes the cross-margined requirement: the requirement with it minus without it. Negative means the position saves margin.</source>
        <translation>1つのポジションがクロスマージン後の所要額をどれだけ変えるか：そのポジションがある場合の所要額からない場合の所要額を引いたものです。マイナスはそのポジションが証拠金を節約することを意味します。</translation>
    </message>
    <message>
        <source>The nine-character identifier of a U.S. security, such as 91282CLF6.</source>
        <translation>米国証券の9桁の識別コードです（例：91282CLF6）。</translation>
    </message>
</context>
<context>
    <name>xm::GlossaryWindow</name>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>Search terms and definitions</source>
        <translation>用語と定義を検索</translation>
    </message>
    <message>
        <source>No term matches the search.</source>
        <translation>検索に一致する用語はありません。</translation>
    </message>
</context>
<context>
    <name>xm::HedgeRatioChart</name>
    <message>
        <source>%1 (%2 contracts)</source>
        <translation>%1（%2枚）</translation>
    </message>
    <message>
        <source>%1 (%2 face)</source>
        <translation>%1（額面%2）</translation>
    </message>
    <message>
        <source>Margin versus hedge ratio</source>
        <translation>ヘッジ比率別の証拠金</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>クロスマージン後</translation>
    </message>
    <message>
        <source>FICC standalone</source>
        <translation>FICC単独</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME単独</translation>
    </message>
    <message>
        <source>Current hedge</source>
        <translation>現在のヘッジ</translation>
    </message>
    <message>
        <source>Lowest cross-margined</source>
        <translation>クロスマージン後の最小値</translation>
    </message>
    <message>
        <source>The position whose quantity the chart varies against the rest of the portfolio</source>
        <translation>ポートフォリオの他の部分に対して、チャートが数量を変化させるポジション</translation>
    </message>
    <message>
        <source>Hedge &amp;leg:</source>
        <translation>ヘッジ・レッグ(&amp;L)：</translation>
    </message>
    <message>
        <source>Move the hedge: sets the leg&apos;s quantity to this share of the DV01-neutral quantity (Edit &gt; Undo takes it back)</source>
        <translation>ヘッジを動かす：レッグの数量をDV01中立数量に対するこの割合に設定します（編集 &gt; 元に戻す で取り消せます）</translation>
    </message>
    <message>
        <source>Mo&amp;ve hedge:</source>
        <translation>ヘッジを動かす(&amp;V)：</translation>
    </message>
    <message>
        <source>Hedge ratio (% of the DV01-neutral quantity)</source>
        <translation>ヘッジ比率（DV01中立数量に対する%）</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>当初証拠金（USD）</translation>
    </message>
    <message>
        <source>Other positions held as they are</source>
        <translation>その他のポジションは現状のまま</translation>
    </message>
    <message>
        <source>DV01-neutral</source>
        <translation>DV01中立</translation>
    </message>
    <message>
        <source>No position with DV01 to vary: add positions to the portfolio</source>
        <translation>変化させるDV01を持つポジションがありません：ポートフォリオにポジションを追加してください</translation>
    </message>
    <message>
        <source>Nothing to hedge: the leg or the rest of the portfolio has no DV01</source>
        <translation>ヘッジ対象がありません：レッグまたはポートフォリオの残りにDV01がありません</translation>
    </message>
    <message>
        <source>The sweep has no points</source>
        <translation>スイープに点がありません</translation>
    </message>
    <message>
        <source>Margin versus hedge ratio: %1</source>
        <translation>ヘッジ比率別の証拠金：%1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在：%1</translation>
    </message>
    <message>
        <source>Now: %1, the lowest</source>
        <translation>現在：%1（最小）</translation>
    </message>
    <message>
        <source>Lowest: %1 at %2%</source>
        <translation>最小：%2%で%1</translation>
    </message>
    <message>
        <source>Hedge %1% of DV01-neutral: %2
Duplicated:  %3
Cross-margined:  %4
FICC standalone:  %5
CME standalone:  %6</source>
        <translation>DV01中立の%1%のヘッジ：%2
重複：  %3
クロスマージン後：  %4
FICC単独：  %5
CME単独：  %6</translation>
    </message>
    <message>
        <source>%1 contracts</source>
        <translation>%1枚</translation>
    </message>
    <message>
        <source>%1 face</source>
        <translation>額面%1</translation>
    </message>
    <message>
        <source>
Saving:  %1 (%2)</source>
        <translation>
削減額：  %1（%2）</translation>
    </message>
</context>
<context>
    <name>xm::KeyRateLadderChart</name>
    <message>
        <source>Key-rate DV01 ladder</source>
        <translation>キーレートDV01ラダー</translation>
    </message>
    <message>
        <source>Par-yield tenor (key rate)</source>
        <translation>パー・イールド年限（キーレート）</translation>
    </message>
    <message>
        <source>DV01 (USD per bp)</source>
        <translation>DV01（USD/bp）</translation>
    </message>
    <message>
        <source>DV01: USD gained when that par yield falls 1bp · Futures through their cheapest-to-deliver</source>
        <translation>DV01：そのパー・イールドが1bp低下したときの利益（USD）・先物は最割安銘柄（CTD）経由</translation>
    </message>
    <message>
        <source>FICC leg</source>
        <translation>FICCレッグ</translation>
    </message>
    <message>
        <source>CME leg</source>
        <translation>CMEレッグ</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>ネット</translation>
    </message>
    <message>
        <source>%1 (total %2)</source>
        <translation>%1（合計 %2）</translation>
    </message>
    <message>
        <source>No interest-rate risk: add positions to the portfolio</source>
        <translation>金利リスクがありません：ポートフォリオにポジションを追加してください</translation>
    </message>
    <message>
        <source>%1 key rate, DV01 per bp
FICC leg:  %2
CME leg:  %3
Net:  %4</source>
        <translation>キーレート %1、DV01（1bp当たり）
FICCレッグ：  %2
CMEレッグ：  %3
ネット：  %4</translation>
    </message>
</context>
<context>
    <name>xm::Language</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
</context>
<context>
    <name>xm::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Takes effect the next time XMargin starts</source>
        <translation>XMarginの次回起動時に反映されます</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>XMargin will use the new language the next time it starts.</source>
        <translation>新しい言語はXMarginの次回起動時から使われます。</translation>
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
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import positions CSV…</source>
        <translation>ポジションCSVを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;positions CSV…</source>
        <translation>ポジションCSVを書き出す(&amp;P)…</translation>
    </message>
    <message>
        <source>Export results &amp;JSON…</source>
        <translation>結果をJSONで書き出す(&amp;J)…</translation>
    </message>
    <message>
        <source>Export results &amp;CSV…</source>
        <translation>結果をCSVで書き出す(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>チャートを書き出す(&amp;H)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Add &amp;security…</source>
        <translation>証券を追加(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Add &amp;future…</source>
        <translation>先物を追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Model &amp;settings…</source>
        <translation>モデル設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About XMargin</source>
        <translation>XMarginについて(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>用語集(&amp;G)</translation>
    </message>
    <message>
        <source>Every term of cross-margining explained, with a search</source>
        <translation>クロスマージニングの用語をすべて解説（検索付き）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Start an empty portfolio in the same account</source>
        <translation>同じ口座で空のポートフォリオを開始</translation>
    </message>
    <message>
        <source>Open a portfolio (.xmargin)</source>
        <translation>ポートフォリオを開く（.xmargin）</translation>
    </message>
    <message>
        <source>Save the portfolio</source>
        <translation>ポートフォリオを保存</translation>
    </message>
    <message>
        <source>Every model parameter with its provenance; the cross-margin reading and the CME model</source>
        <translation>すべてのモデル・パラメータとその出所、クロスマージンの解釈とCMEモデル</translation>
    </message>
    <message>
        <source>Par-yield curve</source>
        <translation>パー・イールド・カーブ</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>口座</translation>
    </message>
    <message>
        <source>Calculation trace</source>
        <translation>計算過程</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>As-of date: the Treasury curve, the futures baskets and the VaR lookback end here. A day without a curve moves to the previous curve date.</source>
        <translation>基準日：米国債カーブ、先物の受渡適格銘柄群、VaRの観測期間はこの日で終わります。カーブのない日は直前のカーブ日に移ります。</translation>
    </message>
    <message>
        <source>As of </source>
        <translation>基準日 </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open E&amp;xample</source>
        <translation>サンプルを開く(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>Par yields %1 – %2, %3 days · U.S. Treasury</source>
        <translation>パー・イールド %1 – %2、%3日分・米国財務省</translation>
    </message>
    <message>
        <source>Model estimates, not a CCP statement</source>
        <translation>モデルによる推計値であり、CCPの通知ではありません</translation>
    </message>
    <message>
        <source>Model settings</source>
        <translation>モデル設定</translation>
    </message>
    <message>
        <source>These parameters cannot be used; nothing changed.

%1</source>
        <translation>これらのパラメータは使用できません。何も変更されていません。

%1</translation>
    </message>
    <message>
        <source>XMargin — %1[*]</source>
        <translation>XMargin — %1[*]</translation>
    </message>
    <message>
        <source>Model %1 · XM: %2 · CME: %3</source>
        <translation>モデル %1・XM：%2・CME：%3</translation>
    </message>
    <message>
        <source>SPAN-like</source>
        <translation>SPAN型</translation>
    </message>
    <message>
        <source>HVaR</source>
        <translation>HVaR</translation>
    </message>
    <message>
        <source>Cannot value the portfolio on %1: %2</source>
        <translation>%1 時点でポートフォリオを評価できません：%2</translation>
    </message>
    <message>
        <source>About XMargin</source>
        <translation>XMarginについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;XMargin %1&lt;/h3&gt;&lt;p&gt;Shows what FICC–CME cross-margining does to initial margin on a U.S. Treasury cash, repo and futures portfolio. Figures are model estimates, not a CCP statement.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), QCustomPlot %3 by Emanuel Eichhammer (GPL-3.0-or-later) and Eigen (MPL-2.0).&lt;/p&gt;&lt;p&gt;Data: Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury (public domain); SOFR, Federal Reserve Bank of New York; Treasury futures contract terms, CME Group.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;XMargin %1&lt;/h3&gt;&lt;p&gt;FICC–CMEクロスマージニングが、米国債の現物・レポ・先物ポートフォリオの当初証拠金に与える効果を示します。数値はモデルによる推計値であり、CCPの通知ではありません。&lt;/p&gt;&lt;p&gt;ライセンス：GNU General Public License バージョン3以降（GPL-3.0-or-later）。&lt;/p&gt;&lt;p&gt;Qt %2（LGPL-3.0）、Emanuel Eichhammer氏のQCustomPlot %3（GPL-3.0-or-later）、Eigen（MPL-2.0）を使用しています。&lt;/p&gt;&lt;p&gt;データ：Daily Treasury Par Yield Curve Rates、米国財務省（パブリックドメイン）、SOFR、ニューヨーク連邦準備銀行、米国債先物の契約条件、CME Group。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>レポートをPDFで書き出す(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>S&amp;tress test…</source>
        <translation>ストレス・テスト(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Requirements before and after a historical window, a curve shock or a volatility stress</source>
        <translation>ヒストリカル期間、カーブ・ショック、ボラティリティ・ストレスの前後の所要額</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>適格性</translation>
    </message>
    <message>
        <source>Stress test — XMargin</source>
        <translation>ストレス・テスト — XMargin</translation>
    </message>
    <message>
        <source>What cross-margining does not do</source>
        <translation>クロスマージニングでできないこと</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>プリセット(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Start page…</source>
        <translation>スタートページ(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;What cross-margining does not do</source>
        <translation>クロスマージニングでできないこと(&amp;W)</translation>
    </message>
</context>
<context>
    <name>xm::MarginComparisonChart</name>
    <message>
        <source>Initial margin: cross-margined versus duplicated</source>
        <translation>当初証拠金：クロスマージン後と重複の比較</translation>
    </message>
    <message>
        <source>FICC (cash and repo)</source>
        <translation>FICC（現物・レポ）</translation>
    </message>
    <message>
        <source>CME (futures)</source>
        <translation>CME（先物）</translation>
    </message>
    <message>
        <source>Duplicated
(each CCP on its own)</source>
        <translation>重複
（各CCPが単独）</translation>
    </message>
    <message>
        <source>Cross-margined
(FICC–CME arrangement)</source>
        <translation>クロスマージン後
（FICC–CME取決め）</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>当初証拠金（USD）</translation>
    </message>
    <message>
        <source>No margin: add positions to the portfolio</source>
        <translation>証拠金がありません：ポートフォリオにポジションを追加してください</translation>
    </message>
    <message>
        <source>The account is not eligible: each CCP margins its positions on its own</source>
        <translation>この口座は適格ではありません：各CCPが自らのポジションの証拠金を単独で計算します</translation>
    </message>
    <message>
        <source>Offset: %1 of the cross-margined positions&apos; margin, held there by the %2 cap</source>
        <translation>相殺：クロスマージン対象ポジションの証拠金の%1（上限%2で頭打ち）</translation>
    </message>
    <message>
        <source>Offset: %1 of the cross-margined positions&apos; margin (cap %2)</source>
        <translation>相殺：クロスマージン対象ポジションの証拠金の%1（上限%2）</translation>
    </message>
    <message>
        <source>No saving:
nothing to offset
across the CCPs</source>
        <translation>削減なし：
CCP間で相殺する
ものがありません</translation>
    </message>
    <message>
        <source>No saving:
the account is
not eligible</source>
        <translation>削減なし：
この口座は
適格ではありません</translation>
    </message>
    <message>
        <source>Saving
%1
%2 less</source>
        <translation>削減額
%1
%2減</translation>
    </message>
    <message>
        <source>Extra margin
%1
%2 more</source>
        <translation>追加証拠金
%1
%2増</translation>
    </message>
    <message>
        <source>Duplicated: each CCP margins its own positions</source>
        <translation>重複：各CCPが自らのポジションの証拠金を計算</translation>
    </message>
    <message>
        <source>Cross-margined: %1 offset on the eligible margin</source>
        <translation>クロスマージン後：適格証拠金に対し%1を相殺</translation>
    </message>
    <message>
        <source>%1
FICC:  %2
CME:  %3
Total:  %4</source>
        <translation>%1
FICC：  %2
CME：  %3
合計：  %4</translation>
    </message>
</context>
<context>
    <name>xm::MarginHistoryChart</name>
    <message>
        <source>Margin through history for this portfolio</source>
        <translation>このポートフォリオの証拠金の推移</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>クロスマージン後</translation>
    </message>
    <message>
        <source>Last %1 years</source>
        <translation>直近%1年</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>Stress window in FICC&apos;s scenarios</source>
        <translation>FICCシナリオのストレス期間</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>当初証拠金（USD）</translation>
    </message>
    <message>
        <source>Today&apos;s positions and sensitivities; each day with its own lookback and scan ranges</source>
        <translation>本日のポジションと感応度を使用。各日は独自の観測期間とスキャンレンジで計算</translation>
    </message>
    <message>
        <source>No margin history: add positions to the portfolio</source>
        <translation>証拠金の履歴がありません：ポートフォリオにポジションを追加してください</translation>
    </message>
    <message>
        <source>%1
Duplicated:  %2
Cross-margined:  %3</source>
        <translation>%1
重複：  %2
クロスマージン後：  %3</translation>
    </message>
    <message>
        <source>
Saving:  %1 (%2)</source>
        <translation>
削減額：  %1（%2）</translation>
    </message>
    <message>
        <source>
Stress window: %1</source>
        <translation>
ストレス期間：%1</translation>
    </message>
</context>
<context>
    <name>xm::MarginReport</name>
    <message>
        <source>Initial margin: cross-margined versus duplicated</source>
        <translation>当初証拠金：クロスマージン後と重複の比較</translation>
    </message>
    <message>
        <source>expected a report that can be drawn (the PDF writer refused to start)</source>
        <translation>描画可能なレポート（PDF出力を開始できませんでした）</translation>
    </message>
    <message>
        <source>Untitled portfolio</source>
        <translation>無題のポートフォリオ</translation>
    </message>
    <message>
        <source>broker-dealer</source>
        <translation>ブローカー・ディーラー</translation>
    </message>
    <message>
        <source>FCM</source>
        <translation>FCM</translation>
    </message>
    <message>
        <source>FICC member</source>
        <translation>FICCメンバー</translation>
    </message>
    <message>
        <source>CME member</source>
        <translation>CMEメンバー</translation>
    </message>
    <message>
        <source>%1 account; clearing firm: %2; %3; CME risk profile %4</source>
        <translation>%1口座。清算業者：%2。%3。CMEリスク・プロファイル：%4</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>House</source>
        <translation>自己</translation>
    </message>
    <message>
        <source>no registration</source>
        <translation>登録なし</translation>
    </message>
    <message>
        <source>opted in to cross-margining</source>
        <translation>クロスマージニングにオプトイン済み</translation>
    </message>
    <message>
        <source>not opted in to cross-margining</source>
        <translation>クロスマージニングに未オプトイン</translation>
    </message>
    <message>
        <source>HRP</source>
        <translation>HRP</translation>
    </message>
    <message>
        <source>non-HRP</source>
        <translation>非HRP</translation>
    </message>
    <message>
        <source>XMargin · client report</source>
        <translation>XMargin・顧客向けレポート</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>口座</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>%1 at FICC, %2 at CME</source>
        <translation>FICC %1 件、CME %2 件</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>%1 (XM reading: %2)</source>
        <translation>%1（XM解釈：%2）</translation>
    </message>
    <message>
        <source>Model estimates, not a CCP statement. XMargin rebuilds FICC&apos;s and CME&apos;s margin methodologies from public rules and data; the clearing houses&apos; own figures can differ. See the disclaimer at the end.</source>
        <translation>モデルによる推計値であり、CCPの通知ではありません。XMarginはFICCとCMEの証拠金計算手法を公開の規則とデータから再構築しています。清算機関自身の数値とは異なる場合があります。末尾の免責事項をご覧ください。</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>主要数値</translation>
    </message>
    <message>
        <source>FICC standalone</source>
        <translation>FICC単独</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME単独</translation>
    </message>
    <message>
        <source>Duplicated (both CCPs)</source>
        <translation>重複（両CCP）</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>クロスマージン後</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>削減額</translation>
    </message>
    <message>
        <source>Savings, % of duplicated</source>
        <translation>削減率（重複比%）</translation>
    </message>
    <message>
        <source>Binding CCP</source>
        <translation>適用されるCCP</translation>
    </message>
    <message>
        <source>80% cap binds</source>
        <translation>80%上限の適用</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>適格性</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>銘柄名</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The portfolio has no positions.</source>
        <translation>ポートフォリオにポジションがありません。</translation>
    </message>
    <message>
        <source>Quantity: %1. DV01: %2 Incremental margin: %3 Allocate to XM: CME futures the firm moves into the cross-margining account; every eligible FICC position is in it.</source>
        <translation>数量：%1。DV01：%2 増分証拠金：%3 XMに割当：清算業者がクロスマージン口座に移すCME先物。適格なFICCポジションはすべてこの口座に入ります。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>チャート</translation>
    </message>
    <message>
        <source>Calculation trace</source>
        <translation>計算過程</translation>
    </message>
    <message>
        <source>Every intermediate number behind the headline figures, with the formula and the numbers filled in, or the rule and its source. Amounts in USD.</source>
        <translation>主要数値の背後にあるすべての中間値を、数値を代入した計算式、またはルールとその出典とともに示します。金額はUSD。</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>値（USD）</translation>
    </message>
    <message>
        <source>How it is obtained</source>
        <translation>算出方法</translation>
    </message>
    <message>
        <source>Parameters and their provenance</source>
        <translation>パラメータとその出所</translation>
    </message>
    <message>
        <source>Model %1; cross-margin reading: %2. Official: published by FICC, CME or a regulator. Calibrated: computed by XMargin from the bundled public data at the as-of date. Assumed: XMargin&apos;s own choice where nothing is published, or a value changed in XMargin.</source>
        <translation>モデル %1、クロスマージンの解釈：%2。公式：FICC、CMEまたは規制当局が公表した値。較正：XMarginが同梱の公開データから基準日時点で算出した値。仮定：公表値がない場合のXMargin独自の選択、またはXMarginで変更した値。</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>免責事項</translation>
    </message>
    <message>
        <source>The figures in this report are model estimates made by XMargin (model %1) from public rules, regulatory filings and bundled public market data. They are not a statement of FICC, CME or any clearing member. The clearing houses&apos; margin models and parameters are confidential, so the requirements they call can differ from these estimates in either direction.</source>
        <translation>本レポートの数値は、XMargin（モデル %1）が公開の規則、規制当局への提出書類、同梱の公開市場データから算出したモデルによる推計値です。FICC、CME、その他いかなる清算参加者の通知でもありません。清算機関の証拠金モデルとパラメータは非公開であるため、実際に請求される所要額はこれらの推計値を上回ることも下回ることもあります。</translation>
    </message>
    <message>
        <source>Every parameter states whether it is official, calibrated or assumed, and where it comes from (Parameters and their provenance). The historical scenarios behind the value-at-risk figures do not predict future market moves.</source>
        <translation>各パラメータについて、公式・較正・仮定のいずれであるか、またその出所を示しています（「パラメータとその出所」）。バリュー・アット・リスクの数値の基となるヒストリカル・シナリオは、将来の市場変動を予測するものではありません。</translation>
    </message>
    <message>
        <source>The SEC approved customer cross-margining between FICC and CME on 15 April 2026, and it went live on 30 April 2026. Customer positions qualify only through a broker-dealer that is also a futures commission merchant and a member of both clearing houses, and only once the customer and the firm have opted in.</source>
        <translation>SECは2026年4月15日にFICCとCMEの間の顧客クロスマージニングを承認し、2026年4月30日に運用が開始されました。顧客のポジションが対象となるのは、先物取次業者（FCM）でもあり両清算機関のメンバーでもあるブローカー・ディーラーを通じた場合に限られ、かつ顧客と業者の双方がオプトインした後に限られます。</translation>
    </message>
    <message>
        <source>This report is for information and education. It is not investment, legal, tax or accounting advice, nor an offer or a solicitation to buy or sell any security or futures contract.</source>
        <translation>本レポートは情報提供および教育を目的としたものです。投資、法務、税務、会計上の助言ではなく、証券または先物契約の売買の申込みや勧誘でもありません。</translation>
    </message>
    <message>
        <source>Data: Daily Treasury Par Yield Curve Rates, U.S. Department of the Treasury; SOFR, Federal Reserve Bank of New York; Treasury futures contract terms, CME Group.</source>
        <translation>データ：Daily Treasury Par Yield Curve Rates、米国財務省、SOFR、ニューヨーク連邦準備銀行、米国債先物の契約条件、CME Group。</translation>
    </message>
    <message>
        <source>Model estimates from public rules and data, not a CCP statement; the CCPs&apos; own models are confidential. Not investment advice.</source>
        <translation>公開の規則とデータに基づくモデルによる推計値であり、CCPの通知ではありません。CCP自身のモデルは非公開です。投資助言ではありません。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>%1 · as of %2 · XMargin %3</source>
        <translation>%1・基準日 %2・XMargin %3</translation>
    </message>
</context>
<context>
    <name>xm::MarginSession</name>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Add %1 positions</source>
        <translation>%1 件のポジションを追加</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Remove %1 positions</source>
        <translation>%1 件のポジションを削除</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>口座を変更</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>基準日 %1</translation>
    </message>
    <message>
        <source>Parameters %1</source>
        <translation>パラメータ %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
</context>
<context>
    <name>xm::MarginTrace</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>所要額</translation>
    </message>
    <message>
        <source>cross-margined, USD</source>
        <translation>クロスマージン後、USD</translation>
    </message>
    <message>
        <source>FICC standalone</source>
        <translation>FICC単独</translation>
    </message>
    <message>
        <source>VaR charge + add-ons = %1 + %2</source>
        <translation>VaRチャージ＋追加証拠金 = %1 + %2</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME単独</translation>
    </message>
    <message>
        <source>initial requirement on every CME position</source>
        <translation>すべてのCMEポジションに対する当初所要額</translation>
    </message>
    <message>
        <source>Duplicated (no cross-margining)</source>
        <translation>重複（クロスマージニングなし）</translation>
    </message>
    <message>
        <source>FICC standalone + CME standalone = %1 + %2</source>
        <translation>FICC単独＋CME単独 = %1 + %2</translation>
    </message>
    <message>
        <source>FICC cross-margined</source>
        <translation>FICCクロスマージン後</translation>
    </message>
    <message>
        <source>(1 − %1) × S_F + add-ons + FICC regular = (1 − %1) × %2 + %3 + %4</source>
        <translation>(1 − %1) × S_F＋追加証拠金＋FICC通常 = (1 − %1) × %2 + %3 + %4</translation>
    </message>
    <message>
        <source>CME cross-margined</source>
        <translation>CMEクロスマージン後</translation>
    </message>
    <message>
        <source>(1 − %1) × S_C + CME regular = (1 − %1) × %2 + %3</source>
        <translation>(1 − %1) × S_C＋CME通常 = (1 − %1) × %2 + %3</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>クロスマージン後</translation>
    </message>
    <message>
        <source>FICC + CME = %1 + %2</source>
        <translation>FICC + CME = %1 + %2</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>削減額</translation>
    </message>
    <message>
        <source>duplicated − cross-margined = %1 of duplicated</source>
        <translation>重複 − クロスマージン後 = 重複の%1</translation>
    </message>
    <message>
        <source>Reduction factors</source>
        <translation>削減係数</translation>
    </message>
    <message>
        <source>r_F (FICC&apos;s view)</source>
        <translation>r_F（FICCの見方）</translation>
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
        <translation>FICCレッグに対するFICCモデル</translation>
    </message>
    <message>
        <source>S_F′</source>
        <translation>S_F′</translation>
    </message>
    <message>
        <source>FICC model on the CME leg</source>
        <translation>CMEレッグに対するFICCモデル</translation>
    </message>
    <message>
        <source>X_F</source>
        <translation>X_F</translation>
    </message>
    <message>
        <source>FICC model on both legs</source>
        <translation>両レッグに対するFICCモデル</translation>
    </message>
    <message>
        <source>r_C (CME&apos;s view)</source>
        <translation>r_C（CMEの見方）</translation>
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
        <translation>CMEレッグに対するCMEモデル</translation>
    </message>
    <message>
        <source>S_C′</source>
        <translation>S_C′</translation>
    </message>
    <message>
        <source>CME model on the FICC leg as futures-equivalents</source>
        <translation>先物換算したFICCレッグに対するCMEモデル</translation>
    </message>
    <message>
        <source>X_C</source>
        <translation>X_C</translation>
    </message>
    <message>
        <source>CME model on both legs</source>
        <translation>両レッグに対するCMEモデル</translation>
    </message>
    <message>
        <source>Applied to S_F</source>
        <translation>S_Fに適用</translation>
    </message>
    <message>
        <source>Applied to S_C</source>
        <translation>S_Cに適用</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>the reduction never exceeds the cap</source>
        <translation>削減は上限を超えません</translation>
    </message>
    <message>
        <source>Cap binds</source>
        <translation>上限が適用</translation>
    </message>
    <message>
        <source>Binding CCP</source>
        <translation>適用されるCCP</translation>
    </message>
    <message>
        <source>whose factor is applied</source>
        <translation>その係数が適用される</translation>
    </message>
    <message>
        <source>XM readings side by side</source>
        <translation>XM解釈の比較</translation>
    </message>
    <message>
        <source>eligible requirement before add-ons and the regular account</source>
        <translation>追加証拠金と通常口座を除く適格所要額</translation>
    </message>
    <message>
        <source> · applied</source>
        <translation>・適用中</translation>
    </message>
    <message>
        <source>r FICC %1, r CME %2, cap binds: %3, binding: %4</source>
        <translation>r FICC %1、r CME %2、上限適用：%3、適用CCP：%4</translation>
    </message>
    <message>
        <source>VaR</source>
        <translation>VaR</translation>
    </message>
    <message>
        <source>loss at the quantile scenario #%1</source>
        <translation>分位点シナリオ#%1での損失</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>ヘアカット</translation>
    </message>
    <message>
        <source>positions with one year or less to maturity</source>
        <translation>残存1年以下のポジション</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>floor % × gross market value per maturity bucket</source>
        <translation>下限% × 残存期間帯ごとの総市場価値</translation>
    </message>
    <message>
        <source>VaR charge</source>
        <translation>VaRチャージ</translation>
    </message>
    <message>
        <source>max(VaR + haircut, floor) = max(%1 + %2, %3)%4</source>
        <translation>max(VaR＋ヘアカット, 下限) = max(%1 + %2, %3)%4</translation>
    </message>
    <message>
        <source>; the floor binds</source>
        <translation>、下限が適用</translation>
    </message>
    <message>
        <source>FICC sensitivity VaR</source>
        <translation>FICC感応度VaR</translation>
    </message>
    <message>
        <source>standalone, with add-ons</source>
        <translation>単独、追加証拠金を含む</translation>
    </message>
    <message>
        <source>All FICC positions</source>
        <translation>すべてのFICCポジション</translation>
    </message>
    <message>
        <source>standalone VaR charge</source>
        <translation>単独VaRチャージ</translation>
    </message>
    <message>
        <source>S_F: FICC leg</source>
        <translation>S_F：FICCレッグ</translation>
    </message>
    <message>
        <source>eligible FICC positions in the XM account</source>
        <translation>XM口座の適格FICCポジション</translation>
    </message>
    <message>
        <source>S_F′: CME leg</source>
        <translation>S_F′：CMEレッグ</translation>
    </message>
    <message>
        <source>the XM futures in FICC&apos;s model</source>
        <translation>FICCモデルにおけるXM先物</translation>
    </message>
    <message>
        <source>X_F: both legs</source>
        <translation>X_F：両レッグ</translation>
    </message>
    <message>
        <source>the whole XM account in FICC&apos;s model</source>
        <translation>FICCモデルにおけるXM口座全体</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>追加証拠金</translation>
    </message>
    <message>
        <source>each on its own line; not reduced by cross-margining</source>
        <translation>各行に個別表示。クロスマージニングでは削減されません</translation>
    </message>
    <message>
        <source>Margin Liquidity Adjustment</source>
        <translation>マージン流動性調整（MLA）</translation>
    </message>
    <message>
        <source>concentration in net DV01 per bucket</source>
        <translation>期間帯ごとのネットDV01の集中</translation>
    </message>
    <message>
        <source>Backtesting charge</source>
        <translation>バックテスト・チャージ</translation>
    </message>
    <message>
        <source>user-entered</source>
        <translation>ユーザー入力</translation>
    </message>
    <message>
        <source>Holiday charge</source>
        <translation>休日チャージ</translation>
    </message>
    <message>
        <source>Special charge</source>
        <translation>特別チャージ</translation>
    </message>
    <message>
        <source>HVaR</source>
        <translation>HVaR</translation>
    </message>
    <message>
        <source>Scan risk</source>
        <translation>スキャン・リスク</translation>
    </message>
    <message>
        <source>Σ |net contracts| × price scan range</source>
        <translation>Σ |ネット枚数| × 価格スキャンレンジ</translation>
    </message>
    <message>
        <source>Intra-commodity spread charge</source>
        <translation>同一商品内スプレッド・チャージ</translation>
    </message>
    <message>
        <source>Σ calendar spreads × charge</source>
        <translation>Σ カレンダー・スプレッド × チャージ</translation>
    </message>
    <message>
        <source>|%1| × %2 (long %3, short %4)</source>
        <translation>|%1| × %2（買い %3、売り %4）</translation>
    </message>
    <message>
        <source>%1 calendar spreads</source>
        <translation>カレンダー・スプレッド %1</translation>
    </message>
    <message>
        <source>Inter-commodity spread credit</source>
        <translation>商品間スプレッド・クレジット</translation>
    </message>
    <message>
        <source>rate × spreads × ratio × scan risk, legs by priority</source>
        <translation>率 × スプレッド数 × 比率 × スキャン・リスク（優先順位順のレッグ）</translation>
    </message>
    <message>
        <source>%1 / %2 (priority %3)</source>
        <translation>%1 / %2（優先順位 %3）</translation>
    </message>
    <message>
        <source>%1 spreads at %2</source>
        <translation>%1 スプレッド（%2）</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>維持証拠金</translation>
    </message>
    <message>
        <source>scan + intra − credit, at least 0</source>
        <translation>スキャン＋同一商品内 − クレジット（最小0）</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>当初証拠金</translation>
    </message>
    <message>
        <source>maintenance × %1</source>
        <translation>維持証拠金 × %1</translation>
    </message>
    <message>
        <source>SPAN-like</source>
        <translation>SPAN型</translation>
    </message>
    <message>
        <source>HVaR (SPAN 2-like)</source>
        <translation>HVaR（SPAN 2型）</translation>
    </message>
    <message>
        <source>CME %1</source>
        <translation>CME %1</translation>
    </message>
    <message>
        <source>standalone initial requirement</source>
        <translation>単独の当初所要額</translation>
    </message>
    <message>
        <source>All CME positions</source>
        <translation>すべてのCMEポジション</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>単独</translation>
    </message>
    <message>
        <source>S_C: CME leg</source>
        <translation>S_C：CMEレッグ</translation>
    </message>
    <message>
        <source>futures allocated to the XM account</source>
        <translation>XM口座に割り当てた先物</translation>
    </message>
    <message>
        <source>S_C′: FICC leg</source>
        <translation>S_C′：FICCレッグ</translation>
    </message>
    <message>
        <source>eligible FICC positions as futures-equivalents</source>
        <translation>先物換算した適格FICCポジション</translation>
    </message>
    <message>
        <source>X_C: both legs</source>
        <translation>X_C：両レッグ</translation>
    </message>
    <message>
        <source>the whole XM account in CME&apos;s model</source>
        <translation>CMEモデルにおけるXM口座全体</translation>
    </message>
    <message>
        <source>Regular account</source>
        <translation>通常口座</translation>
    </message>
    <message>
        <source>ineligible and unallocated positions, margined on their own</source>
        <translation>非適格・未割当のポジション（単独で証拠金計算）</translation>
    </message>
    <message>
        <source>FICC regular</source>
        <translation>FICC通常</translation>
    </message>
    <message>
        <source>CME regular</source>
        <translation>CME通常</translation>
    </message>
    <message>
        <source>Account eligibility</source>
        <translation>口座の適格性</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>適格</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>非適格</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>充足</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不充足</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>book, DV01, market value, component VaR</source>
        <translation>口座、DV01、市場価値、コンポーネントVaR</translation>
    </message>
    <message>
        <source>DV01 %1, market value %2, component VaR %3</source>
        <translation>DV01 %1、市場価値 %2、コンポーネントVaR %3</translation>
    </message>
    <message>
        <source>, CME view %1 %2</source>
        <translation>、CMEの見方 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>… %n more (export the results for all)</source>
        <translation>
            <numerusform>… ほか %n 件（すべて見るには結果を書き出してください）</numerusform>
        </translation>
    </message>
    <message>
        <source>Key-rate DV01 ladder</source>
        <translation>キーレートDV01ラダー</translation>
    </message>
    <message>
        <source>USD P&amp;L per +1bp; net, then FICC and CME</source>
        <translation>+1bp当たりの損益（USD）。ネット、次にFICCとCME</translation>
    </message>
    <message>
        <source>FICC %1, CME %2</source>
        <translation>FICC %1、CME %2</translation>
    </message>
    <message>
        <source>Price scan ranges</source>
        <translation>価格スキャンレンジ</translation>
    </message>
    <message>
        <source>USD per contract, with provenance</source>
        <translation>1枚当たりUSD、出所付き</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Scenario P&amp;L behind the FICC VaRs</source>
        <translation>FICC VaRの基となるシナリオ損益</translation>
    </message>
    <message>
        <source>scenarios per vector</source>
        <translation>ベクトルごとのシナリオ数</translation>
    </message>
    <message>
        <source>FICC leg</source>
        <translation>FICCレッグ</translation>
    </message>
    <message>
        <source>CME leg</source>
        <translation>CMEレッグ</translation>
    </message>
    <message>
        <source>XM account</source>
        <translation>XM口座</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>XMargin calculation trace · model %1 · as of %2 · amounts in USD · model estimates, not a CCP statement</source>
        <translation>XMargin計算過程・モデル %1・基準日 %2・金額はUSD・モデルによる推計値でありCCPの通知ではありません</translation>
    </message>
</context>
<context>
    <name>xm::MarginWaterfallChart</name>
    <message>
        <source>From duplicated to cross-margined margin</source>
        <translation>重複証拠金からクロスマージン後の証拠金へ</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>相殺</translation>
    </message>
    <message>
        <source>Added by the regular account</source>
        <translation>通常口座による増加</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>所要額</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>当初証拠金（USD）</translation>
    </message>
    <message>
        <source>Offset = reduction r × the leg&apos;s margin in the cross-margining account</source>
        <translation>相殺 = 削減係数 r × クロスマージン口座内のレッグの証拠金</translation>
    </message>
    <message>
        <source>Withheld by the %1 cap</source>
        <translation>上限%1により差し止め</translation>
    </message>
    <message>
        <source>No margin: add positions to the portfolio</source>
        <translation>証拠金がありません：ポートフォリオにポジションを追加してください</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>FICC offset
%1 × %2</source>
        <translation>FICC相殺
%1 × %2</translation>
    </message>
    <message>
        <source>CME offset
%1 × %2</source>
        <translation>CME相殺
%1 × %2</translation>
    </message>
    <message>
        <source>Regular
account</source>
        <translation>通常
口座</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>クロスマージン後</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>%1 差し止め</translation>
    </message>
    <message>
        <source>Duplicated requirement:  %1
Each CCP margins its own positions</source>
        <translation>重複所要額：  %1
各CCPが自らのポジションの証拠金を計算</translation>
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
        <translation>%1相殺：  %2
%3 × 口座内の%4証拠金 %5</translation>
    </message>
    <message>
        <source>
Without the %1 cap: %2 offset, %3 more</source>
        <translation>
上限%1がなければ：相殺%2、%3増</translation>
    </message>
    <message>
        <source>Regular account:  %1
Ineligible or unallocated positions, margined on their own
instead of netting with the cross-margined ones</source>
        <translation>通常口座：  %1
非適格または未割当のポジションは、クロスマージン対象と
相殺されず単独で証拠金が計算されます</translation>
    </message>
    <message>
        <source>Cross-margined requirement:  %1</source>
        <translation>クロスマージン後の所要額：  %1</translation>
    </message>
</context>
<context>
    <name>xm::MisconceptionsPanel</name>
    <message>
        <source>Retail accounts do not get this</source>
        <translation>個人口座は対象外</translation>
    </message>
    <message>
        <source>Customer cross-margining runs only through a dually registered broker-dealer and FCM that clears at both FICC and CME (an Eligible BD-FCM), and both the firm and the customer must opt in. A customer account anywhere else, such as a retail brokerage account or a futures account at an FCM that is not a broker-dealer, stays margined by each CCP separately.</source>
        <translation>顧客のクロスマージニングは、FICCとCMEの双方で清算を行うブローカー・ディーラー/FCM二重登録業者（適格BD-FCM）を通じてのみ行われ、業者と顧客の双方がオプトインする必要があります。それ以外の顧客口座、たとえば個人向け証券口座や、ブローカー・ディーラーではないFCMの先物口座では、引き続き各CCPが別々に証拠金を計算します。</translation>
    </message>
    <message>
        <source>Listed Treasury options are not in the program</source>
        <translation>上場米国債オプションは対象外</translation>
    </message>
    <message>
        <source>Only Treasury notes and bonds, repo on them, and Treasury, SOFR and Fed funds futures are eligible. Options on Treasury futures are not, and options on Treasury ETFs such as TLT or IEF clear elsewhere altogether: they are margined on their own.</source>
        <translation>適格なのは米国債のノートとボンド、それらを担保とするレポ、米国債先物、SOFR先物、FF金利先物のみです。米国債先物オプションは対象外であり、TLTやIEFなどの米国債ETFのオプションはそもそも別の清算機関で清算されるため、単独で証拠金が計算されます。</translation>
    </message>
    <message>
        <source>Not everything nets against everything</source>
        <translation>すべてが相殺し合うわけではない</translation>
    </message>
    <message>
        <source>Only eligible positions in the cross-margin account offset each other. Bills, TIPS, FRNs, STRIPS, repo on collateral with a year or less left, options, and futures the firm does not allocate stay in the regular account. When they hedged an eligible position, cross-margining can cost more.</source>
        <translation>互いに相殺されるのは、クロスマージン口座内の適格ポジションだけです。T-Bill、TIPS、FRN、STRIPS、残存1年以下の担保のレポ、オプション、業者が割り当てない先物は通常口座に残ります。これらが適格ポジションをヘッジしていた場合、クロスマージニングの方が高くつくことがあります。</translation>
    </message>
    <message>
        <source>Savings do not remove margin shocks</source>
        <translation>削減しても証拠金ショックはなくならない</translation>
    </message>
    <message>
        <source>Cross-margining scales the requirement down; it does not stop it rising. In stress both CCPs&apos; VaR and scan ranges widen, and the cross-margined requirement rises with them.</source>
        <translation>クロスマージニングは所要額を引き下げますが、その上昇を止めるものではありません。ストレス時には両CCPのVaRとスキャンレンジが拡大し、クロスマージン後の所要額もそれに伴って上昇します。</translation>
    </message>
    <message>
        <source>Show me: %1</source>
        <translation>例を見る：%1</translation>
    </message>
    <message>
        <source>This portfolio: replaying the latest stress window… (the History chart shows every day)</source>
        <translation>このポートフォリオ：直近のストレス期間を再現しています…（履歴チャートで日々の推移を表示）</translation>
    </message>
    <message>
        <source>This account: house account of a firm that clears at both FICC and CME → eligible.</source>
        <translation>この口座：FICCとCMEの双方で清算を行う業者の自己口座 → 適格。</translation>
    </message>
    <message>
        <source>This account: house account of a firm that does not clear at both FICC and CME → not eligible.</source>
        <translation>この口座：FICCとCMEの双方では清算を行っていない業者の自己口座 → 非適格。</translation>
    </message>
    <message>
        <source>This account: customer of an Eligible BD-FCM, both opted in → eligible.</source>
        <translation>この口座：適格BD-FCMの顧客で、双方がオプトイン済み → 適格。</translation>
    </message>
    <message>
        <source>This account: customer → not eligible:</source>
        <translation>この口座：顧客 → 非適格：</translation>
    </message>
    <message>
        <source>the firm is not a registered broker-dealer</source>
        <translation>業者が登録ブローカー・ディーラーではない</translation>
    </message>
    <message>
        <source>the firm is not an FCM</source>
        <translation>業者がFCMではない</translation>
    </message>
    <message>
        <source>the firm is not a member of both FICC and CME</source>
        <translation>業者がFICCとCMEの双方のメンバーではない</translation>
    </message>
    <message>
        <source>the customer and the firm have not both opted in</source>
        <translation>顧客と業者の双方がオプトインしていない</translation>
    </message>
    <message>
        <source>This portfolio holds no options.</source>
        <translation>このポートフォリオにオプションはありません。</translation>
    </message>
    <message numerus="yes">
        <source>This portfolio holds %n option position(s): not cross-margined, margined on their own.</source>
        <translation>
            <numerusform>このポートフォリオには %n 件のオプション・ポジションがあります：クロスマージンの対象外で、単独で証拠金が計算されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>This portfolio is empty.</source>
        <translation>このポートフォリオは空です。</translation>
    </message>
    <message>
        <source>This account is not eligible: every position is margined by its own CCP.</source>
        <translation>この口座は適格ではありません：すべてのポジションはそれぞれのCCPで証拠金が計算されます。</translation>
    </message>
    <message>
        <source>%1 (future, not allocated)</source>
        <translation>%1（先物、未割当）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This portfolio: every position sits in the cross-margin account.</source>
        <translation>このポートフォリオ：すべてのポジションがクロスマージン口座にあります。</translation>
    </message>
    <message numerus="yes">
        <source>This portfolio: %n position(s) outside the cross-margin account, margined on their own:</source>
        <translation>
            <numerusform>このポートフォリオ：%n 件のポジションがクロスマージン口座の外にあり、単独で証拠金が計算されます：</numerusform>
        </translation>
    </message>
    <message>
        <source>Here cross-margining costs %1 more than margining separately.</source>
        <translation>ここではクロスマージニングの方が個別の証拠金より%1高くなります。</translation>
    </message>
    <message>
        <source>No stress window is configured: see the History chart.</source>
        <translation>ストレス期間が設定されていません：履歴チャートを参照してください。</translation>
    </message>
    <message>
        <source>Add positions to see how the requirement moves in stress.</source>
        <translation>ポジションを追加すると、ストレス時に所要額がどう動くかを確認できます。</translation>
    </message>
    <message>
        <source>The stress window lies outside the history: see the History chart.</source>
        <translation>ストレス期間が履歴の範囲外です：履歴チャートを参照してください。</translation>
    </message>
    <message>
        <source>This portfolio in the stress window %1 – %2: cross-margined %3 before it, peaking at %4 on %5 (%6).</source>
        <translation>ストレス期間 %1 – %2 におけるこのポートフォリオ：クロスマージン後は期間前の%3から、%5に%4でピーク（%6）。</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>This portfolio in the stress window %1 – %2: cross-margined peaking at %3 on %4.</source>
        <translation>ストレス期間 %1 – %2 におけるこのポートフォリオ：クロスマージン後は%4に%3でピーク。</translation>
    </message>
    <message>
        <source>On %1: %2 cross-margined. The History chart shows every day.</source>
        <translation>%1：クロスマージン後 %2。履歴チャートで日々の推移を表示しています。</translation>
    </message>
</context>
<context>
    <name>xm::ModelSettingsDialog</name>
    <message>
        <source>Model settings</source>
        <translation>モデル設定</translation>
    </message>
    <message>
        <source>Load parameter file…</source>
        <translation>パラメータ・ファイルを読み込む…</translation>
    </message>
    <message>
        <source>Restore bundled defaults</source>
        <translation>同梱の既定値に戻す</translation>
    </message>
    <message>
        <source>Model &lt;b&gt;%1&lt;/b&gt;, as the application uses it now. Figures are model estimates, not a CCP statement.</source>
        <translation>アプリケーションが現在使用しているモデル &lt;b&gt;%1&lt;/b&gt;。数値はモデルによる推計値であり、CCPの通知ではありません。</translation>
    </message>
    <message>
        <source>How FICC&apos;s and CME&apos;s reduction factors combine (MARGIN_MODEL.md §4); every reading is shown side by side in the calculation trace</source>
        <translation>FICCとCMEの削減係数の組み合わせ方（MARGIN_MODEL.md §4）。すべての解釈が計算過程に並べて表示されます</translation>
    </message>
    <message>
        <source>The largest reduction cross-margining may give (80% in the published arrangement)</source>
        <translation>クロスマージニングで認められる最大の削減（公表された取決めでは80%）</translation>
    </message>
    <message>
        <source>Cross-margining</source>
        <translation>クロスマージニング</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>解釈：</translation>
    </message>
    <message>
        <source>Reduction cap:</source>
        <translation>削減上限：</translation>
    </message>
    <message>
        <source>SPAN-like (scan, spreads, credits)</source>
        <translation>SPAN型（スキャン、スプレッド、クレジット）</translation>
    </message>
    <message>
        <source>HVaR (SPAN 2-like)</source>
        <translation>HVaR（SPAN 2型）</translation>
    </message>
    <message>
        <source>CME model</source>
        <translation>CMEモデル</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル：</translation>
    </message>
    <message>
        <source>Margin Liquidity Adjustment</source>
        <translation>マージン流動性調整（MLA）</translation>
    </message>
    <message>
        <source>Backtesting Charge (the formula is not public)</source>
        <translation>バックテスト・チャージ（計算式は非公開）</translation>
    </message>
    <message>
        <source>Holiday Charge (the formula is not public)</source>
        <translation>休日チャージ（計算式は非公開）</translation>
    </message>
    <message>
        <source>Any special charge</source>
        <translation>任意の特別チャージ</translation>
    </message>
    <message>
        <source>FICC add-ons</source>
        <translation>FICC追加証拠金</translation>
    </message>
    <message>
        <source>Backtesting:</source>
        <translation>バックテスト：</translation>
    </message>
    <message>
        <source>Holiday:</source>
        <translation>休日：</translation>
    </message>
    <message>
        <source>Special:</source>
        <translation>特別：</translation>
    </message>
    <message>
        <source>Filter parameters, values, provenance or sources</source>
        <translation>パラメータ、値、出所、出典で絞り込み</translation>
    </message>
    <message>
        <source>&lt;b&gt;official&lt;/b&gt;: a published rule or specification · &lt;b&gt;calibrated&lt;/b&gt;: computed from the bundled data on the as-of date · &lt;b&gt;assumed&lt;/b&gt;: our default, or your change</source>
        <translation>&lt;b&gt;公式&lt;/b&gt;：公表された規則・仕様・&lt;b&gt;較正&lt;/b&gt;：同梱データから基準日時点で算出・&lt;b&gt;仮定&lt;/b&gt;：当方の既定値またはユーザーによる変更</translation>
    </message>
    <message>
        <source>Every parameter</source>
        <translation>すべてのパラメータ</translation>
    </message>
    <message>
        <source>Changed in XMargin; the parameter file has %1 (%2: %3)</source>
        <translation>XMarginで変更。パラメータ・ファイルの値は %1（%2：%3）</translation>
    </message>
    <message>
        <source>Set in XMargin</source>
        <translation>XMarginで設定</translation>
    </message>
    <message>
        <source>Load parameter file</source>
        <translation>パラメータ・ファイルの読み込み</translation>
    </message>
    <message>
        <source>XMargin parameters (*.json);;All files (*)</source>
        <translation>XMarginパラメータ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not load the parameters; nothing changed.

%1</source>
        <translation>パラメータを読み込めませんでした。何も変更されていません。

%1</translation>
    </message>
    <message>
        <source>the bundled defaults</source>
        <translation>同梱の既定値</translation>
    </message>
    <message>
        <source>Model &lt;b&gt;%1&lt;/b&gt; from %2, applied when you press OK. The calibrated scan ranges below are those in use now.</source>
        <translation>%2 のモデル &lt;b&gt;%1&lt;/b&gt;。OKを押すと適用されます。下の較正済みスキャンレンジは現在使用中のものです。</translation>
    </message>
</context>
<context>
    <name>xm::ParCurvePage</name>
    <message>
        <source>Date to compare the as-of curve with</source>
        <translation>基準日のカーブと比較する日付</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>比較対象：</translation>
    </message>
    <message>
        <source>Par yields (%)</source>
        <translation>パー・イールド（%）</translation>
    </message>
</context>
<context>
    <name>xm::ParameterTableModel</name>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>出所</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>%1 USD per contract</source>
        <translation>1枚当たり %1 USD</translation>
    </message>
</context>
<context>
    <name>xm::PnlDistributionChart</name>
    <message>
        <source>Scenario P&amp;L: each leg alone and both in the cross-margining account</source>
        <translation>シナリオ損益：各レッグ単独と、クロスマージン口座での両レッグ</translation>
    </message>
    <message>
        <source>Scenario P&amp;L: each leg and both together</source>
        <translation>シナリオ損益：各レッグと両レッグ合算</translation>
    </message>
    <message>
        <source>FICC leg</source>
        <translation>FICCレッグ</translation>
    </message>
    <message>
        <source>CME leg</source>
        <translation>CMEレッグ</translation>
    </message>
    <message>
        <source>Both legs together</source>
        <translation>両レッグ合算</translation>
    </message>
    <message>
        <source>Scenarios (count)</source>
        <translation>シナリオ数</translation>
    </message>
    <message>
        <source>Scenario P&amp;L over %1 business days (USD)</source>
        <translation>%1営業日のシナリオ損益（USD）</translation>
    </message>
    <message>
        <source>%1 historical scenarios · CME leg in FICC&apos;s VaR model · VaR: the %2 loss quantile</source>
        <translation>ヒストリカル・シナリオ %1 件・CMEレッグはFICCのVaRモデルで評価・VaR：%2の損失分位点</translation>
    </message>
    <message>
        <source>No positions in the cross-margining account</source>
        <translation>クロスマージン口座にポジションがありません</translation>
    </message>
    <message>
        <source>%1 VaR %2</source>
        <translation>%1 VaR %2</translation>
    </message>
    <message>
        <source>P&amp;L %1 to %2</source>
        <translation>損益 %1 ～ %2</translation>
    </message>
    <message>
        <source>
%1:  %2 scenarios</source>
        <translation>
%1：  %2 件のシナリオ</translation>
    </message>
</context>
<context>
    <name>xm::PortfolioEditor</name>
    <message>
        <source>Add security…</source>
        <translation>証券を追加…</translation>
    </message>
    <message>
        <source>Add future…</source>
        <translation>先物を追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Pick a bundled Treasury note or bond by CUSIP, coupon or maturity</source>
        <translation>同梱の米国債ノート・ボンドをCUSIP、利率、償還日で選択</translation>
    </message>
    <message>
        <source>Pick a CME futures contract and month</source>
        <translation>CME先物の銘柄と限月を選択</translation>
    </message>
    <message>
        <source>Remove the selected positions (Delete)</source>
        <translation>選択したポジションを削除（Delete）</translation>
    </message>
    <message>
        <source>Paste CSV or quick-entry lines (Ctrl+V), or drop .csv files on the table</source>
        <translation>Ctrl+V：CSV・クイック入力、.csvはドロップ</translation>
    </message>
</context>
<context>
    <name>xm::PortfolioTableModel</name>
    <message>
        <source>Cannot be valued: %1</source>
        <translation>評価できません：%1</translation>
    </message>
    <message>
        <source>Face value in USD (long &gt; 0). Type 100mm, 25m or 1.5bn.</source>
        <translation>額面（USD、買い &gt; 0）。100mm、25m、1.5bn のように入力します。</translation>
    </message>
    <message>
        <source>Contracts (long &gt; 0).</source>
        <translation>枚数（買い &gt; 0）。</translation>
    </message>
    <message>
        <source>USD per basis point: the profit of a 1bp fall in yields (positive when long).</source>
        <translation>1bp当たりのUSD：利回りが1bp低下したときの利益（買いならプラス）。</translation>
    </message>
    <message>
        <source>Not margined: %1</source>
        <translation>証拠金対象外：%1</translation>
    </message>
    <message>
        <source>Move this future into the cross-margining account (CME members choose which futures to allocate; unallocated ones are margined on their own).</source>
        <translation>この先物をクロスマージン口座に移します（どの先物を割り当てるかはCMEの清算参加者が選び、割り当てないものは単独で証拠金が計算されます）。</translation>
    </message>
    <message>
        <source>Every eligible FICC position is in the cross-margining account.</source>
        <translation>適格なFICCポジションはすべてクロスマージン口座に入ります。</translation>
    </message>
    <message>
        <source>Cross-margined requirement with this position minus without it (negative: it saves margin).</source>
        <translation>このポジションがある場合とない場合のクロスマージン後所要額の差（マイナスは証拠金を節約）。</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>清算機関</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>銘柄</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>DV01
(USD/bp)</source>
        <translation>DV01
（USD/bp）</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>適格</translation>
    </message>
    <message>
        <source>Allocate
to XM</source>
        <translation>XMに
割当</translation>
    </message>
    <message>
        <source>Incremental
margin (USD)</source>
        <translation>増分
証拠金（USD）</translation>
    </message>
    <message>
        <source>Face value in USD for FICC positions, contracts for CME positions</source>
        <translation>FICCポジションは額面（USD）、CMEポジションは枚数</translation>
    </message>
    <message>
        <source>Eligible product. %1</source>
        <translation>適格商品。%1</translation>
    </message>
    <message>
        <source>Not eligible: %1. %2</source>
        <translation>適格ではありません：%1。%2</translation>
    </message>
    <message>
        <source>Double-click: why, rule by rule.</source>
        <translation>ダブルクリック：ルールごとの理由を表示。</translation>
    </message>
</context>
<context>
    <name>xm::PortfolioTableView</name>
    <message>
        <source>clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <source>Nothing to add: no positions in the text.</source>
        <translation>追加するものがありません：テキストにポジションがありません。</translation>
    </message>
    <message>
        <source>Why (not) eligible?</source>
        <translation>適格／非適格の理由</translation>
    </message>
</context>
<context>
    <name>xm::PositionImportJob</name>
    <message>
        <source>Import positions</source>
        <translation>ポジションの取り込み</translation>
    </message>
    <message>
        <source>Reading positions from %1…</source>
        <translation>%1 からポジションを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>xm::PositionPicker</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>xm::PositionText</name>
    <message>
        <source>Cash</source>
        <translation>現物</translation>
    </message>
    <message>
        <source>Repo</source>
        <translation>レポ</translation>
    </message>
    <message>
        <source>Reverse repo</source>
        <translation>リバースレポ</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>T-Bill</translation>
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
        <translation>先物</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>オプション</translation>
    </message>
</context>
<context>
    <name>xm::PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>プレゼンテーション・モード(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large fonts and high contrast for a client demo; PageDown/PageUp step through the presets, 1–7 pick a chart, Esc leaves</source>
        <translation>顧客向けデモ用の全画面・大きな文字・高コントラスト表示。PageDown/PageUpでプリセットを切り替え、1–7でチャートを選択、Escで終了</translation>
    </message>
</context>
<context>
    <name>xm::PresetBanner</name>
    <message>
        <source>Hide this explanation until the next preset</source>
        <translation>次のプリセットまでこの説明を非表示にする</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preset: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;プリセット：%1。&lt;/b&gt;%2</translation>
    </message>
</context>
<context>
    <name>xm::Presets</name>
    <message>
        <source>DV01-neutral 10-year basis trade</source>
        <translation>DV01中立の10年ベーシス取引</translation>
    </message>
    <message>
        <source>Long $100mm of the 3.875% Aug-2034 note at FICC, short 1,073 ZN futures at CME: the DV01s cancel. Margined separately the two CCPs ask $3.99M; cross-margined $0.80M, because FICC&apos;s reduction (90%) is capped at 80%. Savings: $3.19M, the most the arrangement allows.</source>
        <translation>FICCで2034年8月償還の3.875%ノートをUS$100mm買い、CMEでZN先物を1,073枚売り：DV01は相殺されます。別々に計算すると両CCPの所要額はUS$3.99Mですが、クロスマージン後はUS$0.80Mです。FICCの削減（90%）が80%の上限で頭打ちとなるためです。削減額US$3.19Mは、この取決めで認められる最大値です。</translation>
    </message>
    <message>
        <source>Repo-financed basis trade</source>
        <translation>レポで資金調達したベーシス取引</translation>
    </message>
    <message>
        <source>The same basis trade with the note financed in repo to 10 October: FICC sees the repo as a forward purchase of the collateral, so 1,084 ZN futures hedge it. Repo on collateral with more than a year left is eligible, and the savings are the capped 80% again ($3.22M of $4.03M).</source>
        <translation>同じベーシス取引で、ノートを10月10日までのレポで資金調達したもの：FICCはレポを担保の先渡購入とみなすため、ZN先物1,084枚でヘッジします。残存1年超の担保のレポは適格であり、削減は再び上限の80%です（US$4.03M中US$3.22M）。</translation>
    </message>
    <message>
        <source>2s10s curve trade across venues</source>
        <translation>両清算機関にまたがる2s10sカーブ取引</translation>
    </message>
    <message>
        <source>A steepener in cash at FICC (long 2-year, short 10-year) against a flattener in futures at CME (short ZT, long ZN), every leg DV01-matched. Each CCP already nets its own curve trade, and in the combined account FICC&apos;s VaR floor on gross market value binds, so FICC&apos;s reduction is only 53%: savings $0.86M of $1.64M.</source>
        <translation>FICCの現物によるスティープナー（2年買い、10年売り）と、CMEの先物によるフラットナー（ZT売り、ZN買い）の組合せで、すべてのレッグがDV01で一致しています。各CCPはすでに自らのカーブ取引をネッティングしており、合算口座では総市場価値に対するFICCのVaR下限が適用されるため、FICCの削減は53%にとどまります：削減額はUS$1.64M中US$0.86Mです。</translation>
    </message>
    <message>
        <source>Unhedged cash</source>
        <translation>ヘッジなし現物</translation>
    </message>
    <message>
        <source>Only the $100mm note, no futures. Cross-margining nets risk between the CCPs; with nothing at CME there is nothing to net, so the requirement is FICC&apos;s $1.97M either way and the savings are zero.</source>
        <translation>US$100mmのノートのみで、先物はありません。クロスマージニングはCCP間でリスクを相殺しますが、CMEに何もなければ相殺するものがないため、所要額はいずれの場合もFICCのUS$1.97Mで、削減額はゼロです。</translation>
    </message>
    <message>
        <source>Over-hedged basis trade</source>
        <translation>オーバーヘッジのベーシス取引</translation>
    </message>
    <message>
        <source>1,610 ZN futures against the note, 150% of the DV01 hedge: the extra futures are an open short. Cross-margined rises to $1.21M (from $0.80M) and FICC&apos;s reduction falls to 76%, under the cap. Move the hedge on the Hedge ratio chart to see the requirement fall as the hedge comes back.</source>
        <translation>ノートに対してZN先物1,610枚、DV01ヘッジの150%：余分な先物はオープンな売りポジションです。クロスマージン後はUS$1.21M（US$0.80Mから）に上昇し、FICCの削減は76%に低下して上限を下回ります。ヘッジ比率チャートでヘッジを動かすと、ヘッジが戻るにつれて所要額が下がるのを確認できます。</translation>
    </message>
    <message>
        <source>Customer without a BD-FCM: not eligible</source>
        <translation>BD-FCMを通さない顧客：非適格</translation>
    </message>
    <message>
        <source>A 30-year bond basis trade (long $50mm 4.5% Nov-2054, short 406 UB) for a customer whose firm is a broker-dealer but not an FCM. Customer cross-margining runs only through a dually registered BD-FCM that clears at both FICC and CME, so each CCP margins its own side: $3.39M, no savings.</source>
        <translation>30年債のベーシス取引（2054年11月償還4.5%債をUS$50mm買い、UBを406枚売り）を、ブローカー・ディーラーではあるがFCMではない業者の顧客が行う場合。顧客のクロスマージニングはFICCとCMEの双方で清算を行うBD-FCM二重登録業者を通じてのみ行われるため、各CCPが自らの側の証拠金を計算します：US$3.39M、削減なし。</translation>
    </message>
    <message>
        <source>The same hedge through a BD-FCM: eligible</source>
        <translation>同じヘッジをBD-FCM経由で：適格</translation>
    </message>
    <message>
        <source>The same bond basis trade, now with a firm registered as broker-dealer and FCM that is a member of both CCPs, and both sides opted in. The account is eligible and the requirement falls from $3.39M to $0.68M (80%, capped).</source>
        <translation>同じ債券ベーシス取引を、ブローカー・ディーラーとFCMの両方に登録し、両CCPのメンバーである業者を通じて行い、双方がオプトイン済みの場合。口座は適格となり、所要額はUS$3.39MからUS$0.68Mに下がります（80%、上限適用）。</translation>
    </message>
    <message>
        <source>Hedged with options: options not eligible</source>
        <translation>オプションでヘッジ：オプションは非適格</translation>
    </message>
    <message>
        <source>The note hedged with 600 ZN futures and 1,000 short calls on ZN. Options on Treasury futures are not in the program (nor are options on Treasury ETFs such as TLT or IEF, which clear elsewhere): the calls stay in CME&apos;s regular account. Only part of the hedge offsets, so savings are 55% ($2.22M of $4.04M) instead of the 80% a futures hedge gets.</source>
        <translation>ノートをZN先物600枚とZNのコール1,000枚の売りでヘッジ。米国債先物オプションは対象外（TLTやIEFなどの米国債ETFのオプションも別の清算機関で清算されるため対象外）であり、コールはCMEの通常口座に残ります。ヘッジの一部しか相殺されないため、削減は先物ヘッジで得られる80%ではなく55%（US$4.04M中US$2.22M）です。</translation>
    </message>
    <message>
        <source>Bills and TIPS: not eligible</source>
        <translation>T-BillとTIPS：非適格</translation>
    </message>
    <message>
        <source>The 10-year basis trade next to $200mm of a December 2025 bill and $50mm of a 2035 TIPS. Bills and TIPS are not eligible, so FICC margins them on their own in the regular account ($1.39M). The basis trade keeps its 80%, and the savings are 60% of the $5.43M duplicated.</source>
        <translation>10年ベーシス取引に加え、2025年12月償還のT-BillをUS$200mm、2035年償還のTIPSをUS$50mm保有。T-BillとTIPSは適格ではないため、FICCは通常口座で単独に証拠金を計算します（US$1.39M）。ベーシス取引は80%の削減を維持し、削減額は重複証拠金US$5.43Mの60%です。</translation>
    </message>
    <message>
        <source>When cross-margining costs more</source>
        <translation>クロスマージニングの方が高くつく場合</translation>
    </message>
    <message>
        <source>The basis trade with 2,000 long calls on ZN that offset most of the short futures at CME, which on its own asks only $0.14M. Allocating the futures to the cross-margin account takes them away from the calls, which are margined alone: the total rises from $2.11M to $2.68M. Untick Allocate on the ZN row and the savings return to zero.</source>
        <translation>ベーシス取引に、CMEで先物の売りの大部分を相殺するZNのコール2,000枚の買いを加えたもの。CME単独の所要額はわずかUS$0.14Mです。先物をクロスマージン口座に割り当てるとコールから切り離され、コールは単独で証拠金が計算されます：合計はUS$2.11MからUS$2.68Mに上昇します。ZNの行の「XMに割当」のチェックを外すと、削減額はゼロに戻ります。</translation>
    </message>
    <message>
        <source>Stress replay: March 2020</source>
        <translation>ストレス再現：2020年3月</translation>
    </message>
    <message>
        <source>A 10-year basis trade as of 19 March 2020, in the dash for cash. Between 24 February and 24 March CME&apos;s requirement rose 12% and the cross-margined one 6% ($0.77M to $0.82M), savings steady at 80%: cross-margining lowers the level of margin, not its swings. The History chart shows the larger climb after the 2022 rate shock: 20% more from June 2022 to March 2023.</source>
        <translation>2020年3月19日時点、ダッシュ・フォー・キャッシュのさなかの10年ベーシス取引。2月24日から3月24日にかけてCMEの所要額は12%、クロスマージン後の所要額は6%（US$0.77MからUS$0.82M）上昇し、削減率は80%で安定していました：クロスマージニングが下げるのは証拠金の水準であり、その変動ではありません。履歴チャートでは、2022年の金利ショック後のより大きな上昇が確認できます：2022年6月から2023年3月にかけて20%増。</translation>
    </message>
</context>
<context>
    <name>xm::QuickEntryLine</name>
    <message>
        <source>Quick entry: ZNU5 -950 · 91282CLF6 +100mm · UST 4.25 2034-11-15 25m · REPO 91282CLF6 100mm 90d</source>
        <translation>クイック入力：ZNU5 -950 · 91282CLF6 +100mm · UST 4.25 2034-11-15 25m · REPO 91282CLF6 100mm 90d</translation>
    </message>
    <message>
        <source>Type a position and press Enter. Futures: ZN -950, ZNU5 -950, ZN 2025-09 -950. Cash: a CUSIP or UST coupon maturity, then the face (100mm, 25m, 1.5bn). Repo: REPO or REVREPO, the security, the face and a term (90d, 13w, 3m) or end date. Up and Down recall earlier lines.</source>
        <translation>ポジションを入力してEnterキーを押します。先物：ZN -950、ZNU5 -950、ZN 2025-09 -950。現物：CUSIP、または UST 利率 償還日 の後に額面（100mm、25m、1.5bn）。レポ：REPO または REVREPO、銘柄、額面、期間（90d、13w、3m）または終了日。上下キーで以前の行を呼び出せます。</translation>
    </message>
</context>
<context>
    <name>xm::RecoveryPrompt</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <source>Could not recover “%1”; the autosaved copy is kept as %2.

%3</source>
        <translation>「%1」を復元できませんでした。自動保存されたコピーは %2 として保持されています。

%3</translation>
    </message>
    <message>
        <source>XMargin did not close normally. Unsaved changes to “%1” were autosaved at %2.</source>
        <translation>XMarginは正常に終了しませんでした。「%1」への未保存の変更は%2に自動保存されています。</translation>
    </message>
    <message>
        <source>Recover opens them as a portfolio that has never been saved. Discard deletes the autosaved copy; Later keeps it for the next start.</source>
        <translation>「復元」を押すと、一度も保存されていないポートフォリオとして開きます。「破棄」は自動保存されたコピーを削除し、「後で」は次回の起動時まで保持します。</translation>
    </message>
    <message>
        <source>Recover opens them as unsaved changes to %1. Discard deletes the autosaved copy; Later keeps it for the next start.</source>
        <translation>「復元」を押すと、%1 への未保存の変更として開きます。「破棄」は自動保存されたコピーを削除し、「後で」は次回の起動時まで保持します。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>xm::ReportExport</name>
    <message>
        <source>Could not write the report: %1</source>
        <translation>レポートを書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>レポートの印刷</translation>
    </message>
    <message>
        <source>The printer could not be started; nothing was printed.</source>
        <translation>プリンタを開始できませんでした。何も印刷されていません。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
</context>
<context>
    <name>xm::Screenshot</name>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>xm::SecurityPicker</name>
    <message>
        <source>%1-year %2</source>
        <translation>%1年%2</translation>
    </message>
    <message>
        <source>Add a Treasury security</source>
        <translation>米国債を追加</translation>
    </message>
    <message>
        <source>CUSIP</source>
        <translation>CUSIP</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>証券</translation>
    </message>
    <message>
        <source>Coupon (%)</source>
        <translation>利率（%）</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>償還日</translation>
    </message>
    <message>
        <source>Search by CUSIP, coupon or maturity, e.g. 4.25 2034</source>
        <translation>CUSIP、利率、償還日で検索（例：4.25 2034）</translation>
    </message>
    <message>
        <source>Face value in USD, long &gt; 0: 100mm, 25m, 1.5bn</source>
        <translation>額面（USD、買い &gt; 0）：100mm、25m、1.5bn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Repo end</source>
        <translation>レポ終了日</translation>
    </message>
    <message>
        <source>Face (USD)</source>
        <translation>額面（USD）</translation>
    </message>
</context>
<context>
    <name>xm::SessionChart</name>
    <message>
        <source>As of %1</source>
        <translation>基準日 %1</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1・基準日 %2</translation>
    </message>
    <message>
        <source>%1 · Model estimates, not a CCP statement</source>
        <translation>%1・モデルによる推計値であり、CCPの通知ではありません</translation>
    </message>
</context>
<context>
    <name>xm::StartPage</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open “%1” as a new, unsaved portfolio</source>
        <translation>「%1」を未保存の新規ポートフォリオとして開く</translation>
    </message>
    <message>
        <source>XMargin — Start</source>
        <translation>XMargin — スタート</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teaching presets&lt;/b&gt;&lt;br&gt;Real portfolios, each with what it shows about FICC–CME cross-margining. Opening one starts a new, unsaved portfolio; the figures are model estimates, not a CCP statement.</source>
        <translation>&lt;b&gt;教材用プリセット&lt;/b&gt;&lt;br&gt;実際のポートフォリオと、それぞれがFICC–CMEクロスマージニングについて示す内容。開くと未保存の新規ポートフォリオとして始まります。数値はモデルによる推計値であり、CCPの通知ではありません。</translation>
    </message>
    <message>
        <source>&amp;Show this page when XMargin starts</source>
        <translation>XMargin起動時にこのページを表示(&amp;S)</translation>
    </message>
</context>
<context>
    <name>xm::Startup</name>
    <message>
        <source>Could not load the bundled data:
%1</source>
        <translation>同梱データを読み込めませんでした：
%1</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>%1 を開けませんでした：
%2</translation>
    </message>
</context>
<context>
    <name>xm::StressChart</name>
    <message>
        <source>Stress test: requirements before and after</source>
        <translation>ストレス・テスト：前後の所要額</translation>
    </message>
    <message>
        <source>Duplicated
(each CCP on its own)</source>
        <translation>重複
（各CCPが単独）</translation>
    </message>
    <message>
        <source>Cross-margined
(FICC–CME arrangement)</source>
        <translation>クロスマージン後
（FICC–CME取決め）</translation>
    </message>
    <message>
        <source>Initial margin (USD)</source>
        <translation>当初証拠金（USD）</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>シナリオ(&amp;S)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z)：</translation>
    </message>
    <message>
        <source>Parallel shift (bp)</source>
        <translation>パラレルシフト（bp）</translation>
    </message>
    <message>
        <source>Steepener (+) or flattener (−): 2Y −size, 10Y +size (bp)</source>
        <translation>スティープ化（+）またはフラット化（−）：2年 −サイズ、10年 +サイズ（bp）</translation>
    </message>
    <message>
        <source>Volatility multiplier (scenario changes and scan ranges ×)</source>
        <translation>ボラティリティ倍率（シナリオ変化とスキャンレンジを×）</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source> bp</source>
        <translation> bp</translation>
    </message>
    <message>
        <source>Stress test: %1</source>
        <translation>ストレス・テスト：%1</translation>
    </message>
    <message>
        <source>Stress test</source>
        <translation>ストレス・テスト</translation>
    </message>
    <message>
        <source>No margin: add positions to the portfolio</source>
        <translation>証拠金がありません：ポートフォリオにポジションを追加してください</translation>
    </message>
    <message>
        <source>This scenario cannot run: %1</source>
        <translation>このシナリオは実行できません：%1</translation>
    </message>
    <message>
        <source>Before the window (%1)</source>
        <translation>期間前（%1）</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>本日（%1）</translation>
    </message>
    <message>
        <source>At its highest (%1)</source>
        <translation>ピーク時（%1）</translation>
    </message>
    <message>
        <source>Stressed</source>
        <translation>ストレス後</translation>
    </message>
    <message>
        <source>Today&apos;s positions; each day with its own lookback and scan ranges</source>
        <translation>本日のポジションを使用。各日は独自の観測期間とスキャンレンジで計算</translation>
    </message>
    <message>
        <source>Scenario changes and scan ranges scaled; haircuts and floors unchanged</source>
        <translation>シナリオ変化とスキャンレンジを拡大。ヘアカットと下限は変更なし</translation>
    </message>
    <message>
        <source>Instantaneous curve move; today&apos;s historical scenarios</source>
        <translation>瞬時のカーブ変動。本日のヒストリカル・シナリオを使用</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>クロスマージン後</translation>
    </message>
    <message>
        <source>%1 · %2
FICC:  %3
CME:  %4
Total:  %5</source>
        <translation>%1・%2
FICC：  %3
CME：  %4
合計：  %5</translation>
    </message>
</context>
<context>
    <name>xm::StressPanel</name>
    <message>
        <source>FICC standalone</source>
        <translation>FICC単独</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME単独</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>FICC cross-margined</source>
        <translation>FICCクロスマージン後</translation>
    </message>
    <message>
        <source>CME cross-margined</source>
        <translation>CMEクロスマージン後</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>クロスマージン後</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>削減額</translation>
    </message>
    <message>
        <source>Savings, % of duplicated</source>
        <translation>削減率（重複比%）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ポジション</translation>
    </message>
    <message>
        <source>P&amp;L (USD)</source>
        <translation>損益（USD）</translation>
    </message>
    <message>
        <source>Profit or loss of the curve move: variation margin on futures, mark-to-market at FICC (negative: a loss)</source>
        <translation>カーブ変動による損益：先物は変動証拠金、FICCは値洗い（マイナスは損失）</translation>
    </message>
    <message>
        <source>Before
%1</source>
        <translation>期間前
%1</translation>
    </message>
    <message>
        <source>At its highest
%1</source>
        <translation>ピーク時
%1</translation>
    </message>
    <message>
        <source>Today
%1</source>
        <translation>本日
%1</translation>
    </message>
    <message>
        <source>Stressed</source>
        <translation>ストレス後</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Change, %</source>
        <translation>変化率（%）</translation>
    </message>
    <message>
        <source>Window end
%1</source>
        <translation>期間末
%1</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1ポイント</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1・%2</translation>
    </message>
    <message>
        <source>not valued</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>ポートフォリオ</translation>
    </message>
</context>
<context>
    <name>xm::StressText</name>
    <message>
        <source>%1bp</source>
        <translation>%1bp</translation>
    </message>
    <message>
        <source>Cross-margined margin stays at %1 at its highest in %2 (%3).</source>
        <translation>クロスマージン後の証拠金は、%2のピーク時（%3）も%1で変わりません。</translation>
    </message>
    <message>
        <source>Cross-margined margin rises from %1 to %2 (%3) at its highest in %4 (%5).</source>
        <translation>クロスマージン後の証拠金は、%4のピーク時（%5）に%1から%2へ上昇します（%3）。</translation>
    </message>
    <message>
        <source>Cross-margined margin falls from %1 to %2 (%3) at its highest in %4 (%5).</source>
        <translation>クロスマージン後の証拠金は、%4のピーク時（%5）に%1から%2へ低下します（%3）。</translation>
    </message>
    <message>
        <source>Cross-margined margin stays at %1 when every par yield moves %2.</source>
        <translation>クロスマージン後の証拠金は、すべてのパー・イールドが%2動いても%1で変わりません。</translation>
    </message>
    <message>
        <source>Cross-margined margin rises from %1 to %2 (%3) when every par yield moves %4.</source>
        <translation>クロスマージン後の証拠金は、すべてのパー・イールドが%4動くと%1から%2へ上昇します（%3）。</translation>
    </message>
    <message>
        <source>Cross-margined margin falls from %1 to %2 (%3) when every par yield moves %4.</source>
        <translation>クロスマージン後の証拠金は、すべてのパー・イールドが%4動くと%1から%2へ低下します（%3）。</translation>
    </message>
    <message>
        <source>Cross-margined margin stays at %1 when the 2-year yield moves %2 and the 10-year %3.</source>
        <translation>クロスマージン後の証拠金は、2年利回りが%2、10年利回りが%3動いても%1で変わりません。</translation>
    </message>
    <message>
        <source>Cross-margined margin rises from %1 to %2 (%3) when the 2-year yield moves %4 and the 10-year %5.</source>
        <translation>クロスマージン後の証拠金は、2年利回りが%4、10年利回りが%5動くと%1から%2へ上昇します（%3）。</translation>
    </message>
    <message>
        <source>Cross-margined margin falls from %1 to %2 (%3) when the 2-year yield moves %4 and the 10-year %5.</source>
        <translation>クロスマージン後の証拠金は、2年利回りが%4、10年利回りが%5動くと%1から%2へ低下します（%3）。</translation>
    </message>
    <message>
        <source>Cross-margined margin stays at %1 when every historical move is scaled ×%2.</source>
        <translation>クロスマージン後の証拠金は、すべてのヒストリカル変動を×%2に拡大しても%1で変わりません。</translation>
    </message>
    <message>
        <source>Cross-margined margin rises from %1 to %2 (%3) when every historical move is scaled ×%4.</source>
        <translation>クロスマージン後の証拠金は、すべてのヒストリカル変動を×%4に拡大すると%1から%2へ上昇します（%3）。</translation>
    </message>
    <message>
        <source>Cross-margined margin falls from %1 to %2 (%3) when every historical move is scaled ×%4.</source>
        <translation>クロスマージン後の証拠金は、すべてのヒストリカル変動を×%4に拡大すると%1から%2へ低下します（%3）。</translation>
    </message>
    <message>
        <source>Nothing is saved before or after: no position is cross-margined.</source>
        <translation>前後とも削減はありません：クロスマージンの対象となるポジションがありません。</translation>
    </message>
    <message>
        <source>The saving moves from %1 to %2 of the duplicated requirement.</source>
        <translation>削減率は重複所要額の%1から%2に変わります。</translation>
    </message>
    <message>
        <source>The saving stays %1 of a larger number.</source>
        <translation>削減率は%1のままですが、基となる額は大きくなります。</translation>
    </message>
    <message>
        <source>The saving stays %1 of a smaller number.</source>
        <translation>削減率は%1のままですが、基となる額は小さくなります。</translation>
    </message>
    <message>
        <source>The saving stays %1.</source>
        <translation>削減率は%1のままです。</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2～%3）</translation>
    </message>
    <message>
        <source>Parallel %1</source>
        <translation>パラレル %1</translation>
    </message>
    <message>
        <source>Steepener: 2Y %1, 10Y %2</source>
        <translation>スティープナー：2年 %1、10年 %2</translation>
    </message>
    <message>
        <source>Flattener: 2Y %1, 10Y %2</source>
        <translation>フラットナー：2年 %1、10年 %2</translation>
    </message>
    <message>
        <source>Twist: 2Y %1, 10Y %2</source>
        <translation>ツイスト：2年 %1、10年 %2</translation>
    </message>
    <message>
        <source>Volatility ×%1</source>
        <translation>ボラティリティ ×%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The curve move costs the portfolio %1 (its P&amp;L, paid as variation margin).</source>
        <translation>カーブ変動によりポートフォリオは%1の損失となります（その損益は変動証拠金として支払われます）。</translation>
    </message>
    <message>
        <source>The curve move earns the portfolio %1 (its P&amp;L, received as variation margin).</source>
        <translation>カーブ変動によりポートフォリオは%1の利益となります（その損益は変動証拠金として受け取られます）。</translation>
    </message>
    <message>
        <source>Today&apos;s positions replayed through the window, each day with its own lookback and recalibrated scan ranges. Before: %1, the last business day before the window; after: %2, the window&apos;s highest cross-margined requirement; window end: %3. P&amp;L: today&apos;s positions revalued for the window&apos;s par-yield change from %1 to %3. Not modelled: the positions, futures months and CTDs of that time.</source>
        <translation>本日のポジションを期間を通じて再現し、各日は独自の観測期間と再較正したスキャンレンジで計算します。前：%1（期間直前の営業日）。後：%2（期間中のクロスマージン後所要額のピーク）。期間末：%3。損益：%1から%3までの期間中のパー・イールド変化で本日のポジションを再評価したもの。モデル化していないもの：当時のポジション、先物限月、CTD。</translation>
    </message>
    <message>
        <source>An instantaneous move of the %1 par curve (the repo rate moves with the 3-month yield): every position is revalued and its sensitivities, CTDs and scan ranges are recomputed. The historical scenarios stay today&apos;s, so a level shift alone barely moves VaR; the volatility stress shows that. Not modelled: volatility rising with the move, basis and repo moves, liquidity.</source>
        <translation>%1のパー・カーブの瞬時の変動（レポレートは3か月物利回りに連動）：すべてのポジションを再評価し、感応度、CTD、スキャンレンジを再計算します。ヒストリカル・シナリオは本日のままなので、水準のシフトだけではVaRはほとんど動きません。それはボラティリティ・ストレスで確認できます。モデル化していないもの：変動に伴うボラティリティの上昇、ベーシスとレポの変動、流動性。</translation>
    </message>
    <message>
        <source>Every historical scenario change and every scan range multiplied by %1, as CCP stress add-ons scale scan ranges: VaR and SPAN scan risk grow with it; haircuts, floors and calendar-spread charges do not. The curve does not move, so there is no P&amp;L.</source>
        <translation>すべてのヒストリカル・シナリオ変化とすべてのスキャンレンジを%1倍にします（CCPのストレス追加証拠金がスキャンレンジを拡大するのと同様）：VaRとSPANのスキャン・リスクはそれに伴って増加しますが、ヘアカット、下限、カレンダー・スプレッド・チャージは変わりません。カーブは動かないため、損益は発生しません。</translation>
    </message>
    <message>
        <source>%1
Provenance: %2. %3</source>
        <translation>%1
出所：%2。%3</translation>
    </message>
</context>
<context>
    <name>xm::SummaryPanel</name>
    <message>
        <source>FICC standalone</source>
        <translation>FICC単独</translation>
    </message>
    <message>
        <source>CME standalone</source>
        <translation>CME単独</translation>
    </message>
    <message>
        <source>Duplicated (both CCPs)</source>
        <translation>重複（両CCP）</translation>
    </message>
    <message>
        <source>Cross-margined</source>
        <translation>クロスマージン後</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>削減額</translation>
    </message>
    <message>
        <source>Savings, % of duplicated</source>
        <translation>削減率（重複比%）</translation>
    </message>
    <message>
        <source>Binding CCP</source>
        <translation>適用されるCCP</translation>
    </message>
    <message>
        <source>80% cap binds</source>
        <translation>80%上限の適用</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>適格性</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No (cap %1)</source>
        <translation>いいえ（上限%1）</translation>
    </message>
    <message>
        <source>None · how the figures were obtained: Calculation trace, Notes</source>
        <translation>なし・数値の算出方法：計算過程の注記</translation>
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
        <translation>✓ 口座はクロスマージニングの適格要件を満たしています</translation>
    </message>
    <message>
        <source>✗ Account not eligible: %1</source>
        <translation>✗ 口座は適格ではありません：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> · Not eligible, margined on their own: %1</source>
        <translation>・非適格（単独で証拠金計算）：%1</translation>
    </message>
    <message>
        <source>Yes: reduction capped at %1</source>
        <translation>はい：削減の上限は%1</translation>
    </message>
</context>
<context>
    <name>xm::TracePanel</name>
    <message>
        <source>Quantity</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value (USD)</source>
        <translation>値（USD）</translation>
    </message>
    <message>
        <source>How it is obtained</source>
        <translation>算出方法</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>テキストとしてコピー</translation>
    </message>
    <message>
        <source>Copy the whole trace to the clipboard as plain text</source>
        <translation>計算過程全体をプレーンテキストとしてクリップボードにコピー</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <source>Find a quantity, e.g. S_F, scan, ZN, floor</source>
        <translation>項目を検索（例：S_F、スキャン、ZN、下限）</translation>
    </message>
</context>
<context>
    <name>xm::UsdText</name>
    <message>
        <source>bn</source>
        <translation>B</translation>
    </message>
    <message>
        <source>m</source>
        <translation>M</translation>
    </message>
    <message>
        <source>k</source>
        <translation>K</translation>
    </message>
    <message>
        <source>$%1</source>
        <extracomment>An amount in U.S. dollars; %1 is the number, perhaps with a unit (3.99m).</extracomment>
        <translation>US$%1</translation>
    </message>
</context>
<context>
    <name>xm::XmRuleText</name>
    <message>
        <source>More conservative of both CCPs (min)</source>
        <translation>両CCPのうち保守的な方（min）</translation>
    </message>
    <message>
        <source>Each CCP applies its own factor (each)</source>
        <translation>各CCPが自らの係数を適用（each）</translation>
    </message>
    <message>
        <source>One pot, split pro rata (onepot)</source>
        <translation>一括計算し按分（onepot）</translation>
    </message>
    <message>
        <source>Legacy offset classes (legacy)</source>
        <translation>従来の相殺クラス（legacy）</translation>
    </message>
    <message>
        <source>The smaller of r_F and r_C, capped, reduces both legs: the more conservative result applies.</source>
        <translation>r_Fとr_Cの小さい方（上限付き）で両レッグを削減します。保守的な結果が適用されます。</translation>
    </message>
    <message>
        <source>FICC reduces its leg by r_F, CME its leg by r_C, each capped.</source>
        <translation>FICCは自らのレッグをr_Fで、CMEは自らのレッグをr_Cで削減します（それぞれ上限付き）。</translation>
    </message>
    <message>
        <source>One combined VaR over both legs, split between the CCPs pro rata.</source>
        <translation>両レッグを合算した1つのVaRを、CCP間で按分します。</translation>
    </message>
    <message>
        <source>Opposite FICC and CME DV01 matched by maturity class; credit × the smaller leg&apos;s margin.</source>
        <translation>FICCとCMEの逆方向のDV01を残存期間クラスごとに対応させ、クレジット × 小さい方のレッグの証拠金とします。</translation>
    </message>
</context>
<context>
    <name>xm::YieldCurveChart</name>
    <message>
        <source>U.S. Treasury par yield curve</source>
        <translation>米国債パー・イールド・カーブ</translation>
    </message>
    <message>
        <source>Markers: published par yields · Lines: par curve interpolated in maturity · Source: U.S. Department of the Treasury</source>
        <translation>マーカー：公表パー・イールド・線：年限で補間したパー・カーブ・出典：米国財務省</translation>
    </message>
    <message>
        <source>Source: U.S. Department of the Treasury</source>
        <translation>出典：米国財務省</translation>
    </message>
    <message>
        <source>Maturity (log scale)</source>
        <translation>年限（対数目盛）</translation>
    </message>
    <message>
        <source>Par yield (%)</source>
        <translation>パー・イールド（%）</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>基準日 %1</translation>
    </message>
    <message>
        <source>Comparison %1</source>
        <translation>比較 %1</translation>
    </message>
    <message>
        <source>%1:  %2 %</source>
        <translation>%1：  %2%</translation>
    </message>
    <message>
        <source> (interpolated)</source>
        <translation>（補間）</translation>
    </message>
    <message>
        <source>%1 par yield
%2
%3
Change:  %4 bp</source>
        <translation>%1 パー・イールド
%2
%3
変化：  %4 bp</translation>
    </message>
</context>
</TS>
