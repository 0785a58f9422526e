#pragma once

#include "store/Database.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace pmp::test {

// A store file of its own for each test function (named after it), in a folder removed with the
// fixture: open() in init(), close() in cleanup() or to simulate the process ending. TempDatabaseTest
// below does both for a whole test object.
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

// The test object of a store test: `m_db` opened on disk before each test function and closed after
// it. A test deriving from it lists this header among its sources, so that moc sees the class.
class TempDatabaseTest : public QObject
{
    Q_OBJECT

protected:
    TempDatabase m_db;

private slots:
    void init() { QVERIFY(m_db.open()); }
    void cleanup() { m_db.close(); }
};

} // namespace pmp::test
