#include "start_page.h"

#include "core/io/preset_catalog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace xm {
namespace {

const QString kShowAtStartKey = QStringLiteral("startPage/showAtStart");
constexpr QSize kDefaultSize{820, 680};

QWidget* presetCard(const io::Preset& preset, StartPage* page)
{
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("presetCard-") + preset.name);
    card->setFrameShape(QFrame::StyledPanel);
    auto* title = new QLabel(QCoreApplication::translate("xm::Presets", preset.title));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* explanation = new QLabel(QCoreApplication::translate("xm::Presets", preset.explanation));
    explanation->setWordWrap(true);
    auto* open = new QPushButton(StartPage::tr("Open"));
    open->setObjectName(QStringLiteral("openPreset-") + preset.name);
    open->setToolTip(StartPage::tr("Open “%1” as a new, unsaved portfolio").arg(title->text()));
    QObject::connect(open, &QPushButton::clicked, page, [page, name = preset.name] {
        emit page->presetChosen(name);
        page->accept();
    });

    auto* layout = new QGridLayout(card);
    layout->addWidget(title, 0, 0);
    layout->addWidget(open, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(explanation, 1, 0);
    layout->setColumnStretch(0, 1);
    return card;
}

} // namespace

StartPage::StartPage(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setWindowTitle(tr("XMargin — Start"));
    auto* intro = new QLabel(tr("<b>Teaching presets</b><br>Real portfolios, each with what it shows about FICC–CME "
                                "cross-margining. Opening one starts a new, unsaved portfolio; the figures are model "
                                "estimates, not a CCP statement."));
    intro->setWordWrap(true);

    auto* cards = new QWidget;
    auto* cardLayout = new QVBoxLayout(cards);
    for (const io::Preset& preset : io::presets())
        cardLayout->addWidget(presetCard(preset, this));
    cardLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(cards);

    auto* atStart = new QCheckBox(tr("&Show this page when XMargin starts"));
    atStart->setObjectName(QStringLiteral("showAtStartCheck"));
    atStart->setChecked(showAtStart());
    connect(atStart, &QCheckBox::toggled, this, &StartPage::setShowAtStart);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(atStart);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);
    resize(kDefaultSize);
}

bool StartPage::showAtStart()
{
    return QSettings().value(kShowAtStartKey, true).toBool();
}

void StartPage::setShowAtStart(bool show)
{
    QSettings().setValue(kShowAtStartKey, show);
}

} // namespace xm
