#pragma once

#include <QFrame>
#include <QUrl>

class QColor;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace pmp::auth {
class BrowserSignIn;
struct SignInError;
} // namespace pmp::auth

namespace pmp::ui {

// Where the Sign-in dialog says how the attempt goes: the status line, the progress bar while an
// attempt runs, the browser's link (copy it, open the browser again) and an error's details.
// Hidden until there is something to say.
class SignInStatusArea : public QFrame
{
    Q_OBJECT
public:
    explicit SignInStatusArea(QWidget *parent = nullptr);

    // Tells the browser sign-in's steps as they come: the consent page shown (with its link to copy
    // and "Open browser again"), the tokens being fetched, and what the flow notices while it waits.
    void follow(pmp::auth::BrowserSignIn *browser);

    QString text() const;
    // The dialog's own words, as rich text (bold button names); anything quoted must be escaped.
    // An invalid colour is the palette's text colour.
    void showStatus(const QString &html, const QColor &color);
    // A step of the attempt (rich text, as showStatus), without an earlier error's details.
    void showProgress(const QString &html);
    // The error in plain text, always: it may quote the redirect, the accounts server or the
    // keychain, none of which may format this dialog. Its details are shown at once for a
    // certificate problem, behind "Details" otherwise.
    void showError(const pmp::auth::SignInError &error);
    // The progress bar runs while an attempt is under way.
    void showBusy(bool busy);

    // A new attempt: no link yet, and "Copy link" says so again.
    void newAttempt();
    // The attempt ended: no link to copy or browser to open again.
    void withdrawLink();

private:
    void setStatus(const QString &text, Qt::TextFormat format, const QColor &color);

    QUrl m_link;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_copyLink = nullptr;
    QPushButton *m_openAgain = nullptr;
    QPushButton *m_showDetails = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace pmp::ui
