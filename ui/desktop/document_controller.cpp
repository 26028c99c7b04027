#include "document_controller.h"

#include "example_names.h"
#include "position_import_job.h"
#include "recent_files.h"
#include "results_export.h"

#include "core/io/bundled_portfolios.h"
#include "core/io/input_text.h"
#include "core/io/json_path_reader.h"
#include "core/io/portfolio_json.h"
#include "core/io/position_csv.h"
#include "core/io/preset_catalog.h"
#include "widgets/margin_session.h"
#include "widgets/report/margin_report.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QUndoStack>

#include <stdexcept>

namespace xm {
namespace {

const QString kLastDirectory = QStringLiteral("lastDirectory");
const QString kDocumentSuffix = QStringLiteral("xmargin");

QString errorText(const std::exception& error)
{
    return QString::fromUtf8(error.what());
}

QString fileNameFor(QString name)
{
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    return name.trimmed().isEmpty() ? QCoreApplication::translate("xm::DocumentController", "portfolio") : name.trimmed();
}

} // namespace

DocumentController::DocumentController(MarginSession& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_recentFiles(new RecentFiles(this))
{
    connect(&session, &MarginSession::documentChanged, this, &DocumentController::titleChanged);
    // Whatever replaces the document ends the preset; loadPreset names it again afterwards.
    connect(&session, &MarginSession::positionsReset, this, [this] { setPresetName({}); });
}

QString DocumentController::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    const QString name = QString::fromStdString(m_session.document().portfolio.name);
    return name.isEmpty() ? tr("Untitled") : name;
}

bool DocumentController::isModified() const
{
    return !m_session.undoStack()->isClean();
}

void DocumentController::load(const QString& path, Date asOf)
{
    const QByteArray json = io::readInputFile(path, path);
    io::PortfolioDocument document = io::readPortfolioDocument(json, path);
    // A document whose as-of date the engine cannot value is refused at its "asOf".
    const io::JsonPathReader reader(json, path);
    const Date first = m_session.marketData().parYields.firstDate();
    const bool dated = asOf.isNull() && !document.portfolio.asOf.isNull();
    if (dated && document.portfolio.asOf < first)
        reader.fail(QStringLiteral("asOf"), tr("an as-of date on or after %1, where the par-yield history starts")
                                                .arg(QString::fromStdString(first.toIso())));
    try {
        setDocument(std::move(document), asOf);
    } catch (const std::invalid_argument& error) {
        if (!dated)
            throw;
        reader.fail(QStringLiteral("asOf"), tr("an as-of date the bundled data can value (%1)").arg(errorText(error)));
    }
    setFilePath(path);
    m_recentFiles->add(path);
}

void DocumentController::loadDemo(Date asOf)
{
    setDocument(translatedExample(io::loadBundledDemoPortfolio()), asOf);
    setFilePath({});
}

void DocumentController::recover(io::PortfolioDocument document, const QString& originalPath)
{
    setDocument(std::move(document), {});
    setFilePath(originalPath);
    // No undo step leads back to a saved state: the file (if any) does not have these changes.
    m_session.undoStack()->resetClean();
    emit statusMessage(tr("Recovered “%1”: save it to keep the changes").arg(displayName()));
}

void DocumentController::setDocument(io::PortfolioDocument document, Date asOf)
{
    if (!asOf.isNull())
        document.portfolio.asOf = asOf;
    m_session.setDocument(std::move(document));
}

bool DocumentController::newDocument()
{
    if (!maybeSave())
        return false;
    io::PortfolioDocument document;
    document.portfolio.asOf = m_session.asOf();
    document.portfolio.account = m_session.account();  // a new portfolio usually sits in the same account
    m_session.setDocument(std::move(document));
    setFilePath({});
    emit statusMessage(tr("New portfolio: add positions with the pickers or the quick-entry line"));
    return true;
}

QList<std::pair<QString, QString>> DocumentController::examples()
{
    QList<std::pair<QString, QString>> list;
    const QStringList files = QDir(io::bundledPortfolioPath({})).entryList({QStringLiteral("*.xmargin")}, QDir::Files,
                                                                            QDir::Name);
    for (const QString& file : files) {
        try {
            list.append({file, exampleName(io::loadBundledPortfolio(file).portfolio.name)});
        } catch (const std::exception&) {
            continue;  // a broken resource is a build problem the resource tests report
        }
    }
    return list;
}

bool DocumentController::openExample(const QString& fileName)
{
    if (!maybeSave())
        return false;
    try {
        setDocument(translatedExample(io::loadBundledPortfolio(fileName)), {});
    } catch (const std::exception& error) {
        warn(tr("Open example"), errorText(error));
        return false;
    }
    setFilePath({});
    emit statusMessage(tr("Opened the example “%1”").arg(displayName()));
    return true;
}

void DocumentController::loadPreset(const QString& name, Date asOf)
{
    io::PortfolioDocument document = io::loadPreset(name);
    // Named after the preset's title in the user's language: charts and the report show it.
    document.portfolio.name = QCoreApplication::translate("xm::Presets", io::presetNamed(name).title).toStdString();
    setDocument(std::move(document), asOf);
    setFilePath({});
    setPresetName(name);
}

bool DocumentController::openPreset(const QString& name)
{
    if (!maybeSave())
        return false;
    try {
        loadPreset(name);
    } catch (const std::exception& error) {
        warn(tr("Open preset"), errorText(error));
        return false;
    }
    emit statusMessage(tr("Opened the preset “%1”").arg(QCoreApplication::translate("xm::Presets", io::presetNamed(name).title)));
    return true;
}

void DocumentController::setPresetName(const QString& name)
{
    if (name == m_presetName)
        return;
    m_presetName = name;
    emit presetChanged();
}

bool DocumentController::open()
{
    if (!maybeSave())
        return false;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open portfolio"), dialogDirectory(),
                                                      tr(kDocumentFilter) + QStringLiteral(";;")
                                                          + tr("All files (*)"));
    return !path.isEmpty() && openPath(path);
}

