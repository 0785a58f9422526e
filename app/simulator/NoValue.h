#pragma once

#include <QJsonValue>
#include <QString>

namespace pmp::sim {

// What a row holds for a number the server has no value for: never scanned, never patched, not yet
// downloaded, no deployment. The guide's samples show two forms: "--" (E05, E16) and -1 (E19's
// install_error_code, E31's previous_installation_status). Plain mode keeps every field the JSON type
// of the sample that shows it (issue 14), so a field the samples show as a number stays a number: -1,
// which clients read as "none" or "never". --quirks sends the "--" a real server also sends there.
inline QJsonValue noNumber(bool quirks)
{
    return quirks ? QJsonValue(QStringLiteral("--")) : QJsonValue(-1);
}

} // namespace pmp::sim
