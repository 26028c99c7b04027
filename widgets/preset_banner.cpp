#include "preset_banner.h"

#include "core/io/preset_catalog.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace xm {

PresetBanner::PresetBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("presetBanner"));
    setFrameShape(StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_text->setObjectName(QStringLiteral("presetText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("presetBannerClose"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Hide this explanation until the next preset"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 4, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void PresetBanner::showPreset(const io::Preset* preset)
{
    if (!preset) {
        hide();
        return;
    }
    m_title = QCoreApplication::translate("xm::Presets", preset->title);
    m_explanation = QCoreApplication::translate("xm::Presets", preset->explanation);
    m_text->setText(tr("<b>Preset: %1.</b> %2").arg(m_title.toHtmlEscaped(), m_explanation.toHtmlEscaped()));
    show();
}

QString PresetBanner::title() const
{
    return m_title;
}

QString PresetBanner::explanation() const
{
    return m_explanation;
}

} // namespace xm
