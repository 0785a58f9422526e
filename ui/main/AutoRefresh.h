#pragma once

#include <QObject>
#include <QTimer>

class QMenu;

namespace pmp::ui {

// Refreshes the current page on an interval the admin picks per profile (View > Refresh
// automatically): off, 5, 15, 30 or 60 minutes, remembered in QSettings under the profile's label.
// It only asks; the window decides what a refresh means and skips pages that are still loading.
class AutoRefresh : public QObject
{
    Q_OBJECT
public:
    explicit AutoRefresh(QObject *parent = nullptr);

    // The connection whose setting applies; restarts the timer with its interval.
    void setProfileKey(const QString &key);
    int intervalMinutes() const { return m_minutes; }
    void setIntervalMinutes(int minutes); // 0 = off; saved for the current profile
    // Fills `menu` once with the choices; the current one stays checked as the interval changes.
    void populateMenu(QMenu *menu);

    static QList<int> choices() { return {0, 5, 15, 30, 60}; }

signals:
    void refreshDue();
    void intervalChanged(int minutes);

private:
    QString settingsKey() const;
    void restart();

    QTimer m_timer;
    QString m_profileKey;
    int m_minutes = 0;
};

} // namespace pmp::ui
