#pragma once

#include <QString>
#include <QUrlQuery>

namespace pmp::api {

// Query parameters that reach the server exactly as given, whatever they hold.
//
// The API runs in a Java servlet container, which reads a query string as
// application/x-www-form-urlencoded: '+' is a space and %XX are UTF-8 bytes. QUrlQuery follows RFC
// 3986 instead: it leaves '+' as it is (so "a+b" arrives as "a b") and takes a "%20" inside a value
// for an escape (so a literal "%20" arrives as a space). Every value therefore goes in already
// percent-encoded: everything but the unreserved characters (A-Z a-z 0-9 - . _ ~) becomes %XX of its
// UTF-8 bytes, '+' as %2B, '%' as %25, '&' '=' '#' and spaces too. QUrlQuery keeps such escapes as
// they are, and `queryItemValue(name, QUrl::FullyDecoded)` still gives the value back unchanged.
class QueryEncoding
{
public:
    // `value` percent-encoded as described above.
    static QString encoded(const QString &value);
    // Appends name=value, both encoded.
    static void add(QUrlQuery &query, const QString &name, const QString &value);
};

} // namespace pmp::api
