#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace pmp::sim {

// A patch deployment configuration (E20 viewconfig): generated history or created by E01-E04.
struct DeploymentConfig
{
    enum class Status
    {
        Draft,
        InProgress,
        Deployed,
        Executed,
        Suspended,
        RetryInProgress,
        Expired,
        DraftDownloadFailed
    };
    qint64 configId = 0;
    qint64 collectionId = 0;
    qint64 configDataId = 0;
    QString name;
    QString description;
    bool uninstall = false;
    int platform = 1;
    Status status = Status::Draft;
    QString owner = QStringLiteral("admin");
    qint64 createdMs = 0, modifiedMs = 0;
    qint64 templateId = 0;
    QString action;     // Deploy, Deploy Immediately, Draft
    QList<int> targets; // computer indexes
    QList<int> patches; // patch indexes; empty with allMissing
    bool allMissing = false;
    bool onlyApproved = false;
    QSet<int> offices; // offices and domains of the targets, for the viewconfig filters
    QSet<int> domains;
    int total = 0, succeeded = 0, failed = 0, yetToApply = 0, notApplicable = 0, retrying = 0;
};

} // namespace pmp::sim
