#pragma once

#include "api/WriteRequest.h"

#include <QCoreApplication>

namespace pmp::api {

// POST computers/scanall (E09): a patch scan on every managed computer; no body.
class ScanAllComputersRequest : public WriteRequest
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::ScanAllComputersRequest)

public:
    OperationId operation() const override { return OperationId::ScanAllComputers; }
    ApiError validate(const QDateTime &) const override { return {}; }
    QString summary() const override { return tr("Scan all computers for missing patches"); }
    QStringList targets() const override { return {tr("All computers")}; }
    int targetCount() const override { return -1; }
};

} // namespace pmp::api
