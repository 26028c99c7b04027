#include "chart_frame.h"

#include "fitted_text_element.h"
#include "usd_axis_ticker.h"

#include "widgets/chart_export.h"
#include "widgets/chart_palette.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPicture>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace xm {

namespace {

// QCustomPlot's built-in top layer; buffered on its own so hovering never redraws the data.
constexpr auto kOverlayLayer = "overlay";
constexpr double kPngExportScale = 2.0;
constexpr int kRightMargin = 28;
constexpr double kTinyStretch = 0.001;   // layout rows/columns that take only their minimum size
constexpr double kReadoutOffset = 14.0;  // pixels between the pointed-at spot and the read-out
// Exporting a chart that was never laid out (a hidden tab) uses the size of a slide picture.
constexpr QSize kDefaultExportSize{900, 560};
constexpr QSize kSmallestExportSize{320, 200};

// Rows of the plot layout; the subtitle's row is inserted below the title when a chart has one.
enum Row { TitleRow, LegendRow, AxisRectRow, FootnoteRow };

// A layout row that holds `element` at its minimum width, centred between two spacers.
QCPLayoutGrid* centred(QCustomPlot* plot, QCPLayoutElement* element)
{
    auto* row = new QCPLayoutGrid;
    row->addElement(0, 0, new QCPLayoutElement(plot));
    row->addElement(0, 1, element);
    row->addElement(0, 2, new QCPLayoutElement(plot));
    row->setColumnStretchFactors({1.0, kTinyStretch, 1.0});
    return row;
}

// The requested size, else the chart's own, else (never laid out) a slide picture's.
QSize exportSize(const QCustomPlot& plot, int width, int height)
{
    if (width > 0 && height > 0)
        return {width, height};
    const QSize current = plot.size();
    return current.width() >= kSmallestExportSize.width() && current.height() >= kSmallestExportSize.height()
        ? current
        : kDefaultExportSize;
}

} // namespace

ChartFrame::ChartFrame(const QString& title, const QString& exportStem, QWidget* parent)
    : QWidget(parent)
    , m_exportStem(exportStem)
    , m_plot(new QCustomPlot(this))
{
    setObjectName(exportStem);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_plot, 1);

    m_plot->setBackground(Qt::white);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);

    setupLayout();
    setTitle(title);
    styleAxis(m_plot->xAxis);
    styleAxis(m_plot->yAxis);
    setupReadout();

    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) { showReadout(event->position()); });
    connect(m_plot, &QCustomPlot::afterReplot, this, &ChartFrame::replotted);
}

ChartFrame::~ChartFrame() = default;

QString ChartFrame::title() const
{
    return m_title->text();
}

QString ChartFrame::exportName() const
{
    const QString name = QStringLiteral("xmargin-") + m_exportStem;
    return m_exportDate.isValid() ? name + QLatin1Char('-') + m_exportDate.toString(Qt::ISODate) : name;
}

void ChartFrame::setExportDate(const QDate& date)
{
    m_exportDate = date;
}

QCustomPlot* ChartFrame::plot() const
{
    return m_plot;
}

QString ChartFrame::readoutText() const
{
    return m_readout->visible() ? m_readout->text() : QString();
}

void ChartFrame::setupLayout()
{
    QCPLayoutGrid* layout = m_plot->plotLayout();
    QCPAxisRect* axisRect = m_plot->axisRect();
    layout->take(axisRect);
    layout->simplify();

    m_title = new FittedTextElement(m_plot, chartFont(5.0, true));
    m_title->setTextColor(palette::kText);
    m_title->setMargins(QMargins(0, 10, 0, 0));
    layout->addElement(TitleRow, 0, m_title);

    QCPLegend* legend = m_plot->legend;
    axisRect->insetLayout()->take(legend);
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setFont(chartFont(1.0));
    legend->setTextColor(palette::kText);
    legend->setColumnSpacing(28);
    legend->setIconSize(34, 14);
    layout->addElement(LegendRow, 0, centred(m_plot, legend));

    layout->addElement(AxisRectRow, 0, axisRect);
    // Without a right axis the automatic margin would let the plot run into the widget edge.
    axisRect->setAutoMargins(QCP::msLeft | QCP::msTop | QCP::msBottom);
    axisRect->setMargins(QMargins(0, 0, kRightMargin, 0));

    m_footnote = new FittedTextElement(m_plot, chartFont(-1.0));
    m_footnote->setTextColor(palette::kMutedText);
    m_footnote->setTextFlags(Qt::AlignRight | Qt::AlignVCenter);
    m_footnote->setMargins(QMargins(12, 2, kRightMargin, 8));
    layout->addElement(FootnoteRow, 0, m_footnote);

    layout->setRowSpacing(2);
    stretchAxisRectRow();
}

// The axis rect takes all the height the other rows leave.
void ChartFrame::stretchAxisRectRow()
{
    QCPLayoutGrid* layout = m_plot->plotLayout();
    QList<double> factors;
    for (int row = 0; row < layout->rowCount(); ++row)
        factors.append(layout->element(row, 0) == m_plot->axisRect() ? 1.0 : kTinyStretch);
    layout->setRowStretchFactors(factors);
}

