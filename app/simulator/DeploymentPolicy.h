#pragma once

#include <QString>

namespace pmp::sim {

struct DeploymentPolicy
{
    qint64 templateId = 0;
    QString name;
    QString owner = QStringLiteral("admin");
    qint64 createdMs = 0, modifiedMs = 0;
    bool isDefault = false;
};

} // namespace pmp::sim
