// Fuzzes ValueReader on strings as the quirky server sends them ("1,234", "--", "NA", epochs in
// seconds or milliseconds, comma-joined lists, i18n keys) and on any JSON value the bytes parse to.
#include "FuzzSupport.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = pmp::fuzz::bytes(data, size);
    pmp::fuzz::readEveryWay(QJsonValue(QString::fromUtf8(input)));
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject())
        pmp::fuzz::readEveryWay(doc.object());
    else if (doc.isArray())
        pmp::fuzz::readEveryWay(doc.array());
    return 0;
}