bool DocumentController::openFile(const QString& path)
{
    return maybeSave() && openPath(path);
}

bool DocumentController::openPath(const QString& path)
{
    try {
        load(path);
    } catch (const std::exception& error) {
        if (!QFileInfo::exists(path))
            m_recentFiles->remove(path);
        warn(tr("Open portfolio"),
             tr("Could not open %1; the open portfolio is unchanged.\n\n%2").arg(QDir::toNativeSeparators(path),
                                                                                 errorText(error)));
        return false;
    }
    rememberDirectory(path);
    emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::save()
{
    return m_filePath.isEmpty() ? saveAs() : saveTo(m_filePath);
}

bool DocumentController::saveAs()
{
    const QString path = askSavePath(tr("Save portfolio as"),
                                     fileNameFor(QFileInfo(displayName()).completeBaseName()) + QLatin1Char('.')
                                         + kDocumentSuffix,
                                     tr(kDocumentFilter), kDocumentSuffix);
    return !path.isEmpty() && saveTo(path);
}

bool DocumentController::saveTo(const QString& path)
{
    try {
        io::savePortfolioDocument(m_session.document(), path);
    } catch (const std::exception& error) {
        warn(tr("Save portfolio"), tr("Could not save the portfolio; nothing was written.\n\n%1").arg(errorText(error)));
        return false;
    }
    m_session.undoStack()->setClean();
    setFilePath(path);
    m_recentFiles->add(path);
    rememberDirectory(path);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The portfolio “%1” has changes that are not saved.").arg(displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedChangesPrompt"));
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void DocumentController::importPositions()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import positions"), dialogDirectory(),
                                                      tr("Position CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    importPositionsFrom(path);
}

