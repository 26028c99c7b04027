#pragma once

#include "core/portfolio/account.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;

namespace xm {

class MarginSession;

// The account's cross-margining settings (MARGIN_MODEL.md §4): house or customer, the
// clearing firm's four registrations, the opt-in and the CME risk profile. Every change is
// one undoable MarginSession::setAccount; the panel follows undo and redo.
class AccountPanel final : public QGroupBox {
    Q_OBJECT

public:
    explicit AccountPanel(MarginSession& session, QWidget* parent = nullptr);

    QComboBox* typeBox() const { return m_type; }
    QCheckBox* brokerDealerBox() const { return m_brokerDealer; }
    QCheckBox* fcmBox() const { return m_fcm; }
    QCheckBox* ficcMemberBox() const { return m_ficcMember; }
    QCheckBox* cmeMemberBox() const { return m_cmeMember; }
    QCheckBox* optInBox() const { return m_optIn; }
    QComboBox* riskProfileBox() const { return m_riskProfile; }

private:
    QCheckBox* addCheckBox(const QString& text, const QString& toolTip);
    void showAccount();
    Account shownAccount() const;
    void edit();

    MarginSession& m_session;
    QComboBox* m_type;
    QCheckBox* m_brokerDealer;
    QCheckBox* m_fcm;
    QCheckBox* m_ficcMember;
    QCheckBox* m_cmeMember;
    QCheckBox* m_optIn;
    QComboBox* m_riskProfile;
    bool m_showing = false;
};

} // namespace xm
