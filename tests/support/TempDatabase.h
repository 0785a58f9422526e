#pragma once

#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace pmp::test {

// A store file of its own for each test function (named after it), in a folder removed with the
// fixture: open() in init(), close() in cleanup() or to simulate the process ending.
class TempDatabase
{
public:
    // True when the file was created and opened on disk (not the in-memory fallback).
    bool open()
    {
        m_db = std::make_unique<pmp::store::Database>(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        return m_db->open().isPersistent();
    }
    void close() { m_db.reset(); }

    pmp::store::Database &operator*() const { return *m_db; }
    pmp::store::Database *operator->() const { return m_db.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<pmp::store::Database> m_db;
};

} // namespace pmp::test