PositionImportJob* DocumentController::importPositionsFrom(const QString& path)
{
    auto* job = new PositionImportJob(path, m_session.asOf().year(), m_window);
    job->setParent(this);
    connect(job, &PositionImportJob::finished, this, [this, job] { importFinished(job); });
    job->start();
    return job;
}

void DocumentController::importFinished(PositionImportJob* job)
{
    const QString name = QDir::toNativeSeparators(job->path());
    switch (job->outcome()) {
    case PositionImportJob::Outcome::Read: {
        std::vector<Position> positions = job->takePositions();
        const int count = static_cast<int>(positions.size());
        m_session.addPositions(std::move(positions));
        emit statusMessage(tr("Imported %n position(s) from %1", nullptr, count).arg(name));
        break;
    }
    case PositionImportJob::Outcome::Failed:
        warn(tr("Import positions"),
             tr("Could not import %1; no position was added.\n\n%2").arg(name, job->error()));
        break;
    case PositionImportJob::Outcome::Cancelled:
    case PositionImportJob::Outcome::Running:
        emit statusMessage(tr("Import of %1 cancelled; no position was added").arg(name));
        break;
    }
    job->deleteLater();
}

void DocumentController::exportPositions()
{
    const QString path = askSavePath(tr("Export positions"),
                                     fileNameFor(QFileInfo(displayName()).completeBaseName()) + QStringLiteral(".csv"),
                                     tr("Position CSV (*.csv)"), QStringLiteral("csv"));
    exportTo(tr("Export positions"), path,
             [this](const QString& file) { io::savePositionsCsv(m_session.positions(), file); });
}

void DocumentController::exportResultsJson()
{
    const QString path = askSavePath(tr("Export results"),
                                     fileNameFor(QFileInfo(displayName()).completeBaseName()) + tr("-margin.json"),
                                     tr("JSON (*.json)"), QStringLiteral("json"));
    exportTo(tr("Export results"), path, [this](const QString& file) { xm::exportResultsJson(m_session, file); });
}

void DocumentController::exportResultsCsv()
{
    const QString path = askSavePath(tr("Export results"),
                                     fileNameFor(QFileInfo(displayName()).completeBaseName()) + tr("-margin.csv"),
                                     tr("CSV (*.csv)"), QStringLiteral("csv"));
    exportTo(tr("Export results"), path, [this](const QString& file) { xm::exportResultsCsv(m_session, file); });
}

void DocumentController::exportReport(const MarginReport& report)
{
    const QString path = askSavePath(tr("Export report"),
                                     fileNameFor(QFileInfo(displayName()).completeBaseName()) + tr("-report.pdf"),
                                     tr("PDF document (*.pdf)"), QStringLiteral("pdf"));
    exportTo(tr("Export report"), path,
             [&report](const QString& file) { report.writePdf(file, MarginReport::defaultPageSize()); });
}

template <typename Write>
void DocumentController::exportTo(const QString& title, const QString& path, Write write)
{
    if (path.isEmpty())
        return;
    try {
        write(path);
    } catch (const std::exception& error) {
        warn(title, tr("Nothing was written.\n\n%1").arg(errorText(error)));
        return;
    }
    emit statusMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
}

QString DocumentController::askSavePath(const QString& title, const QString& suggestedName, const QString& filter,
                                        const QString& suffix)
{
    QString path = QFileDialog::getSaveFileName(m_window, title, QDir(dialogDirectory()).filePath(suggestedName), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    rememberDirectory(path);
    return path;
}

void DocumentController::setFilePath(const QString& path)
{
    m_filePath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    emit titleChanged();
}

QString DocumentController::dialogDirectory() const
{
    const QString directory = QSettings().value(kLastDirectory).toString();
    return QFileInfo(directory).isDir() ? directory : QDir::homePath();
}

void DocumentController::rememberDirectory(const QString& path) const
{
    QSettings().setValue(kLastDirectory, QFileInfo(path).absolutePath());
}

void DocumentController::warn(const QString& title, const QString& message) const
{
    QMessageBox::warning(m_window, title, message);
}

} // namespace xm
