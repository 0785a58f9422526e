#include "FormQuery.h"

#include <QUrl>

namespace pmp::sim {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::optional<QString> FormQuery::decode(const QByteArray &component)
{
    QByteArray bytes;
    bytes.reserve(component.size());
    for (qsizetype i = 0; i < component.size(); ++i) {
        const char c = component.at(i);
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%') {
            if (i + 2 >= component.size())
                return std::nullopt;
            const int hi = hexValue(component.at(i + 1));
            const int lo = hexValue(component.at(i + 2));
            if (hi < 0 || lo < 0)
                return std::nullopt;
            bytes.append(char(hi * 16 + lo));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    // Malformed UTF-8 becomes U+FFFD, as Java's decoder replaces it.
    return QString::fromUtf8(bytes);
}

FormQuery::Pairs FormQuery::parse(const QByteArray &encoded)
{
    Pairs out;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const std::optional<QString> name = decode(eq < 0 ? pair : pair.left(eq));
        const std::optional<QString> value = eq < 0 ? std::optional<QString>(QString()) : decode(pair.mid(eq + 1));
        if (!name || !value || name->isEmpty())
            continue;
        out.append({*name, *value});
    }
    return out;
}

FormQuery::Pairs FormQuery::parse(const QUrlQuery &query)
{
    // FullyEncoded keeps '+' and "%2B" apart, and '&', '=' and '#' inside values escaped.
    return parse(query.query(QUrl::FullyEncoded).toUtf8());
}

std::optional<QString> FormQuery::value(const QUrlQuery &query, const QString &name)
{
    for (const auto &pair : parse(query))
        if (pair.first == name)
            return pair.second;
    return std::nullopt;
}

} // namespace pmp::sim
