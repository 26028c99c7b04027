#pragma once

#include <QFrame>

class QLabel;

namespace xm {

namespace io {
struct Preset;
}

// What the open teaching preset shows, above the summary, for the trainer to talk to: its
// title in bold, then its explanation, in one compact paragraph. The close button hides it
// until the next preset opens.
class PresetBanner final : public QFrame {
    Q_OBJECT

public:
    explicit PresetBanner(QWidget* parent = nullptr);

    // nullptr (no preset open) hides the banner.
    void showPreset(const io::Preset* preset);
    QString title() const;
    QString explanation() const;

private:
    QString m_title;
    QString m_explanation;
    QLabel* m_text;
};

} // namespace xm
