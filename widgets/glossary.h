#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace xm {

// The terms a newcomer meets in XMargin, each with a short, plain definition (issue #5): the
// one source for the glossary window and for the tooltips on labels, headers and tabs.
class Glossary final {
    Q_DECLARE_TR_FUNCTIONS(xm::Glossary)

public:
    enum class Term {
        InitialMargin,
        VariationMargin,
        MaintenanceMargin,
        StandaloneMargin,
        DuplicatedMargin,
        CrossMargining,
        Ficc,
        Cme,
        Ccp,
        BdFcm,
        HouseCustomer,
        OptIn,
        Hrp,
        EligibleProduct,
        Allocation,
        Cap,
        ReductionFactor,
        BindingCcp,
        Var,
        Span,
        HVaR,
        ScanRange,
        StressWindow,
        Haircut,
        Mla,
        Repo,
        ReverseRepo,
        Dv01,
        KeyRateDv01,
        Ctd,
        ConversionFactor,
        ImpliedRepo,
        ParYield,
        Sofr,
        BasisTrade,
        HedgeRatio,
        IncrementalMargin,
        Cusip,
    };
    static constexpr int kTermCount = static_cast<int>(Term::Cusip) + 1;

    static QList<Term> terms();
    static QString title(Term term);
    static QString definition(Term term);
    // Rich text for a tooltip: `lead` (what the widget does, may be empty), then the term.
    static QString toolTip(Term term, const QString& lead = {});
    // Sets toolTip(term, the widget's present tooltip) on `widget`.
    static void attach(QWidget* widget, Term term);
};

} // namespace xm
