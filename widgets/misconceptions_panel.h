#pragma once

#include <QWidget>

#include <array>

class QLabel;
class QTimer;
class QVBoxLayout;

namespace xm {

class MarginSession;

// Four common misunderstandings of customer FICC–CME cross-margining, each with the fact in
// plain language, how it applies to the portfolio open now (following every edit), and a
// button that opens the preset demonstrating it. The stress line replays the latest stress
// window with the portfolio's positions, once typing pauses and only while the panel is shown.
class MisconceptionsPanel final : public QWidget {
    Q_OBJECT

public:
    enum Topic { Accounts, Options, Netting, Shocks, TopicCount };

    explicit MisconceptionsPanel(const MarginSession& session, QWidget* parent = nullptr);

    // The preset that demonstrates `topic` (io::presets() name).
    static QString presetFor(Topic topic);
    // What the panel says about the open portfolio now.
    QString liveText(Topic topic) const;
    // Brings the stress replay up to date now (tests).
    void refreshNow();

signals:
    void presetRequested(const QString& name);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addTopic(QVBoxLayout* layout, Topic topic, const QString& heading, const QString& fact);
    void showResult();
    void replayStress();
    QString accountText() const;
    QString optionsText() const;
    QString nettingText() const;

    const MarginSession& m_session;
    std::array<QLabel*, TopicCount> m_live{};
    QTimer* m_stressDelay;
    bool m_stressStale = true;
};

} // namespace xm
