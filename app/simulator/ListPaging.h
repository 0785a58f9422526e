#pragma once

#include "SimRequest.h"

#include "api/Operation.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace pmp::sim {

struct PageWindow
{
    int page = 1;      // 1-based page (E39: derived from startIndex)
    int size = 25;     // the page size actually used, reported back as limit / pageLimit
    qint64 offset = 0; // first item
};

// Reads page/pagelimit (pageLimit on /dcapi/threats, startIndex/limit on E39) with the simulator's
// defaults and caps: 25 per page on the legacy API (E31/E32 at most 100, other lists 1000), 30 on
// /dcapi/threats, 100 on E39. Under --quirks the legacy lists ignore pagelimit and serve fixed pages
// of 25 while /dcapi caps at 100, as observed on PMP Cloud.
class ListPaging
{
public:
    static bool read(const api::Operation &op, const SimRequest &request, bool quirks, PageWindow *window,
                     QString *error);

    // The rows of one page of `items`, rendered by `row(item)`.
    template <typename T, typename F> static QJsonArray slice(const QList<T> &items, const PageWindow &window, F &&row)
    {
        QJsonArray out;
        const qint64 end = std::min<qint64>(items.size(), window.offset + window.size);
        for (qint64 i = window.offset; i < end; ++i)
            out.append(row(items.at(i)));
        return out;
    }
};

} // namespace pmp::sim
