#pragma once

#include "SignInPage.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace pmp::ui {

// The Browser page of the Sign-in dialog: the redirect PatchDeck listens on for Zoho's answer, a
// fixed port (the one registered in the API console) or any free one, and the exact redirect URI
// to register.
class BrowserSignInPage : public SignInPage
{
    Q_OBJECT
public:
    explicit BrowserSignInPage(QWidget *parent = nullptr);

    // The fixed port to listen on, or 0 for any free port.
    quint16 redirectPort() const;
    void setRedirectPort(quint16 port);
    // The exact redirect URI to register in the API console, or empty when any free port is used.
    QString registeredRedirectUri() const;

signals:
    void redirectChanged();

private:
    void updateRedirectUri();

    QCheckBox *m_fixedPort = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_redirectUri = nullptr;
};

} // namespace pmp::ui
