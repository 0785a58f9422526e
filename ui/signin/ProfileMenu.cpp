#include "ProfileMenu.h"

#include "auth/ProfileStore.h"

#include <QActionGroup>

namespace pmp::ui {

ProfileMenu::ProfileMenu(pmp::auth::ProfileStore *profiles, QWidget *parent)
    : QMenu(tr("&Profile"), parent), m_profiles(profiles)
{
    setObjectName(QStringLiteral("profileMenu"));
    connect(profiles, &pmp::auth::ProfileStore::changed, this, &ProfileMenu::rebuild);
    rebuild();
}

void ProfileMenu::setCurrentId(const QString &profileId)
{
    m_currentId = profileId;
    rebuild();
}

void ProfileMenu::rebuild()
{
    clear();
    if (!m_profiles)
        return;
    // With windows on several tenants, each menu checks its own window's profile.
    const QString current =
        !m_currentId.isEmpty() && m_profiles->contains(m_currentId) ? m_currentId : m_profiles->currentId();
    auto *group = new QActionGroup(this);
    const QList<pmp::auth::Profile> all = m_profiles->profiles();
    for (const pmp::auth::Profile &p : all) {
        QAction *a = addAction(p.label());
        a->setObjectName(QStringLiteral("profile:") + p.id);
        a->setCheckable(true);
        a->setChecked(p.id == current);
        a->setToolTip(p.kind == pmp::auth::Profile::Kind::OnPremises
                          ? tr("On-premises server %1").arg(p.serverUrl.toString())
                          : tr("Cloud, %1").arg(p.serverUrl.host()));
        group->addAction(a);
        const QString id = p.id;
        connect(a, &QAction::triggered, this, [this, id, current] {
            if (id != current)
                emit switchRequested(id);
        });
    }
    if (!all.isEmpty())
        addSeparator();
    addAction(tr("&Add profile…"), this, &ProfileMenu::addRequested)->setObjectName(QStringLiteral("addProfile"));
    QAction *again = addAction(tr("Sign &in again…"), this, &ProfileMenu::signInAgainRequested);
    again->setObjectName(QStringLiteral("signInAgain"));
    QAction *out = addAction(tr("Sign &out"), this, &ProfileMenu::signOutRequested);
    out->setObjectName(QStringLiteral("signOut"));
    QAction *remove = addAction(tr("&Remove profile…"), this, &ProfileMenu::removeRequested);
    remove->setObjectName(QStringLiteral("removeProfile"));
    const bool hasCurrent = !current.isEmpty();
    again->setEnabled(hasCurrent);
    out->setEnabled(hasCurrent);
    remove->setEnabled(hasCurrent);
    addSeparator();
    addAction(tr("&Network settings…"), this, &ProfileMenu::networkSettingsRequested)
        ->setObjectName(QStringLiteral("networkSettingsAction"));
}

} // namespace pmp::ui
