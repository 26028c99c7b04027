#include "glossary.h"

#include <QWidget>

namespace xm {

QList<Glossary::Term> Glossary::terms()
{
    QList<Term> all;
    for (int i = 0; i < kTermCount; ++i)
        all << static_cast<Term>(i);
    return all;
}

QString Glossary::title(Term term)
{
    switch (term) {
    case Term::InitialMargin: return tr("Initial margin");
    case Term::VariationMargin: return tr("Variation margin");
    case Term::MaintenanceMargin: return tr("Maintenance margin");
    case Term::StandaloneMargin: return tr("Standalone margin");
    case Term::DuplicatedMargin: return tr("Duplicated margin");
    case Term::CrossMargining: return tr("Cross-margining");
    case Term::Ficc: return tr("FICC");
    case Term::Cme: return tr("CME");
    case Term::Ccp: return tr("CCP");
    case Term::BdFcm: return tr("BD-FCM");
    case Term::HouseCustomer: return tr("House and customer accounts");
    case Term::OptIn: return tr("Opt-in");
    case Term::Hrp: return tr("HRP");
    case Term::EligibleProduct: return tr("Eligible product");
    case Term::Allocation: return tr("Allocation to cross-margining");
    case Term::Cap: return tr("80% cap");
    case Term::ReductionFactor: return tr("Reduction factor");
    case Term::BindingCcp: return tr("Binding CCP");
    case Term::Var: return tr("VaR");
    case Term::Span: return tr("SPAN");
    case Term::HVaR: return tr("HVaR (SPAN 2)");
    case Term::ScanRange: return tr("Scan range");
    case Term::StressWindow: return tr("Stress window");
    case Term::Haircut: return tr("Haircut");
    case Term::Mla: return tr("Margin Liquidity Adjustment");
    case Term::Repo: return tr("Repo");
    case Term::ReverseRepo: return tr("Reverse repo");
    case Term::Dv01: return tr("DV01");
    case Term::KeyRateDv01: return tr("Key-rate DV01");
    case Term::Ctd: return tr("CTD");
    case Term::ConversionFactor: return tr("Conversion factor");
    case Term::ImpliedRepo: return tr("Implied repo rate");
    case Term::ParYield: return tr("Par yield");
    case Term::Sofr: return tr("SOFR");
    case Term::BasisTrade: return tr("Basis trade");
    case Term::HedgeRatio: return tr("Hedge ratio");
    case Term::IncrementalMargin: return tr("Incremental margin");
    case Term::Cusip: return tr("CUSIP");
    }
    return {};
}

QString Glossary::definition(Term term)
{
    switch (term) {
    case Term::InitialMargin:
        return tr("Collateral a clearing house collects up front to cover the loss it could suffer while it "
                  "closes out the positions of a member that has defaulted.");
    case Term::VariationMargin:
        return tr("The daily payment that settles gains and losses at market prices. Cross-margining does not "
                  "change it, and XMargin does not model it.");
    case Term::MaintenanceMargin:
        return tr("The margin CME requires to keep futures positions open. Initial margin equals it, or 110% "
                  "of it for HRP accounts.");
    case Term::StandaloneMargin:
        return tr("What one clearing house requires on its own positions, as if the other side of a hedge did "
                  "not exist.");
    case Term::DuplicatedMargin:
        return tr("FICC's and CME's standalone requirements added up: what a hedged portfolio posts without "
                  "cross-margining, because each clearing house sees only one side of the hedge.");
    case Term::CrossMargining:
        return tr("An arrangement in which FICC and CME recognise that Treasury positions at FICC and interest-rate "
                  "futures at CME offset each other, and both lower their margin accordingly.");
    case Term::Ficc:
        return tr("Fixed Income Clearing Corporation, part of DTCC. Its Government Securities Division clears "
                  "U.S. Treasury trades and repo.");
    case Term::Cme:
        return tr("CME Clearing, the clearing house of CME Group. It clears Treasury, SOFR and Fed funds futures.");
    case Term::Ccp:
        return tr("Central counterparty: a clearing house that becomes the buyer to every seller and the seller to "
                  "every buyer, and collects margin to cover a member's default.");
    case Term::BdFcm:
        return tr("A firm registered both as a broker-dealer (SEC) and as a futures commission merchant (CFTC). "
                  "Customers can cross-margin only through such a firm that is a member of FICC and CME.");
    case Term::HouseCustomer:
        return tr("A house account holds the clearing member's own positions; a customer account holds a client's "
                  "positions, cleared through the member.");
    case Term::OptIn:
        return tr("Customer cross-margining is voluntary: the customer and the BD-FCM must both agree to put the "
                  "account into the arrangement.");
    case Term::Hrp:
        return tr("Heightened risk profile: CME accounts of this kind post initial margin above maintenance "
                  "margin (110% of it).");
    case Term::EligibleProduct:
        return tr("A product the arrangement admits: Treasury notes and bonds, and repo on collateral with more "
                  "than a year left, at FICC; listed Treasury, SOFR and Fed funds futures at CME. Bills, TIPS, "
                  "STRIPS, floating-rate notes and options are excluded.");
    case Term::Allocation:
        return tr("The CME clearing member chooses which eligible futures go into the cross-margining account; "
                  "futures left out are margined on their own.");
    case Term::Cap:
        return tr("The reduction cross-margining gives never exceeds 80% of the eligible positions' margin, however "
                  "well they hedge each other.");
    case Term::ReductionFactor:
        return tr("How far a clearing house lowers its margin: one minus the margin of both legs together divided "
                  "by the sum of the legs' separate margins (r_F for FICC, r_C for CME), at most the cap.");
    case Term::BindingCcp:
        return tr("The clearing house whose smaller reduction factor applies when the more conservative of the two "
                  "is used.");
    case Term::Var:
        return tr("Value at risk: the loss a portfolio exceeds only with a small probability (for example 1%) over "
                  "a set horizon, read from historical scenarios. FICC margins Treasury positions with a VaR "
                  "model.");
    case Term::Span:
        return tr("Standard Portfolio Analysis of Risk, CME's classic margin method: a price scan range per "
                  "contract, charges for calendar spreads and credits between related contracts.");
    case Term::HVaR:
        return tr("Historical value at risk, the approach of CME's newer SPAN 2 framework: the loss at a quantile "
                  "of the portfolio's P&L over historical scenarios.");
    case Term::ScanRange:
        return tr("In SPAN, the price move per contract the margin must cover. XMargin uses published maintenance "
                  "levels where the parameter file has them and calibrates the others on history.");
    case Term::StressWindow:
        return tr("A past period of market stress whose scenarios are added to the VaR lookback, so the margin "
                  "remembers turbulent markets.");
    case Term::Haircut:
        return tr("A percentage taken off a security's value. In repo, the cash lent is that much less than the "
                  "collateral is worth; FICC charges positions with a year or less to maturity a haircut instead "
                  "of VaR.");
    case Term::Mla:
        return tr("A FICC add-on for large net exposure in one maturity bucket: the extra cost of liquidating a "
                  "concentrated position.");
    case Term::Repo:
        return tr("Repurchase agreement: one side sells a Treasury security and agrees to buy it back later at a "
                  "set price; in effect a loan secured by the security.");
    case Term::ReverseRepo:
        return tr("The other side of a repo: buying a security now and selling it back later, that is lending cash "
                  "against Treasury collateral.");
    case Term::Dv01:
        return tr("Dollar value of one basis point: how much a position gains or loses when yields move by 0.01 "
                  "percentage points. XMargin shows the profit of a 1bp fall in yields.");
    case Term::KeyRateDv01:
        return tr("DV01 split by maturity: the gain or loss when only one point of the yield curve (2y, 5y, 10y, …) "
                  "moves by one basis point.");
    case Term::Ctd:
        return tr("Cheapest to deliver: of the bonds the seller of a Treasury future may deliver, the one that "
                  "costs least. The future's price and risk follow it.");
    case Term::ConversionFactor:
        return tr("The factor that turns a futures price into the invoice price of one deliverable bond: roughly "
                  "that bond's price, per 1 of face, at a 6% yield.");
    case Term::ImpliedRepo:
        return tr("The financing rate earned by buying a deliverable bond, selling the future and delivering the "
                  "bond. The highest one usually marks the CTD.");
    case Term::ParYield:
        return tr("The coupon at which a Treasury security would be priced at par. The Treasury publishes a par "
                  "yield curve every business day; XMargin builds its curve from it.");
    case Term::Sofr:
        return tr("Secured Overnight Financing Rate: the benchmark rate of overnight Treasury repo, published by "
                  "the Federal Reserve Bank of New York.");
    case Term::BasisTrade:
        return tr("Long Treasury bonds financed in repo and hedged with short Treasury futures (or the reverse), "
                  "to earn the gap between bond and futures prices.");
    case Term::HedgeRatio:
        return tr("The size of the hedge relative to the position it hedges; 100% here means DV01-neutral: the "
                  "futures' DV01 offsets the bonds'.");
    case Term::IncrementalMargin:
        return tr("How much one position changes the cross-margined requirement: the requirement with it minus "
                  "without it. Negative means the position saves margin.");
    case Term::Cusip:
        return tr("The nine-character identifier of a U.S. security, such as 91282CLF6.");
    }
    return {};
}

QString Glossary::toolTip(Term term, const QString& lead)
{
    QString text;
    if (!lead.isEmpty())
        text = QStringLiteral("<p>%1</p>").arg(lead.toHtmlEscaped());
    return text + QStringLiteral("<p><b>%1</b>: %2</p>").arg(title(term).toHtmlEscaped(), definition(term).toHtmlEscaped());
}

void Glossary::attach(QWidget* widget, Term term)
{
    widget->setToolTip(toolTip(term, widget->toolTip()));
}

} // namespace xm
