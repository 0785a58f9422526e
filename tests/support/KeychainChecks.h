#pragma once

// Shared by the keychain tests (KeychainRoundTripTest, KeychainUnavailableTest): one TokenStore call
// waited for to its answer, and the plain files a secret would give itself away in.

#include "auth/TokenStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace pmp::test {

// Makes one TokenStore call, `start(done)`, and waits for its answer; a call that has not answered
// within `timeoutMs` comes back as Failed with the message "timed out".
//   awaitTokenStore([&](auto done) { store.load(id, nullptr, done); }, 20000)
template <typename Start> pmp::auth::TokenStore::Result awaitTokenStore(Start start, int timeoutMs)
{
    pmp::auth::TokenStore::Result out;
    bool done = false;
    start([&](const pmp::auth::TokenStore::Result &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs)) {
        out.status = pmp::auth::TokenStore::Status::Failed;
        out.message = QStringLiteral("timed out");
    }
    return out;
}

// Every file under `root` (hidden ones too) that contains `needle` in plain text.
inline QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace pmp::test
