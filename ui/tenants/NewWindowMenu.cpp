#include "NewWindowMenu.h"

#include "auth/ProfileStore.h"

namespace pmp::ui {

NewWindowMenu::NewWindowMenu(pmp::auth::ProfileStore *profiles, std::function<bool(const QString &)> isOpen,
                             QWidget *parent)
    : QMenu(tr("New &window"), parent), m_profiles(profiles), m_isOpen(std::move(isOpen))
{
    setObjectName(QStringLiteral("newWindowMenu"));
    connect(this, &QMenu::aboutToShow, this, &NewWindowMenu::rebuild);
    rebuild();
}

void NewWindowMenu::rebuild()
{
    clear();
    const QList<pmp::auth::Profile> all = m_profiles ? m_profiles->profiles() : QList<pmp::auth::Profile>();
    for (const pmp::auth::Profile &p : all) {
        QAction *a = addAction(p.label());
        a->setObjectName(QStringLiteral("newWindow:") + p.id);
        const bool open = m_isOpen && m_isOpen(p.id);
        a->setCheckable(true);
        a->setChecked(open);
        a->setToolTip(open ? tr("Already open: brings its window forward") : tr("Opens a window on this tenant"));
        const QString id = p.id;
        connect(a, &QAction::triggered, this, [this, id] { emit openRequested(id); });
    }
    if (!all.isEmpty())
        addSeparator();
    addAction(tr("&Sign in to another tenant…"), this, &NewWindowMenu::signInRequested)
        ->setObjectName(QStringLiteral("newWindowSignIn"));
}

} // namespace pmp::ui
