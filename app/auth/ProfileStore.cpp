#include "ProfileStore.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace pmp::auth {

namespace {

const QString kGroup = QStringLiteral("profiles");
const QString kCurrent = QStringLiteral("currentProfile");

QString kindKey(Profile::Kind kind)
{
    return kind == Profile::Kind::OnPremises ? QStringLiteral("onprem") : QStringLiteral("cloud");
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings ? settings : new QSettings()), m_ownsSettings(!settings)
{
}

ProfileStore::~ProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids)
        list.append(profile(id));
    std::sort(list.begin(), list.end(),
              [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return list;
}

bool ProfileStore::contains(const QString &id) const
{
    if (id.isEmpty())
        return false;
    m_settings->beginGroup(kGroup);
    const bool has = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return has;
}

Profile ProfileStore::profile(const QString &id) const
{
    if (!contains(id))
        return {};
    Profile p;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + id);
    p.id = id;
    p.name = m_settings->value(QStringLiteral("name")).toString();
    p.kind = m_settings->value(QStringLiteral("kind")).toString() == QLatin1String("onprem") ? Profile::Kind::OnPremises
                                                                                             : Profile::Kind::Cloud;
    p.method = Profile::methodFromKey(m_settings->value(QStringLiteral("method")).toString());
    p.dataCentreId = m_settings->value(QStringLiteral("dataCentre")).toString();
    p.serverUrl = QUrl(m_settings->value(QStringLiteral("serverUrl")).toString());
    p.accountsUrl = QUrl(m_settings->value(QStringLiteral("accountsUrl")).toString());
    p.clientId = m_settings->value(QStringLiteral("clientId")).toString();
    p.clientHasSecret = m_settings->value(QStringLiteral("clientHasSecret"), true).toBool();
    p.redirectPort = quint16(m_settings->value(QStringLiteral("redirectPort"), 0).toUInt());
    p.grantedScopes = m_settings->value(QStringLiteral("grantedScopes")).toStringList();
    p.location = m_settings->value(QStringLiteral("location")).toString();
    p.sessionOnly = m_settings->value(QStringLiteral("sessionOnly"), false).toBool();
    m_settings->endGroup();
    return p;
}

Profile ProfileStore::save(Profile p)
{
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(kGroup + QLatin1Char('/') + p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("kind"), kindKey(p.kind));
    m_settings->setValue(QStringLiteral("method"), Profile::methodKey(p.method));
    m_settings->setValue(QStringLiteral("dataCentre"), p.dataCentreId);
    m_settings->setValue(QStringLiteral("serverUrl"), p.serverUrl.toString());
    m_settings->setValue(QStringLiteral("accountsUrl"), p.accountsUrl.toString());
    m_settings->setValue(QStringLiteral("clientId"), p.clientId);
    m_settings->setValue(QStringLiteral("clientHasSecret"), p.clientHasSecret);
    m_settings->setValue(QStringLiteral("redirectPort"), uint(p.redirectPort));
    m_settings->setValue(QStringLiteral("grantedScopes"), p.grantedScopes);
    m_settings->setValue(QStringLiteral("location"), p.location);
    m_settings->setValue(QStringLiteral("sessionOnly"), p.sessionOnly);
    m_settings->endGroup();
    m_settings->sync();
    emit changed();
    return p;
}

void ProfileStore::remove(const QString &id)
{
    if (!contains(id))
        return;
    m_settings->remove(kGroup + QLatin1Char('/') + id);
    if (currentId() == id)
        m_settings->remove(kCurrent);
    m_settings->sync();
    emit changed();
}

QString ProfileStore::currentId() const
{
    const QString id = m_settings->value(kCurrent).toString();
    return contains(id) ? id : QString();
}

void ProfileStore::setCurrentId(const QString &id)
{
    if (currentId() == id)
        return;
    m_settings->setValue(kCurrent, id);
    m_settings->sync();
    emit changed();
}

int ProfileStore::badgeIndex(const QString &id, int paletteSize)
{
    if (!contains(id) || paletteSize <= 0)
        return -1;
    const QString key = kGroup + QLatin1Char('/') + id + QStringLiteral("/badge");
    bool ok = false;
    const int kept = m_settings->value(key).toInt(&ok);
    if (ok && kept >= 0 && kept < paletteSize)
        return kept;
    QList<int> uses(paletteSize, 0);
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    for (const QString &other : ids) {
        const int used = m_settings->value(other + QStringLiteral("/badge"), -1).toInt();
        if (other != id && used >= 0 && used < paletteSize)
            ++uses[used];
    }
    m_settings->endGroup();
    const int chosen = int(std::min_element(uses.cbegin(), uses.cend()) - uses.cbegin());
    m_settings->setValue(key, chosen);
    m_settings->sync();
    return chosen;
}

QString ProfileStore::uniqueName(const QString &base) const
{
    QStringList used;
    for (const Profile &p : profiles())
        used << p.name;
    if (!used.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

} // namespace pmp::auth
