#include "AutoRefresh.h"

#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace pmp::ui {

AutoRefresh::AutoRefresh(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AutoRefresh::refreshDue);
}

QString AutoRefresh::settingsKey() const
{
    // QSettings keys treat '/' as a group separator; a label may contain one.
    QString key = m_profileKey;
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("autoRefresh/") + key;
}

void AutoRefresh::setProfileKey(const QString &key)
{
    m_profileKey = key;
    const int saved = QSettings().value(settingsKey(), 0).toInt();
    m_minutes = choices().contains(saved) ? saved : 0;
    restart();
    emit intervalChanged(m_minutes);
}

void AutoRefresh::setIntervalMinutes(int minutes)
{
    if (!choices().contains(minutes))
        minutes = 0;
    m_minutes = minutes;
    QSettings().setValue(settingsKey(), minutes);
    restart();
    emit intervalChanged(minutes);
}

void AutoRefresh::restart()
{
    m_timer.stop();
    if (m_minutes > 0)
        m_timer.start(m_minutes * 60 * 1000);
}

void AutoRefresh::populateMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    for (int minutes : choices()) {
        QAction *a =
            menu->addAction(minutes == 0 ? tr("Off") : tr("Every %1 minutes").arg(minutes)); // every choice is plural
        a->setCheckable(true);
        a->setChecked(minutes == m_minutes);
        a->setData(minutes);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] { setIntervalMinutes(minutes); });
    }
    // Another profile (or code) may change the interval: the check mark follows.
    connect(this, &AutoRefresh::intervalChanged, group, [group](int minutes) {
        for (QAction *a : group->actions())
            a->setChecked(a->data().toInt() == minutes);
    });
}

} // namespace pmp::ui
