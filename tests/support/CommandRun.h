#pragma once

// Shared by the tests that run the real binaries as a cron job or a shell would (ExportCommandTest,
// ReportCommandTest, CommandLineTest): one run of a program with its exit code and output, the file it
// wrote, and patchdeck-sim as a child process that says where it listens.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pmp::test {

struct CommandRun
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QString stdErr;
    QString stdOut;
};

// Runs `program` with `arguments` in `environment` to its end. One that has not finished within
// `timeoutMs` is killed and comes back with exit code -1 and "timed out" on stderr.
CommandRun runCommand(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                      int timeoutMs = 120000);

// The process's environment with the user's folders moved under `home` (XDG_CONFIG_HOME and
// XDG_DATA_HOME), so a run neither reads nor leaves settings, profiles or stores of the user's.
QProcessEnvironment environmentIn(const QString &home);

// The bytes of the file at `path`; empty when there is none (a run that wrote nothing).
QByteArray readFile(const QString &path);

// patchdeck-sim as a child process, stopped when this goes.
class SimulatorProcess
{
public:
    ~SimulatorProcess() { stop(); }

    // Starts `program` (stopping a running one first) and waits for its one line on stdout,
    // "listening on http://127.0.0.1:PORT". False when it did not start, did not say so within 20 s,
    // or said something else.
    bool start(const QString &program, const QStringList &arguments);
    void stop();
    // The address it listens on, as --server wants it.
    QString server() const { return m_server; }

private:
    QProcess m_process;
    QString m_server;
};

} // namespace pmp::test
