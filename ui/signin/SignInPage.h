#pragma once

#include <QWidget>

#include <functional>

class QFormLayout;
class QToolButton;
class QVBoxLayout;

namespace pmp::ui {

// One page of the Sign-in dialog's method tabs: a line saying what the page is for, the page's own
// form under it, and between the two, on the Browser and Self Client pages, the cloud fields they
// share. What the pages have in common, so that each page holds only its own fields.
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    // Puts the shared cloud fields under the intro (they move along with the tab shown).
    void showCloudFields(QWidget *fields);

protected:
    SignInPage(const QString &objectName, const QString &intro, QWidget *parent);
    // Adds the page's form under the intro, and the stretch that keeps it at the top.
    void addForm(QFormLayout *form);
    // A "Copy" button that puts text() on the clipboard (a value to paste into the API console).
    QToolButton *copyButton(const QString &objectName, const QString &tip, std::function<QString()> text);

private:
    QVBoxLayout *m_layout = nullptr;
};

} // namespace pmp::ui
