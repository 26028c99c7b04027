#include "recovery_prompt.h"

#include "autosaver.h"
#include "document_controller.h"

#include <QAbstractButton>
#include <QDir>
#include <QLocale>
#include <QMessageBox>

#include <stdexcept>

namespace xm {

int RecoveryPrompt::ask(const RecoverySlot::Info& info, QWidget* parent)
{
    const QString savedAt = QLocale().toString(info.savedAt.toLocalTime(), QLocale::ShortFormat);
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes"),
                    tr("XMargin did not close normally. Unsaved changes to “%1” were autosaved at %2.")
                        .arg(info.displayName, savedAt),
                    QMessageBox::Open | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("recoveryPrompt"));
    box.setInformativeText(
        info.originalPath.isEmpty()
            ? tr("Recover opens them as a portfolio that has never been saved. Discard deletes the "
                                 "autosaved copy; Later keeps it for the next start.")
            : tr("Recover opens them as unsaved changes to %1. Discard deletes the autosaved copy; "
                                 "Later keeps it for the next start.")
                  .arg(QDir::toNativeSeparators(info.originalPath)));
    box.button(QMessageBox::Open)->setText(tr("&Recover"));
    box.button(QMessageBox::Cancel)->setText(tr("&Later"));
    box.setDefaultButton(QMessageBox::Open);
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec();
}

bool RecoveryPrompt::offer(Autosaver& autosaver, DocumentController& documents, QWidget* parent)
{
    for (std::unique_ptr<RecoverySlot>& slot : autosaver.store().claimOrphans()) {
        const RecoverySlot::Info info = slot->info();
        switch (ask(info, parent)) {
        case QMessageBox::Open:
            try {
                documents.recover(slot->readDocument(), info.originalPath);
            } catch (const std::exception& error) {
                QMessageBox::warning(parent, tr("Recover unsaved changes"),
                                     tr("Could not recover “%1”; the autosaved copy is kept as %2.\n\n%3")
                                         .arg(info.displayName, QDir::toNativeSeparators(slot->documentPath()),
                                              QString::fromUtf8(error.what())));
                continue;
            }
            autosaver.adopt(std::move(slot));
            return true;
        case QMessageBox::Discard:
            slot->removeFiles();
            break;
        default:
            break;  // Later
        }
    }
    return false;
}

} // namespace xm
