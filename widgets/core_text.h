#pragma once

#include "core/margin/model_parameters.h"
#include "core/message.h"
#include "core/portfolio/margin_result.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace xm {

// The core's words in the application's language. The core stays Qt-free and English (the
// CLI and the reports print its text); a message made from a template is translated here
// (context xm::CoreMessage) with its numbers in the reader's locale. Free text (an
// exception's message, a name or a citation from a data file) is shown as it is.
class CoreText final {
    Q_DECLARE_TR_FUNCTIONS(xm::CoreText)

public:
    static QString message(const Message& message);
    static QString book(Book book);                     // "FICC XM account", …
    static QString provenance(Provenance provenance);   // "official", "calibrated", "assumed"
    static QString binding(const std::string& binding); // "FICC", "CME", "both", "none", "each"
    // A stress window's name: the bundled parameter file's windows and the stress test's 2022
    // window translated, any other name (a parameter file of the user's) as it is.
    static QString stressWindow(const std::string& name);
};

} // namespace xm
