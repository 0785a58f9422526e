#pragma once

// What the simulator conformance tests share: an HTTP client over a real loopback socket, a
// simulator started on it, the guide's samples and the checkers that compare replies with them,
// ids discovered from the fleet, and one call per operation. Included by the four
// Simulator*Test.cpp files, one per area.

#include "TestData.h"

#include "api/OperationCatalogue.h"
#include "simulator/Simulator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace pmp::test::conformance {

using pmp::sim::Simulator;
using pmp::sim::SimulatorOptions;
using pmp::test::TestData;

inline const QString Token = QStringLiteral("conformance-token");
using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonValue at(const QString &path) const
    {
        QJsonValue v = json();
        for (const QString &key : path.split(QLatin1Char('/')))
            v = v.toObject().value(key);
        return v;
    }
};

// A tiny HTTP client: one request at a time, waits with QSignalSpy (no sleeps), no redirects followed.
class Http
{
public:
    explicit Http(QUrl base) : m_base(std::move(base)) {}

    HttpResult send(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                    const QByteArray &body = {}, const Headers &headers = {}, const QString &token = Token)
    {
        QUrl url = m_base;
        url.setPath(path);
        url.setQuery(query);
        return sendTo(method, url, body, headers, token);
    }
    // The query goes on the wire as these exact bytes ("taskname=a+b" keeps its '+').
    HttpResult sendEncoded(const QByteArray &method, const QString &path, const QByteArray &encodedQuery)
    {
        QUrl url = m_base;
        url.setPath(path);
        url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
        if (!url.isValid() || url.query(QUrl::FullyEncoded).toLatin1() != encodedQuery)
            qFatal("query not kept as given: %s", encodedQuery.constData());
        return sendTo(method, url, {}, {}, Token);
    }
    HttpResult sendTo(const QByteArray &method, const QUrl &url, const QByteArray &body, const Headers &headers,
                      const QString &token)
    {
        const QString path = url.path();
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!token.isNull())
            request.setRawHeader("Authorization", QByteArray("Zoho-oauthtoken ").append(token.toUtf8()));
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(60000))
            qFatal("no reply to %s %s", method.constData(), qPrintable(path));
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return r;
    }
    HttpResult get(const QString &path, const QUrlQuery &query = {}, const Headers &headers = {})
    {
        return send("GET", path, query, {}, headers);
    }
    HttpResult post(const QString &path, const QJsonObject &body, const QUrlQuery &query = {})
    {
        return send("POST", path, query, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult form(const QString &path, const QUrlQuery &fields, const QUrlQuery &query = {})
    {
        return send("POST", path, query, fields.query(QUrl::FullyEncoded).toUtf8(),
                    {{"Content-Type", "application/x-www-form-urlencoded"}}, QString());
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

inline QUrlQuery q(std::initializer_list<std::pair<const char *, QString>> items)
{
    QUrlQuery query;
    for (const auto &i : items)
        query.addQueryItem(QString::fromLatin1(i.first), i.second);
    return query;
}

inline qint64 num(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
}

struct Sim
{
    std::unique_ptr<Simulator> simulator;
    std::unique_ptr<Http> http;
};

inline Sim start(SimulatorOptions options = {})
{
    if (options.staticToken.isEmpty())
        options.staticToken = Token;
    Sim s;
    s.simulator = std::make_unique<Simulator>(options);
    if (!s.simulator->listen())
        qFatal("simulator did not listen: %s", qPrintable(s.simulator->errorString()));
    s.http = std::make_unique<Http>(s.simulator->baseUrl());
    return s;
}

// ---- Shape comparison against the guide samples --------------------------------------------------

inline bool isPlaceholder(const QJsonValue &v)
{
    return v.isNull() || (v.isString() && (v.toString() == QLatin1String("--") || v.toString() == QLatin1String("NA")));
}

inline QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

inline bool compatible(const QJsonValue &sample, const QJsonValue &actual, bool quirks)
{
    // The guide's placeholders ("--", "NA", null) stand for values of any type; the server uses them
    // too, where the documentation says so ("221 - Downloaded, -- - Yet to download").
    if (isPlaceholder(sample) || isPlaceholder(actual))
        return true;
    if (sample.type() == actual.type())
        return true;
    if (quirks && actual.isString()) {
        if (sample.isDouble()) {
            bool ok = false;
            actual.toString().toDouble(&ok);
            return ok;
        }
        if (sample.isBool())
            return actual.toString() == QLatin1String("true") || actual.toString() == QLatin1String("false");
    }
    return false;
}

// What both checkers report when a value has the wrong JSON type: the two types and the value sent.
inline QString typeMismatch(const QJsonValue &sample, const QJsonValue &actual, const QString &where)
{
    return QStringLiteral("%1: sample is %2, simulator sent %3 (%4)")
        .arg(where, typeName(sample), typeName(actual),
             QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)));
}

// Every key of the sample (recursively, into the first list item and nested objects) must be present
// with a compatible type. Lists of the envelope (`allItems`) are checked item by item.
inline void checkShape(const QJsonValue &sample, const QJsonValue &actual, const QString &where, bool quirks,
                       bool allItems, QStringList *problems)
{
    if (sample.isObject()) {
        if (!actual.isObject()) {
            problems->append(QStringLiteral("%1: expected an object, got %2").arg(where, typeName(actual)));
            return;
        }
        const QJsonObject s = sample.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = s.begin(); it != s.end(); ++it) {
            if (!a.contains(it.key()))
                problems->append(QStringLiteral("%1.%2: missing").arg(where, it.key()));
            else
                checkShape(it.value(), a.value(it.key()), where + QLatin1Char('.') + it.key(), quirks, false, problems);
        }
        return;
    }
    if (sample.isArray()) {
        if (!actual.isArray()) {
            if (!isPlaceholder(actual))
                problems->append(QStringLiteral("%1: expected an array, got %2").arg(where, typeName(actual)));
            return;
        }
        const QJsonArray s = sample.toArray();
        const QJsonArray a = actual.toArray();
        if (s.isEmpty())
            return;
        if (a.isEmpty()) {
            problems->append(QStringLiteral("%1: empty list, nothing to compare with the sample").arg(where));
            return;
        }
        const qsizetype n = allItems ? a.size() : 1;
        for (qsizetype i = 0; i < n; ++i)
            checkShape(s.first(), a.at(i), QStringLiteral("%1[%2]").arg(where).arg(i), quirks, false, problems);
        return;
    }
    if (!compatible(sample, actual, quirks))
        problems->append(typeMismatch(sample, actual, where));
}