void ChartFrame::setupReadout()
{
    m_plot->layer(kOverlayLayer)->setMode(QCPLayer::lmBuffered);

    m_emptyMessage = new QCPItemText(m_plot);
    m_emptyMessage->setLayer(kOverlayLayer);
    m_emptyMessage->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyMessage->position->setCoords(0.5, 0.5);
    m_emptyMessage->setFont(chartFont(1.5));
    m_emptyMessage->setColor(palette::kMutedText);
    m_emptyMessage->setVisible(false);

    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setLayer(kOverlayLayer);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(16);
    m_tracer->setBrush(Qt::NoBrush);
    m_tracer->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_tracer->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_tracer->setVisible(false);

    m_readout = new QCPItemText(m_plot);
    m_readout->setLayer(kOverlayLayer);
    m_readout->setClipToAxisRect(false);
    m_readout->position->setType(QCPItemPosition::ptAbsolute);
    m_readout->position->setParentAnchor(m_tracer->position);
    m_readout->setFont(font());
    m_readout->setColor(palette::kText);
    m_readout->setTextAlignment(Qt::AlignLeft);
    m_readout->setPadding(QMargins(8, 6, 8, 6));
    m_readout->setPen(QPen(palette::kAxis, 1));
    m_readout->setBrush(QColor(255, 255, 255, 235));
    m_readout->setVisible(false);
}

void ChartFrame::setTitle(const QString& title, const QString& shortTitle)
{
    m_title->setAlternatives(shortTitle.isEmpty() ? QStringList{title} : QStringList{title, shortTitle});
}

void ChartFrame::setSubtitle(const QString& text)
{
    if (!m_subtitle) {
        m_subtitle = new QCPTextElement(m_plot, QString(), chartFont(0.0));
        m_subtitle->setTextColor(palette::kMutedText);
        m_subtitle->setMargins(QMargins(0, 2, 0, 0));
        QCPLayoutGrid* layout = m_plot->plotLayout();
        layout->insertRow(TitleRow + 1);
        layout->addElement(TitleRow + 1, 0, m_subtitle);
        stretchAxisRectRow();
    }
    m_subtitle->setText(text);
}

void ChartFrame::setFootnote(const QStringList& alternatives)
{
    m_footnote->setAlternatives(alternatives);
}

void ChartFrame::setEmptyMessage(const QString& text)
{
    m_emptyMessage->setText(text);
    m_emptyMessage->setVisible(!text.isEmpty());
}

QLabel* ChartFrame::addControl(const QString& label, QWidget* control)
{
    if (!m_controls) {
        m_controls = new QHBoxLayout;
        m_controls->setContentsMargins(12, 8, 12, 0);
        m_controls->addStretch(1);
        auto* frameLayout = static_cast<QVBoxLayout*>(layout());
        frameLayout->insertLayout(0, m_controls);
    }
    auto* caption = new QLabel(label, this);
    caption->setBuddy(control);
    control->setParent(this);
    // Before the stretch, so the controls gather on the left.
    m_controls->insertWidget(m_controls->count() - 1, caption);
    m_controls->insertWidget(m_controls->count() - 1, control);
    return caption;
}

QFont ChartFrame::chartFont(double deltaPt, bool bold) const
{
    QFont scaled = font();
    scaled.setPointSizeF(scaled.pointSizeF() + deltaPt);
    scaled.setBold(bold);
    return scaled;
}

void ChartFrame::styleAxis(QCPAxis* axis) const
{
    axis->setBasePen(QPen(palette::kAxis, 1));
    axis->setTickPen(QPen(palette::kAxis, 1));
    axis->setSubTickPen(QPen(palette::kAxis, 1));
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(4);
    axis->setSubTickLengthIn(0);
    axis->setSubTickLengthOut(2);
    axis->setLabelColor(palette::kText);
    axis->setTickLabelColor(palette::kText);
    axis->setLabelFont(chartFont(0.5));
    axis->setTickLabelFont(chartFont(0.0));
    axis->setLabelPadding(8);
    axis->grid()->setPen(QPen(palette::kGrid, 1));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

void ChartFrame::setUsdAxis(QCPAxis* axis) const
{
    auto ticker = QSharedPointer<UsdAxisTicker>::create();
    ticker->setTickCount(6);
    axis->setTicker(ticker);
    axis->setSubTicks(false);
}

void ChartFrame::setCategories(QCPAxis* axis, const QStringList& labels) const
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i + 1, labels[i]);
    axis->setTicker(ticker);
    axis->setSubTicks(false);
    axis->setTickLength(0, 0);
    axis->grid()->setVisible(false);
    axis->setRange(0.4, labels.size() + 0.6);
}

QCPGraph* ChartFrame::addLine(const QString& name, const QPen& pen)
{
    QCPGraph* graph = m_plot->addGraph();
    graph->setName(name);
    graph->setPen(pen);
    return graph;
}

