#pragma once

#include "ApdTaskSettings.h"
#include "api/WriteRequest.h"

#include <QCoreApplication>

namespace pmp::api {

// POST createAPDTask (E26): a new Automatic Patch Deployment task with its complete settings.
class CreateApdTaskRequest : public WriteRequest
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::CreateApdTaskRequest)

public:
    explicit CreateApdTaskRequest(const ApdTaskSettings &settings = {}) : m_settings(settings) {}

    void setSettings(const ApdTaskSettings &settings) { m_settings = settings; }
    const ApdTaskSettings &settings() const { return m_settings; }

    OperationId operation() const override { return OperationId::CreateApdTask; }
    ApiError validate(const QDateTime &now) const override { return m_settings.validate(now, false); }
    QJsonObject body() const override;
    QString summary() const override;
    QStringList targets() const override { return m_settings.targetList(); }

    // "3 remote offices (A, B, C)": the targets of a task in words, shared with the modification.
    static QString targetPhrase(ApdTaskSettings::TargetType type, const QStringList &targets);

private:
    ApdTaskSettings m_settings;
};

} // namespace pmp::api
