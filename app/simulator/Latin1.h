#pragma once

#include <QString>

namespace pmp::sim {

// The simulator spells hundreds of JSON keys, field names and literal values the guide documents;
// s("resource_id") keeps those lines readable where QStringLiteral would double their length.
inline QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace pmp::sim