// The strict form for plain mode: every field the sample has carries the sample's JSON type, in every
// item of every list at every depth. Only the sample's own placeholders ("--", "NA", null) leave the
// type open, since they stand for values of any type; a simulator placeholder where the sample has a
// number is a mismatch (strings for numbers belong to --quirks alone).
inline void checkTypes(const QJsonValue &sample, const QJsonValue &actual, const QString &where, QStringList *problems)
{
    if (isPlaceholder(sample))
        return;
    if (sample.type() != actual.type()) {
        problems->append(typeMismatch(sample, actual, where));
        return;
    }
    if (sample.isObject()) {
        const QJsonObject s = sample.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = s.begin(); it != s.end(); ++it) {
            if (!a.contains(it.key()))
                problems->append(QStringLiteral("%1.%2: missing").arg(where, it.key()));
            else
                checkTypes(it.value(), a.value(it.key()), where + QLatin1Char('.') + it.key(), problems);
        }
    } else if (sample.isArray() && !sample.toArray().isEmpty()) {
        const QJsonArray a = actual.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            checkTypes(sample.toArray().first(), a.at(i), QStringLiteral("%1[%2]").arg(where).arg(i), problems);
    }
}

// ---- The 39 calls --------------------------------------------------------------------------------

struct Ids
{
    qint64 computer = 0, otherComputer = 0, missingPatch = 0, installedPatch = 0, anyPatch = 0;
    QString report;
};

