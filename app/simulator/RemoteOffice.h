#pragma once

#include <QString>

namespace pmp::sim {

struct RemoteOffice
{
    int id = 1; // branch_office_id
    QString name;
    QString site;        // short code used in computer names
    QString description; // "--" when none
    int ipSecondOctet = 10;
    bool hasDistributionServer = false;
    qint64 dsResourceId = 0;
    QString dsName, dsDnsName, dsIp, dsVersion;
    int dsStatus = 22, dsSyncStatus = 1;
    bool isHttps = true, isProxy = false;
    QString proxyServer, proxyUser;
    int proxyPort = 0;
    int compression = 1, colorQuality = 16;
    int policyId = 1;
    QString policyName;
    int errorCode = 0;
    QString remarks, errorKbUrl;
    qint64 updatedMs = 0, lastContactMs = -1;
    int computerShare = 1;    // relative weight when placing computers
    int utcOffsetMinutes = 0; // timezone_offset of its computers
};

} // namespace pmp::sim
