#pragma once

#include "core/portfolio/position.h"

#include <QValidator>

#include <optional>

namespace xm {

// A signed quantity as people type it (FORMATS.md): "-950", "+100mm", "25m", "1.5bn",
// "100,000,000". Acceptable when it reads as a sensible quantity for the venue (whole
// contracts for CME); a number still being typed is intermediate; other characters are refused.
class QuantityValidator final : public QValidator {
    Q_OBJECT

public:
    explicit QuantityValidator(Venue venue, QObject* parent = nullptr);

    State validate(QString& input, int& position) const override;

    // The quantity `text` reads as, when acceptable for `venue`.
    static std::optional<double> read(const QString& text, Venue venue);

private:
    Venue m_venue;
};

} // namespace xm
