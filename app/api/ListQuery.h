#pragma once

#include <QCoreApplication>

#include "ApiError.h"
#include "Operation.h"

#include <QMap>
#include <QString>
#include <QUrlQuery>

namespace pmp::api {

// Server-side filters for a list operation, checked against the catalogue before anything is sent:
// an unknown filter, a value outside the documented set or a missing mandatory one is an error.
class ListQuery
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::ListQuery)

public:
    ListQuery() = default;
    ListQuery &set(const QString &name, const QString &value);
    ListQuery &setPathId(const QString &id);
    QString value(const QString &name) const { return m_filters.value(name); }
    QString pathId() const { return m_pathId; }
    const QMap<QString, QString> &filters() const { return m_filters; }
    bool isEmpty() const { return m_filters.isEmpty() && m_pathId.isEmpty(); }

    ApiError validate(const Operation &op) const;
    // The filters plus paging parameters in the operation's own names (page is 1-based).
    QUrlQuery toUrlQuery(const Operation &op, int page, int pageSize) const;

    bool operator==(const ListQuery &other) const { return m_filters == other.m_filters && m_pathId == other.m_pathId; }

private:
    QMap<QString, QString> m_filters;
    QString m_pathId;
};

} // namespace pmp::api
