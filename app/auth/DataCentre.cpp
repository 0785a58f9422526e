#include "DataCentre.h"

#include <QCoreApplication>

namespace pmp::auth {

QString DataCentre::displayName() const
{
    // The names are the reference's, translated at display time so the table stays constant.
    static const struct
    {
        const char *id;
        const char *name;
    } names[] = {
        {"us", QT_TRANSLATE_NOOP("pmp::auth::DataCentre", "United States")},
        {"eu", QT_TRANSLATE_NOOP("pmp::auth::DataCentre", "Europe")},
        {"in", QT_TRANSLATE_NOOP("pmp::auth::DataCentre", "India")},
        {"au", QT_TRANSLATE_NOOP("pmp::auth::DataCentre", "Australia")},
        {"cn", QT_TRANSLATE_NOOP("pmp::auth::DataCentre", "China")},
        {"jp", QT_TRANSLATE_NOOP("pmp::auth::DataCentre", "Japan")},
        {"ca", QT_TRANSLATE_NOOP("pmp::auth::DataCentre", "Canada")},
        {"uk", QT_TRANSLATE_NOOP("pmp::auth::DataCentre", "United Kingdom")},
        {"custom", QT_TRANSLATE_NOOP("pmp::auth::DataCentre", "Custom server")},
    };
    for (const auto &n : names)
        if (id == QLatin1String(n.id))
            return QCoreApplication::translate("pmp::auth::DataCentre", n.name);
    return id;
}

} // namespace pmp::auth
