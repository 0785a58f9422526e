#pragma once

#include <QObject>

namespace pmp::test {

// The widget (or object) named `name` under `parent`, found by objectName; null when there is none.
template <typename T> T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace pmp::test