inline Ids discover(Http &http)
{
    Ids ids;
    const QJsonArray systems =
        http.get(QStringLiteral("/api/1.4/patch/scandetails"), q({{"pagelimit", QStringLiteral("200")}}))
            .at(QStringLiteral("message_response/scandetails"))
            .toArray();
    for (const QJsonValue &v : systems) {
        const QJsonObject o = v.toObject();
        if (num(o.value(QStringLiteral("installation_status"))) != 22 ||
            num(o.value(QStringLiteral("scan_status"))) != 228 ||
            o.value(QStringLiteral("os_platform_name")).toString() != QLatin1String("Windows"))
            continue;
        const qint64 id = num(o.value(QStringLiteral("resource_id")));
        const QJsonArray missing =
            http.get(QStringLiteral("/api/1.4/patch/systemreport"),
                     q({{"resid", QString::number(id)}, {"patchstatusfilter", QStringLiteral("202")}}))
                .at(QStringLiteral("message_response/systemreport"))
                .toArray();
        const QJsonArray installed =
            http.get(QStringLiteral("/api/1.4/patch/systemreport"), q({{"resid", QString::number(id)},
                                                                       {"patchstatusfilter", QStringLiteral("201")},
                                                                       {"pagelimit", QStringLiteral("500")}}))
                .at(QStringLiteral("message_response/systemreport"))
                .toArray();
        qint64 uninstallable = 0;
        for (const QJsonValue &p : installed)
            if (num(p.toObject().value(QStringLiteral("patch_uninstall_status"))) == 1 && !uninstallable)
                uninstallable = num(p.toObject().value(QStringLiteral("patch_id")));
        qint64 approvedMissing = 0;
        for (const QJsonValue &p : missing)
            if (num(p.toObject().value(QStringLiteral("patch_status"))) == 211 && !approvedMissing)
                approvedMissing = num(p.toObject().value(QStringLiteral("patch_id")));
        if (!approvedMissing || !uninstallable)
            continue;
        if (!ids.computer) {
            ids.computer = id;
            ids.missingPatch = approvedMissing;
            ids.installedPatch = uninstallable;
        } else if (!ids.otherComputer) {
            ids.otherComputer = id;
            break;
        }
    }
    ids.anyPatch =
        num(http.get(QStringLiteral("/api/1.4/patch/allpatches"), q({{"platformfilter", QStringLiteral("Windows")}}))
                .at(QStringLiteral("message_response/allpatches"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("patch_id")));
    ids.report =
        http.get(QStringLiteral("/dcapi/reports/queryReports"), {}, {{"Accept", "application/allQueryReports.v1+json"}})
            .at(QStringLiteral("children"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    return ids;
}

inline QJsonObject sampleRequest(const QString &code)
{
    return TestData::guideSample(code, QStringLiteral("request"));
}

inline HttpResult callOperation(Http &http, const QString &code, const Ids &ids)
{
    const QString computer = QString::number(ids.computer);
    const QJsonArray oneComputer{double(ids.computer)};
    const int n = code.mid(1).toInt();
    switch (n) {
    case 1: {
        QJsonObject body = sampleRequest(code);
        body[QStringLiteral("ResourceIDs")] = oneComputer;
        return http.post(QStringLiteral("/api/1.4/patch/installpatch"), body);
    }
    case 2: {
        QJsonObject body = sampleRequest(code);
        body[QStringLiteral("ResourceIDs")] = oneComputer;
        body[QStringLiteral("PatchIDs")] = QJsonArray{double(ids.missingPatch)};
        return http.post(QStringLiteral("/api/1.4/patch/installpatch"), body);
    }
    case 3: {
        QJsonObject body = sampleRequest(code);
        body[QStringLiteral("PatchIDs")] = QJsonArray{double(ids.missingPatch)};
        return http.post(QStringLiteral("/api/1.4/patch/installpatch"), body);
    }
    case 4: {
        QJsonObject body = sampleRequest(code);
        body[QStringLiteral("PatchIDs")] = QJsonArray{double(ids.installedPatch)};
        return http.post(QStringLiteral("/api/1.4/patch/uninstallpatch"), body);
    }
    case 5:
        return http.get(QStringLiteral("/api/1.4/patch/allpatchdetails"),
                        q({{"patchid", QString::number(ids.missingPatch)}}));
    case 6:
        return http.post(QStringLiteral("/api/1.4/patch/computers/scan"),
                         QJsonObject{{QStringLiteral("resourceids"), oneComputer}});
    case 7:
        return http.get(QStringLiteral("/api/1.4/patch/healthpolicy"));
    case 8:
        return http.get(QStringLiteral("/api/1.4/patch/allpatches"));
    case 9:
        return http.send("POST", QStringLiteral("/api/1.4/patch/computers/scanall"));
    case 10:
        return http.get(QStringLiteral("/api/1.4/patch/deploymentpolicies"));
    case 11:
        return http.get(QStringLiteral("/api/1.4/patch/downloadedpatches"));
    case 12:
        return http.get(QStringLiteral("/api/1.4/patch/summary"));
    case 13:
        return http.post(QStringLiteral("/api/1.4/patch/approvepatch"),
                         QJsonObject{{QStringLiteral("patchids"), QJsonArray{double(ids.anyPatch)}}});
    case 14:
        return http.post(QStringLiteral("/api/1.4/patch/unapprovepatch"),
                         QJsonObject{{QStringLiteral("patchids"), QJsonArray{double(ids.anyPatch)}}});
    case 15:
        return http.get(QStringLiteral("/api/1.4/patch/allsystems"));
    case 16:
        return http.get(QStringLiteral("/dcapi/threats/systemreport/patches"), q({{"pageLimit", QStringLiteral("5")}}));
    case 17:
        return http.get(QStringLiteral("/dcapi/threats/patches"));
    case 18:
        return http.get(QStringLiteral("/api/1.4/patch/dbupdatestatus"));
    case 19:
        return http.get(QStringLiteral("/api/1.4/patch/systemreport"), q({{"resid", computer}}));
    case 20:
        return http.get(QStringLiteral("/api/1.4/patch/viewconfig"));
    case 21:
        return http.get(QStringLiteral("/api/1.4/patch/scandetails"));
    case 22:
        return http.get(QStringLiteral("/api/1.4/patch/approvalsettings"));
    case 23:
        return http.get(QStringLiteral("/api/1.4/patch/supportedpatches"));
    case 24:
        return http.post(QStringLiteral("/api/1.4/patch/modifyAPDTask"), sampleRequest(code));
    case 25:
        return http.send("POST", QStringLiteral("/api/1.4/patch/deleteAPDTask"),
                         q({{"taskname", QStringLiteral("windows create task")}}));
    case 26:
        return http.post(QStringLiteral("/api/1.4/patch/createAPDTask"), sampleRequest(code));
    case 27:
        return http.send("POST", QStringLiteral("/api/1.4/patch/suspendAPDTask"),
                         q({{"taskname", QStringLiteral("windows create task")}}));
    case 28:
        return http.send("POST", QStringLiteral("/api/1.4/patch/resumeAPDTask"),
                         q({{"taskname", QStringLiteral("windows create task")}}));
    case 29:
        return http.post(QStringLiteral("/api/1.4/patch/declinepatch"),
                         QJsonObject{{QStringLiteral("patchids"), QJsonArray{double(ids.anyPatch)}}});
    case 30: {
        QJsonObject body = sampleRequest(code); // customGroupID "301" is the All Computers Group here
        QJsonArray patches = body.value(QStringLiteral("patches")).toArray();
        QJsonObject first = patches.first().toObject();
        first[QStringLiteral("id")] = QString::number(ids.anyPatch);
        patches[0] = first;
        body[QStringLiteral("patches")] = patches;
        return http.send(
            "PUT", QStringLiteral("/dcapi/patch/settings/declinePatch/declinePatches"), {},
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/declinePatches.v1+json"}, {"Accept", "application/declinePatches.v1+json"}});
    }
    case 31:
        return http.get(QStringLiteral("/api/1.4/som/computers"));
    case 32:
        return http.get(QStringLiteral("/api/1.4/som/remoteoffice"));
    case 33:
        return http.post(QStringLiteral("/api/1.4/som/computers/uninstallagent"),
                         QJsonObject{{QStringLiteral("resourceids"), oneComputer}});
    case 34:
        return http.get(QStringLiteral("/api/1.4/som/summary"));
    case 35:
        return http.post(QStringLiteral("/api/1.4/som/computers/installagent"),
                         QJsonObject{{QStringLiteral("resourceids"), oneComputer}});
    case 36:
        return http.post(QStringLiteral("/api/1.4/som/computers/removecomputer"),
                         QJsonObject{{QStringLiteral("resourceids"), oneComputer}});
    case 37:
        return http.get(QStringLiteral("/api/1.4/desktop/serverproperties"));
    case 38:
        return http.get(QStringLiteral("/dcapi/reports/queryReports"), {},
                        {{"Accept", "application/allQueryReports.v1+json"}});
    case 39:
        return http.get(QStringLiteral("/dcapi/reports/queryReports/%1/data").arg(ids.report), {},
                        {{"Accept", "application/queryResult.v1+json"}});
    default:
        qFatal("no call for %s", qPrintable(code));
    }
}

inline QJsonObject decline(const QString &patchId, const QString &reason, const QJsonArray &groups)
{
    QJsonObject patch{{QStringLiteral("id"), patchId}, {QStringLiteral("remarks"), QStringLiteral("test")}};
    if (!reason.isNull())
        patch.insert(QStringLiteral("reasonId"), reason);
    return QJsonObject{{QStringLiteral("patches"), QJsonArray{patch}}, {QStringLiteral("customGroupID"), groups}};
}

inline HttpResult putDecline(Http &http, const QJsonObject &body,
                             const QByteArray &contentType = "application/declinePatches.v1+json",
                             const QByteArray &accept = "application/declinePatches.v1+json",
                             const QString &token = Token)
{
    return http.send("PUT", QStringLiteral("/dcapi/patch/settings/declinePatch/declinePatches"), {},
                     QJsonDocument(body).toJson(QJsonDocument::Compact),
                     {{"Content-Type", contentType}, {"Accept", accept}}, token);
}

inline QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace pmp::test::conformance
