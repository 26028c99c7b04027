#pragma once

#include "recovery_slot.h"

#include <QCoreApplication>

class QWidget;

namespace xm {

class Autosaver;
class DocumentController;

// At the start of an interactive session, offers each document that a crashed session
// autosaved (newest first) in a message box naming it and the time of its last autosave:
// Recover opens it as a modified document tied to its original file, so that Save writes
// that file, and autosaving goes on in its recovery slot; Discard deletes it; Later keeps it
// for the next start. Nothing is offered that a running instance owns.
class RecoveryPrompt final {
    Q_DECLARE_TR_FUNCTIONS(xm::RecoveryPrompt)

public:
    // True when a document was recovered (the rest are offered at the next start).
    static bool offer(Autosaver& autosaver, DocumentController& documents, QWidget* parent);

private:
    // The message box for one autosaved document; the QMessageBox::StandardButton chosen.
    static int ask(const RecoverySlot::Info& info, QWidget* parent);
};

} // namespace xm
