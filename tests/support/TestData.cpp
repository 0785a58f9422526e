#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace pmp::test {

QString TestData::path(const QString &relative)
{
    QString root = qEnvironmentVariable("PATCHDECK_TEST_DATA");
    if (root.isEmpty())
        root = QStringLiteral(PATCHDECK_SOURCE_TEST_DATA);
    return QDir(root).filePath(relative);
}

QByteArray TestData::bytes(const QString &relative)
{
    QFile f(path(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("test data missing: %s", qPrintable(f.fileName()));
    return f.readAll();
}

QJsonObject TestData::object(const QString &relative)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes(relative), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("test data is not a JSON object: %s (%s)", qPrintable(relative), qPrintable(err.errorString()));
    return doc.object();
}

QJsonObject TestData::guideSample(const QString &code, const QString &kind)
{
    return object(QStringLiteral("guide/%1.%2.json").arg(code, kind));
}

} // namespace pmp::test
