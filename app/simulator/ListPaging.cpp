#include "ListPaging.h"

namespace pmp::sim {

namespace {

bool readPositive(const SimRequest &request, const QString &name, int minimum, int *value, QString *error)
{
    if (!request.hasParam(name))
        return true;
    bool ok = false;
    const QString text = request.param(name).trimmed();
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < minimum || v > 100000000) {
        *error = QStringLiteral("%1 must be a whole number >= %2, got '%3'").arg(name).arg(minimum).arg(text);
        return false;
    }
    *value = int(v);
    return true;
}

} // namespace

bool ListPaging::read(const api::Operation &op, const SimRequest &request, bool quirks, PageWindow *window,
                      QString *error)
{
    using api::PagingStyle;
    PageWindow w;
    switch (op.paging) {
    case PagingStyle::None:
        break;
    case PagingStyle::PagePagelimit: {
        w.size = 25;
        if (!readPositive(request, QStringLiteral("page"), 1, &w.page, error) ||
            !readPositive(request, QStringLiteral("pagelimit"), 1, &w.size, error))
            return false;
        const int cap = op.documentedMaxPageSize > 0 ? op.documentedMaxPageSize : 1000;
        w.size = quirks ? 25 : std::min(w.size, cap);
        w.offset = qint64(w.page - 1) * w.size;
        break;
    }
    case PagingStyle::PagePageLimit:
        w.size = 30;
        if (!readPositive(request, QStringLiteral("page"), 1, &w.page, error) ||
            !readPositive(request, QStringLiteral("pageLimit"), 1, &w.size, error))
            return false;
        w.size = std::min(w.size, quirks ? 100 : 1000);
        w.offset = qint64(w.page - 1) * w.size;
        break;
    case PagingStyle::StartIndexLimit: {
        int start = 0;
        w.size = 100;
        if (!readPositive(request, QStringLiteral("startIndex"), 0, &start, error) ||
            !readPositive(request, QStringLiteral("limit"), 1, &w.size, error))
            return false;
        w.size = std::min(w.size, quirks ? 100 : 1000);
        w.offset = start; // 0-based
        w.page = int(start / w.size) + 1;
        break;
    }
    }
    *window = w;
    return true;
}

} // namespace pmp::sim
