#pragma once

#include "core/io/portfolio_document.h"
#include "core/market/date.h"

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QWidget;

namespace xm {

class MarginReport;
class MarginSession;
class PositionImportJob;
class RecentFiles;

// The document commands of the main window: new, open, save, save as, recent files, position
// CSV import (on a worker thread) and export, and results export. The interactive commands
// ask about unsaved changes and for file names and report problems in message boxes; a
// failed open or import leaves the open document as it was.
class DocumentController final : public QObject {
    Q_OBJECT

public:
    static constexpr const char* kDocumentFilter = QT_TRANSLATE_NOOP("xm::DocumentController",
                                                                     "XMargin portfolio (*.xmargin)");

    DocumentController(MarginSession& session, QWidget* window);

    // Empty while the document has never been saved (new, the bundled demo).
    const QString& filePath() const { return m_filePath; }
    // The file's name, else the portfolio's name, else "Untitled".
    QString displayName() const;
    bool isModified() const;
    RecentFiles* recentFiles() const { return m_recentFiles; }

    // Replace the document without asking, as of `asOf` when given; throw io::InputError or
    // std::invalid_argument (nothing changed) when the file cannot be read or valued.
    void load(const QString& path, Date asOf = {});
    void loadDemo(Date asOf = {});
    // Replace the document without asking by one recovered after a crash: modified until
    // saved, tied to `originalPath` (empty: never saved) so that Save writes that file. Throws
    // std::invalid_argument (nothing changed) when its as-of date cannot be valued.
    void recover(io::PortfolioDocument document, const QString& originalPath);

    // The teaching preset the open document came from (io::presets()); empty for any other.
    const QString& presetName() const { return m_presetName; }
    // Replace the document with preset `name` without asking; throws io::InputError for an
    // unknown name (nothing changed).
    void loadPreset(const QString& name, Date asOf = {});

    // The bundled example portfolios: file name and portfolio name.
    static QList<std::pair<QString, QString>> examples();

    // Interactive commands: true when done, false when cancelled or failed.
    bool newDocument();
    // A bundled example as a new, unsaved document.
    bool openExample(const QString& fileName);
    // A teaching preset as a new, unsaved document.
    bool openPreset(const QString& name);
    bool open();
    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    // Asks whether to save unsaved changes: true to go on (saved or discarded).
    bool maybeSave();

    void importPositions();
    // Starts reading `path` in the background; the positions are added as one undo step.
    PositionImportJob* importPositionsFrom(const QString& path);
    void exportPositions();
    void exportResultsJson();
    void exportResultsCsv();
    // Asks for a PDF file and writes `report` there, on the locale's paper.
    void exportReport(const MarginReport& report);

signals:
    // The file, its name or its modified state changed (window title).
    void titleChanged();
    void statusMessage(const QString& message);
    // presetName() changed: a preset was opened or another document replaced it.
    void presetChanged();

private:
    void setDocument(io::PortfolioDocument document, Date asOf);
    bool openPath(const QString& path);
    void setFilePath(const QString& path);
    void setPresetName(const QString& name);
    void importFinished(PositionImportJob* job);
    // A file name to write, with `suffix` added when missing; empty when cancelled.
    QString askSavePath(const QString& title, const QString& suggestedName, const QString& filter,
                        const QString& suffix);
    QString dialogDirectory() const;
    void rememberDirectory(const QString& path) const;
    void warn(const QString& title, const QString& message) const;
    template <typename Write>
    void exportTo(const QString& title, const QString& path, Write write);

    MarginSession& m_session;
    QWidget* m_window;
    RecentFiles* m_recentFiles;
    QString m_filePath;
    QString m_presetName;
};

} // namespace xm
