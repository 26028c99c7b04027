#include "account_panel.h"

#include "glossary.h"
#include "margin_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QVBoxLayout>

namespace xm {

AccountPanel::AccountPanel(MarginSession& session, QWidget* parent)
    : QGroupBox(tr("Account"), parent)
    , m_session(session)
    , m_type(new QComboBox(this))
    , m_riskProfile(new QComboBox(this))
{
    m_type->addItem(tr("Customer"), static_cast<int>(AccountType::Customer));
    m_type->addItem(tr("House"), static_cast<int>(AccountType::House));
    m_type->setToolTip(tr("House: the clearing member's own positions. Customer: a client's positions, "
                          "which need a dually registered broker-dealer/FCM and both opt-ins."));
    m_riskProfile->addItem(tr("HRP (initial = 110% of maintenance)"), static_cast<int>(RiskProfile::Hrp));
    m_riskProfile->addItem(tr("Non-HRP (initial = maintenance)"), static_cast<int>(RiskProfile::NonHrp));
    m_riskProfile->setToolTip(tr("CME risk profile of the account: heightened-risk-profile accounts post "
                                 "initial margin above maintenance."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Account type"), m_type);
    form->addRow(tr("CME risk profile"), m_riskProfile);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_brokerDealer = addCheckBox(tr("Firm is a registered broker-dealer"),
                                 tr("Registered with the SEC under Exchange Act §15(b)"));
    m_fcm = addCheckBox(tr("Firm is a registered FCM"), tr("Futures commission merchant registered with the CFTC"));
    m_ficcMember = addCheckBox(tr("Firm is a FICC GSD netting member"), tr("Government Securities Division netting member"));
    m_cmeMember = addCheckBox(tr("Firm is a CME clearing member"), tr("Clearing member of CME Clearing"));
    m_optIn = addCheckBox(tr("Customer and firm opted in to cross-margining"),
                          tr("Both the customer and the clearing firm agreed to the cross-margining arrangement"));
    layout->addStretch();
    using Term = Glossary::Term;
    Glossary::attach(m_type, Term::HouseCustomer);
    Glossary::attach(m_riskProfile, Term::Hrp);
    Glossary::attach(m_brokerDealer, Term::BdFcm);
    Glossary::attach(m_fcm, Term::BdFcm);
    Glossary::attach(m_ficcMember, Term::Ficc);
    Glossary::attach(m_cmeMember, Term::Cme);
    Glossary::attach(m_optIn, Term::OptIn);

    connect(m_type, &QComboBox::currentIndexChanged, this, &AccountPanel::edit);
    connect(m_riskProfile, &QComboBox::currentIndexChanged, this, &AccountPanel::edit);
    connect(&session, &MarginSession::resultChanged, this, &AccountPanel::showAccount);
    showAccount();
}

QCheckBox* AccountPanel::addCheckBox(const QString& text, const QString& toolTip)
{
    auto* box = new QCheckBox(text, this);
    box->setToolTip(toolTip);
    layout()->addWidget(box);
    connect(box, &QCheckBox::toggled, this, &AccountPanel::edit);
    return box;
}

void AccountPanel::showAccount()
{
    const Account& account = m_session.account();
    m_showing = true;
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(account.type)));
    m_riskProfile->setCurrentIndex(m_riskProfile->findData(static_cast<int>(account.riskProfile)));
    m_brokerDealer->setChecked(account.firm.brokerDealer);
    m_fcm->setChecked(account.firm.fcm);
    m_ficcMember->setChecked(account.firm.ficcMember);
    m_cmeMember->setChecked(account.firm.cmeMember);
    m_optIn->setChecked(account.optIn);
    // SEC Release 34-104748: the opt-in is the customer's and its BD-FCM's; house accounts
    // need none (eligibility.cpp checks it for customer accounts only).
    m_optIn->setEnabled(account.type == AccountType::Customer);
    m_showing = false;
}

Account AccountPanel::shownAccount() const
{
    Account account;
    account.type = static_cast<AccountType>(m_type->currentData().toInt());
    account.riskProfile = static_cast<RiskProfile>(m_riskProfile->currentData().toInt());
    account.firm = {m_brokerDealer->isChecked(), m_fcm->isChecked(), m_ficcMember->isChecked(), m_cmeMember->isChecked()};
    account.optIn = m_optIn->isChecked();
    return account;
}

void AccountPanel::edit()
{
    if (!m_showing)
        m_session.setAccount(shownAccount());
}

} // namespace xm
