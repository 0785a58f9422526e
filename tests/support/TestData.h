#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pmp::test {

// Files under tests/data. The directory comes from PATCHDECK_TEST_DATA (set by ctest), falling back
// to the source tree location compiled in, so a test binary also runs by hand.
class TestData
{
public:
    static QString path(const QString &relative);
    static QByteArray bytes(const QString &relative);
    static QJsonObject object(const QString &relative);
    // A guide sample, e.g. guideSample("E31", "response").
    static QJsonObject guideSample(const QString &code, const QString &kind);
};

} // namespace pmp::test
