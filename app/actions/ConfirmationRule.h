#pragma once

#include <QCoreApplication>
#include <QString>

namespace pmp::api {
class WriteRequest;
}

namespace pmp::actions {

// What the admin must type before a destructive or wide write is sent; no phrase means a click is
// enough.
struct ConfirmationRequirement
{
    QString phrase; // exactly what must be typed ("REMOVE", "120", "ALL")
    QString reason; // why the console asks, in one sentence
    bool isRequired() const { return !phrase.isEmpty(); }
};

// The typed-confirmation rules of the one confirmation path:
// - removing computers, uninstalling the agent, uninstalling patches and deleting an APD task (the
//   destructive writes) ask for a word naming the act (REMOVE, UNINSTALL, DELETE);
// - a write on all systems (targetCount() == -1) asks for ALL;
// - a write on more than 50 targets asks for the number of targets;
// - any other request that says it is destructive asks for CONFIRM.
class ConfirmationRule
{
    Q_DECLARE_TR_FUNCTIONS(pmp::actions::ConfirmationRule)

public:
    static constexpr int WideTargetCount = 50;

    static ConfirmationRequirement forRequest(const pmp::api::WriteRequest &request);
    // Exact, case-sensitive, surrounding spaces ignored: typing is meant to be deliberate.
    static bool isSatisfied(const ConfirmationRequirement &requirement, const QString &typed);
};

} // namespace pmp::actions