QCPItemText* ChartFrame::addText(double deltaPt, bool bold)
{
    auto* text = new QCPItemText(m_plot);
    text->setFont(chartFont(deltaPt, bold));
    text->setColor(palette::kText);
    text->setClipToAxisRect(false);
    text->setTextAlignment(Qt::AlignCenter);
    return text;
}

void ChartFrame::queueReplot()
{
    fitLegend(m_plot->width());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartFrame::fitLegend(int width)
{
    QCPLegend* legend = m_plot->legend;
    const int available = width - 2 * kRightMargin;
    for (int wrap = legend->itemCount(); wrap >= 1; --wrap) {
        legend->setWrap(wrap);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
        if (legend->minimumOuterSizeHint().width() <= available)
            return;
    }
}

void ChartFrame::prepareExport()
{
}

void ChartFrame::showReadout(const QPointF& pos)
{
    const QCPAxisRect* axisRect = m_plot->axisRect();
    const std::optional<Readout> readout =
        axisRect->rect().contains(pos.toPoint()) ? readoutAt(pos) : std::nullopt;
    if (!readout) {
        hideReadout();
        return;
    }

    m_tracer->position->setCoords(readout->anchor);
    m_tracer->setPen(readout->ring.isValid() ? QPen(readout->ring, 2) : QPen(Qt::NoPen));
    m_tracer->setVisible(true);

    // Place the read-out on the side of the point facing the centre of the plot.
    const QPointF point = m_tracer->position->pixelPosition();
    const bool left = point.x() > axisRect->center().x();
    const bool below = point.y() < axisRect->center().y();
    m_readout->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) | (below ? Qt::AlignTop : Qt::AlignBottom));
    m_readout->position->setCoords(left ? -kReadoutOffset : kReadoutOffset, below ? kReadoutOffset : -kReadoutOffset);
    m_readout->setText(readout->text);
    m_readout->setVisible(true);
    m_plot->layer(kOverlayLayer)->replot();
}

void ChartFrame::hideReadout()
{
    if (!m_tracer->visible())
        return;
    m_tracer->setVisible(false);
    m_readout->setVisible(false);
    m_plot->layer(kOverlayLayer)->replot();
}

bool ChartFrame::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        hideReadout();
    if (watched == m_plot && event->type() == QEvent::Resize)
        fitLegend(static_cast<QResizeEvent*>(event)->size().width());
    return QWidget::eventFilter(watched, event);
}

QSize ChartFrame::beginExport(int width, int height)
{
    prepareExport();
    hideReadout();
    const QSize size = exportSize(*m_plot, width, height);
    fitLegend(size.width());
    return size;
}

void ChartFrame::endExport()
{
    fitLegend(m_plot->width());
    // The export laid the chart out at its own size; the widget gets its layout back.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool ChartFrame::savePng(const QString& path, int width, int height)
{
    const QSize size = beginExport(width, height);
    const bool saved = m_plot->savePng(path, size.width(), size.height(), kPngExportScale);
    endExport();
    return saved;
}

bool ChartFrame::savePdf(const QString& path, int width, int height)
{
    const QSize size = beginExport(width, height);
    const bool saved = m_plot->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QStringLiteral("XMargin"), title());
    endExport();
    return saved;
}

void ChartFrame::drawInto(QPainter& painter, const QRectF& target, QSize layoutSize)
{
    const QSize size = beginExport(layoutSize.width(), layoutSize.height());
    // Recorded first: a picture keeps the chart's fonts in proportion on any device resolution.
    QPicture picture;
    QCPPainter recorder;
    recorder.begin(&picture);
    recorder.setMode(QCPPainter::pmNonCosmetic);
    m_plot->toPainter(&recorder, size.width(), size.height());
    recorder.end();
    endExport();
    painter.save();
    painter.translate(target.topLeft());
    // Playing a picture scales it from its resolution to the device's; undone here.
    const QPaintDevice* device = painter.device();
    painter.scale(target.width() / size.width() * picture.logicalDpiX() / device->logicalDpiX(),
                  target.height() / size.height() * picture.logicalDpiY() / device->logicalDpiY());
    painter.drawPicture(0, 0, picture);
    painter.restore();
}

QPixmap ChartFrame::toPixmap()
{
    const QSize size = beginExport(0, 0);
    const QPixmap pixmap = m_plot->toPixmap(size.width(), size.height(), kPngExportScale);
    endExport();
    return pixmap;
}

void ChartFrame::copyToClipboard()
{
    QApplication::clipboard()->setPixmap(toPixmap());
}

void ChartFrame::exportWithDialog()
{
    prepareExport();  // the suggested name carries the date of the data
    exportChartWithDialog(this, exportName(), [this](const QString& path, bool pdf) {
        return pdf ? savePdf(path) : savePng(path);
    });
}

void ChartFrame::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy chart"), this, &ChartFrame::copyToClipboard);
    menu.addAction(tr("&Export chart…"), this, &ChartFrame::exportWithDialog);
    menu.exec(event->globalPos());
}

} // namespace xm
