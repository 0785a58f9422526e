#pragma once

#include "ViewSpec.h"

#include <QList>

namespace pmp::models {

// Every list view the console offers, with its columns. The GUI and `patchdeck export` both read it,
// so an export contains exactly what the table shows.
class ViewCatalogue
{
public:
    static const QList<ViewSpec> &all();
    static const ViewSpec *byId(const QString &id);
};

} // namespace pmp::models
