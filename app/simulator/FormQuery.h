#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace pmp::sim {

// A query string read the way the real server reads it. Patch Manager Plus runs in a Java servlet
// container, which decodes the query as application/x-www-form-urlencoded (the Servlet
// specification's getParameter, Tomcat's Parameters): pairs split at '&', name and value at the
// first '=', '+' is a space, %XX are bytes, and the bytes are UTF-8. A pair whose escapes are broken
// ("%zz", "%4") is dropped, as Tomcat drops it; a pair with an empty name is dropped; a name without
// '=' has the empty value. QUrlQuery's own decoding (RFC 3986: '+' stays '+') is not what a server
// sees, so the simulator never uses it for parameters.
class FormQuery
{
public:
    using Pairs = QList<QPair<QString, QString>>;

    // The pairs of an encoded query string (without the '?'), in order, repeats kept.
    static Pairs parse(const QByteArray &encoded);
    // The pairs of a QUrlQuery as it went over the wire (its fully encoded form).
    static Pairs parse(const QUrlQuery &query);
    // The first value of `name`, as a servlet's getParameter gives it; nullopt when absent.
    static std::optional<QString> value(const QUrlQuery &query, const QString &name);
    // One form-encoded component decoded ('+' is a space); nullopt for a broken escape.
    static std::optional<QString> decode(const QByteArray &component);
};

} // namespace pmp::sim
