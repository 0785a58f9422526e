#include "SelfClientSignInPage.h"

#include "api/OperationCatalogue.h"
#include "auth/OAuthAuthenticator.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace pmp::ui {

SelfClientSignInPage::SelfClientSignInPage(QWidget *parent)
    : SignInPage(QStringLiteral("selfClientPage"),
                 tr("For a Self Client: generate a one-time code in the API console and paste it here. No browser "
                    "redirect is involved."),
                 parent)
{
    auto *form = new QFormLayout;
    auto *scopeRow = new QHBoxLayout;
    m_scopes = new QLineEdit(this);
    m_scopes->setObjectName(QStringLiteral("selfClientScopes"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setReadOnly(true);
    scopeRow->addWidget(m_scopes, 1);
    scopeRow->addWidget(copyButton(QStringLiteral("copyScopes"), tr("Copy the scopes to paste in the API console"),
                                   [this] { return m_scopes->text(); }));
    form->addRow(tr("Scopes:"), scopeRow);
    m_includeWrite = new QCheckBox(tr("Include &write permissions (approve, install, scan)"), this);
    m_includeWrite->setObjectName(QStringLiteral("selfClientWrite"));
    connect(m_includeWrite, &QCheckBox::toggled, this, [this] {
        showScopes();
        emit scopesChanged();
    });
    form->addRow(QString(), m_includeWrite);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("selfClientCode"));
    m_code->setPlaceholderText(QStringLiteral("1000.xxxxxxxx.xxxxxxxx"));
    connect(m_code, &QLineEdit::textChanged, this, &SelfClientSignInPage::codeChanged);
    form->addRow(tr("&Grant code:"), m_code);
    showScopes();
    addForm(form);
}

QStringList SelfClientSignInPage::scopes() const
{
    QStringList scopes = pmp::auth::OAuthAuthenticator::defaultScopes();
    if (m_includeWrite->isChecked())
        scopes += pmp::api::OperationCatalogue::updateScopes();
    return scopes;
}

QString SelfClientSignInPage::code() const
{
    return m_code->text();
}

QString SelfClientSignInPage::problem() const
{
    return m_code->text().trimmed().isEmpty() ? tr("Paste the grant code.") : QString();
}

void SelfClientSignInPage::showScopes()
{
    m_scopes->setText(scopes().join(QLatin1Char(',')));
    m_scopes->setCursorPosition(0);
}

} // namespace pmp::ui
