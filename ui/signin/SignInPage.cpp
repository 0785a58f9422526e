#include "SignInPage.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace pmp::ui {

SignInPage::SignInPage(const QString &objectName, const QString &intro, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    m_layout = new QVBoxLayout(this);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("pageIntro"));
    label->setContentsMargins(0, 0, 0, 6);
    m_layout->addWidget(label);
}

void SignInPage::showCloudFields(QWidget *fields)
{
    m_layout->insertWidget(1, fields);
}

void SignInPage::addForm(QFormLayout *form)
{
    m_layout->addLayout(form);
    m_layout->addStretch(1);
}

QToolButton *SignInPage::copyButton(const QString &objectName, const QString &tip, std::function<QString()> text)
{
    auto *b = new QToolButton(this);
    b->setObjectName(objectName);
    b->setText(tr("Copy"));
    b->setToolTip(tip);
    connect(b, &QToolButton::clicked, b, [text] { QGuiApplication::clipboard()->setText(text()); });
    return b;
}

} // namespace pmp::ui
