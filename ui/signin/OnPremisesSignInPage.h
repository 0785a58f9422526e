#pragma once

#include "SignInPage.h"

#include <QUrl>

class QLineEdit;

namespace pmp::ui {

// The On-premises page of the Sign-in dialog: the address of a Patch Manager Plus server in the
// admin's own network and an API token created in its web console.
class OnPremisesSignInPage : public SignInPage
{
    Q_OBJECT
public:
    explicit OnPremisesSignInPage(QWidget *parent = nullptr);

    // The server's address as PatchDeck uses it (scheme and port added), or empty.
    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    QString token() const;
    // Why the token cannot be checked yet, or empty.
    QString problem() const;
    // A new profile's name: the server's host name.
    QString suggestedName() const;

signals:
    // The admin typed in the server URL.
    void serverEdited();
    void changed();

private:
    QLineEdit *m_server = nullptr;
    QLineEdit *m_token = nullptr;
};

} // namespace pmp::ui
