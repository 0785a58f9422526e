#pragma once

#include "SignInPage.h"

class QCheckBox;
class QLineEdit;

namespace pmp::ui {

// The Self Client page of the Sign-in dialog: the scopes to generate a one-time code for in the API
// console (reading, and writing when ticked) and the field the code is pasted into.
class SelfClientSignInPage : public SignInPage
{
    Q_OBJECT
public:
    explicit SelfClientSignInPage(QWidget *parent = nullptr);

    QStringList scopes() const;
    QString code() const;
    // Why the code cannot be exchanged yet, or empty.
    QString problem() const;

signals:
    void scopesChanged();
    void codeChanged();

private:
    void showScopes();

    QLineEdit *m_scopes = nullptr;
    QCheckBox *m_includeWrite = nullptr;
    QLineEdit *m_code = nullptr;
};

} // namespace pmp::ui
