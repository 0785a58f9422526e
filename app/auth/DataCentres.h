#pragma once

#include "DataCentre.h"

#include <QList>

namespace pmp::auth {

// The table of the 8 data centres (reference §1.1, vendor guide) plus "Custom" for the simulator,
// a test tenant or a proxy. A configuration table, not logic: the "replace .com" rule of the
// guide is wrong for Canada, so every URL is spelled out.
class DataCentres
{
public:
    // The 8 Zoho data centres in the guide's order.
    static const QList<DataCentre> &zoho();
    // The 8 plus "custom" (with empty URLs) at the end, for combo boxes.
    static QList<DataCentre> allWithCustom();
    static DataCentre byId(const QString &id);
    // The data centre whose accounts server has this host ("accounts.zoho.eu"), or an invalid one.
    static DataCentre byAccountsHost(const QString &host);
    // A custom data centre for a server and accounts URL the admin typed.
    static DataCentre custom(const QUrl &serverUrl, const QUrl &accountsUrl);
};

} // namespace pmp::auth
