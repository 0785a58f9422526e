#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace pmp::sim {

// What the simulator answers before it goes on the wire; faults may still rewrite it.
struct SimResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    QByteArray body;

    static SimResponse make(int status, const QByteArray &contentType, const QByteArray &body)
    {
        SimResponse r;
        r.status = status;
        r.contentType = contentType;
        r.body = body;
        return r;
    }
};

} // namespace pmp::sim
