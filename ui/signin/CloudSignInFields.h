#pragma once

#include "auth/DataCentre.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace pmp::auth {
struct Profile;
} // namespace pmp::auth

namespace pmp::ui {

// The fields of a Patch Manager Plus Cloud sign-in that the Browser and Self Client pages share:
// the data centre (or a custom server and accounts URL, for the simulator or a test tenant) and the
// client registered in the API console, with a shortcut to the simulator's client. One widget that
// the Sign-in dialog moves to the page shown.
class CloudSignInFields : public QWidget
{
    Q_OBJECT
public:
    explicit CloudSignInFields(QWidget *parent = nullptr);

    // The chosen data centre, or a custom one from the server and accounts URLs.
    pmp::auth::DataCentre dataCentre() const;
    QString clientId() const;
    QString clientSecret() const;
    // Why these fields cannot sign in yet (the custom URLs, the client id or secret), or empty.
    QString problem() const;
    // A new profile's name after the data centre: "Patch Manager Plus Europe", "Simulator"...
    QString suggestedName() const;

    // Fills the fields from a saved cloud profile; its client secret is in the keychain entry.
    void setProfile(const pmp::auth::Profile &profile);
    // The client secret from the keychain entry, unless one was typed meanwhile.
    void offerClientSecret(const QString &secret);

signals:
    // Another data centre, or another custom server or accounts URL.
    void dataCentreChanged();
    // Any field changed (what enables "Sign in" may have).
    void changed();

private:
    void onDataCentreChanged();

    QFormLayout *m_form = nullptr;
    QComboBox *m_dataCentre = nullptr;
    QLineEdit *m_customServer = nullptr;
    QLineEdit *m_customAccounts = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QPushButton *m_useSimulator = nullptr;
};

} // namespace pmp::ui
