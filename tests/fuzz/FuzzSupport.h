#pragma once
// Shared by the fuzz targets (libFuzzer, built with the `fuzz` preset: clang, ASan, UBSan).

#include "api/ValueReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>

namespace pmp::fuzz {

// Reads a server value every way the column store and the typed results read one.
inline void readEveryWay(const QJsonValue &value, int depth = 0)
{
    using pmp::api::ValueReader;
    (void)ValueReader::isPlaceholder(value);
    (void)ValueReader::integer(value);
    (void)ValueReader::number(value);
    (void)ValueReader::boolean(value);
    (void)ValueReader::text(value);
    (void)ValueReader::rawText(value);
    (void)ValueReader::epochTime(value);
    (void)ValueReader::list(value);
    // Nested values (the server nests summaries); bounded, as the parsers are.
    if (depth > 8)
        return;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            readEveryWay(it.value(), depth + 1);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            readEveryWay(v, depth + 1);
    }
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace pmp::fuzz
