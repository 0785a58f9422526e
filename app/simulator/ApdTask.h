#pragma once

#include <QJsonObject>
#include <QString>

namespace pmp::sim {

// An Automatic Patch Deployment task; the settings are kept as sent (merged on modify).
struct ApdTask
{
    QString name;
    QJsonObject settings;
    bool suspended = false;
    qint64 createdMs = 0, modifiedMs = 0, lastRunMs = 0, nextRunMs = 0;
};

} // namespace pmp::sim
