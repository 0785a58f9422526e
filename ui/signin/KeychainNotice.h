#pragma once

#include <QFrame>

class QCheckBox;
class QLabel;

namespace pmp::auth {
class TokenStore;
} // namespace pmp::auth

namespace pmp::ui {

// The Sign-in dialog's keychain notice: why the sign-in cannot go to the keychain (none answers on
// this computer, or it refused to store the new sign-in) and the choice to keep the sign-in in
// memory for this session only. A warning box that recolours itself when the palette changes.
class KeychainNotice : public QFrame
{
    Q_OBJECT
public:
    explicit KeychainNotice(QWidget *parent = nullptr);

    // Shown while `store` has no keychain (asked now if nobody asked yet), with the reason; ticks
    // "session only" when the store already keeps sign-ins in memory.
    void follow(pmp::auth::TokenStore *store);
    // "Keep my sign-in for this session only" is ticked.
    bool sessionOnly() const;
    // Signed in, but the keychain did not store the sign-in: shows the notice with its `message`.
    void showNotStored(const QString &message);

signals:
    // The session-only choice or the keychain's availability changed ("Sign in" depends on both).
    void changed();

private:
    void showAvailability(const pmp::auth::TokenStore *store);
    void restyle();

    QLabel *m_text = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
};

} // namespace pmp::ui
