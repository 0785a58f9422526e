#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>

class QSettings;

namespace pmp::auth {

// The saved profiles, in QSettings ("profiles/<id>/..."), plus which one is current. Secrets
// never pass through here: Profile has no field for one.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // With no settings object the application's default QSettings is used.
    explicit ProfileStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const;
    Profile profile(const QString &id) const;
    bool contains(const QString &id) const;
    bool isEmpty() const { return profiles().isEmpty(); }
    // Saves (creating an id when the profile has none) and returns the saved profile.
    Profile save(Profile profile);
    void remove(const QString &id);

    QString currentId() const;
    void setCurrentId(const QString &id);
    // A name not used by another profile: "PatchDeck", "PatchDeck 2", ...
    QString uniqueName(const QString &base) const;
    // The profile's badge colour as an index into a palette of `paletteSize` colours (the GUI owns the
    // colours): chosen once, the one fewest other profiles use (the lowest on a tie), and kept, so a
    // tenant keeps its colour across restarts and two tenants differ while there are colours to spare.
    // -1 for an unknown profile.
    int badgeIndex(const QString &id, int paletteSize);

signals:
    void changed();

private:
    QSettings *m_settings;
    bool m_ownsSettings;
};

} // namespace pmp::auth
