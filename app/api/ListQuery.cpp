#include "ListQuery.h"

#include "QueryEncoding.h"

#include <QCoreApplication>

namespace pmp::api {

ListQuery &ListQuery::set(const QString &name, const QString &value)
{
    if (value.isEmpty())
        m_filters.remove(name);
    else
        m_filters.insert(name, value);
    return *this;
}

ListQuery &ListQuery::setPathId(const QString &id)
{
    m_pathId = id;
    return *this;
}

ApiError ListQuery::validate(const Operation &op) const
{
    for (auto it = m_filters.constBegin(); it != m_filters.constEnd(); ++it) {
        const QueryParam *p = op.param(it.key());
        if (!p)
            return ApiError::validation(
                it.key(), ListQuery::tr("\"%1\" is not a filter of %2 (%3).").arg(it.key(), op.code, op.title));
        if (p->meaning == ParamConcept::Enumerated) {
            bool known = false;
            QStringList allowed;
            for (const ParamValue &v : p->values) {
                allowed << v.value;
                known = known || v.value == it.value();
            }
            if (!known)
                return ApiError::validation(it.key(),
                                            ListQuery::tr("\"%1\" is not a documented value of %2; use one of: %3.")
                                                .arg(it.value(), it.key(), allowed.join(QLatin1String(", "))));
        }
    }
    for (const QueryParam &p : op.params)
        if (p.required && m_filters.value(p.name).isEmpty())
            return ApiError::validation(p.name, ListQuery::tr("%1 needs \"%2\" (%3).").arg(op.code, p.name, p.label));
    if (op.path.contains(QLatin1String("{id}")) && m_pathId.trimmed().isEmpty())
        return ApiError::validation(QStringLiteral("id"), ListQuery::tr("%1 needs a report id.").arg(op.code));
    return {};
}

QUrlQuery ListQuery::toUrlQuery(const Operation &op, int page, int pageSize) const
{
    QUrlQuery q;
    for (auto it = m_filters.constBegin(); it != m_filters.constEnd(); ++it)
        QueryEncoding::add(q, it.key(), it.value());
    if (op.paging == PagingStyle::StartIndexLimit) {
        q.addQueryItem(op.pageParamName(), QString::number(qint64(qMax(page, 1) - 1) * pageSize));
        q.addQueryItem(op.pageSizeParamName(), QString::number(pageSize));
    } else if (op.paging != PagingStyle::None && page > 0) {
        q.addQueryItem(op.pageParamName(), QString::number(page));
        q.addQueryItem(op.pageSizeParamName(), QString::number(pageSize));
    }
    return q;
}

} // namespace pmp::api
