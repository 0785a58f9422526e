#pragma once

#include "auth/DataCentre.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pmp::ui {

// The step-by-step instructions the Sign-in dialog shows next to its fields: how to register a
// client in the chosen data centre's API console (which client type, the exact redirect URI,
// which scopes), how to generate a Self Client code, where an on-premises API token comes from.
// Pure text generation, so the instructions are tested against the data-centre table.
class SignInHelp
{
    Q_DECLARE_TR_FUNCTIONS(pmp::ui::SignInHelp)

public:
    // redirectUri: the exact URI to register, or empty when any free port is used.
    static QString browser(const pmp::auth::DataCentre &dc, const QString &redirectUri, const QStringList &scopes);
    static QString selfClient(const pmp::auth::DataCentre &dc, const QStringList &scopes);
    static QString onPremises();
    // Whether a custom accounts server looks like patchdeck-sim (loopback http).
    static bool looksLikeSimulator(const pmp::auth::DataCentre &dc);
    static QString simulatorClientId() { return QStringLiteral("1000.PATCHDECKSIM"); }
    static QString simulatorClientSecret() { return QStringLiteral("patchdeck-sim-secret"); }
};

} // namespace pmp::ui
