#pragma once

#include <QString>

namespace pmp::api {

// The server sends resource keys ("dc.common.IMPORTANT", "[i18n]dc.som...[/i18n]") where a label
// belongs. This turns them into readable text: known keys in the user's language, unknown ones as English words.
class I18nText
{
public:
    static bool isKey(const QString &text);
    // Known keys from a dictionary; unknown keys from their last segment ("yet_to_install" -> "Yet to install").
    static QString toText(const QString &key);
};

} // namespace pmp::api
