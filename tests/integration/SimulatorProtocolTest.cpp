// The simulator against the guide, over a real loopback socket with QNetworkAccessManager:
// Authentication and routing, paging, filters, the legacy error forms, faults over the wire and a
// 50,000-computer start.
#include "SimulatorConformance.h"

using namespace pmp::test::conformance;

class SimulatorProtocolTest : public QObject
{
    Q_OBJECT
private slots:
    // ---- Authentication and routing ------------------------------------------------------------

    void scopesAreEnforced()
    {
        Sim sim = start();
        const QString readOnly =
            sim.simulator->mintAccessToken({QStringLiteral("PatchManagerPlusCloud.PatchMgmt.READ")});
        HttpResult r = sim.http->send("GET", QStringLiteral("/api/1.4/som/computers"), {}, {}, {}, readOnly);
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("PatchManagerPlusCloud.Common.READ"));
        QCOMPARE(sim.http->send("GET", QStringLiteral("/api/1.4/patch/allpatches"), {}, {}, {}, readOnly).status, 200);
        QCOMPARE(
            sim.http->send("POST", QStringLiteral("/api/1.4/patch/computers/scanall"), {}, {}, {}, readOnly).status,
            403);
        r = sim.http->send("GET", QStringLiteral("/dcapi/reports/queryReports"), {}, {},
                           {{"Accept", "application/allQueryReports.v1+json"}}, readOnly);
        QCOMPARE(r.status, 403);
        QVERIFY(r.json().contains(QStringLiteral("errorCode")));
        // ALL grants every operation of its scope name.
        const QString all = sim.simulator->mintAccessToken({QStringLiteral("PatchManagerPlusCloud.Common.ALL")});
        QCOMPARE(sim.http->send("GET", QStringLiteral("/api/1.4/som/computers"), {}, {}, {}, all).status, 200);
    }

    void invalidAndExpiredTokensGet401()
    {
        Sim sim = start();
        const QString minted = sim.simulator->mintAccessToken(pmp::api::allScopeNames());
        QCOMPARE(sim.http->send("GET", QStringLiteral("/api/1.4/som/summary"), {}, {}, {}, minted).status, 200);
        sim.simulator->expireAccessTokens();
        HttpResult r = sim.http->send("GET", QStringLiteral("/api/1.4/som/summary"), {}, {}, {}, minted);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("INVALID_OAUTHTOKEN"));
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        r = sim.http->send("GET", QStringLiteral("/dcapi/threats/patches"), {}, {}, {}, minted);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json(), TestData::guideSample(QStringLiteral("E30"), QStringLiteral("error-401")));
        QCOMPARE(sim.http->send("GET", QStringLiteral("/api/1.4/som/summary"), {}, {}, {}, QString()).status, 401);
        // The static token keeps working; new tokens are valid again.
        QCOMPARE(sim.http->get(QStringLiteral("/api/1.4/som/summary")).status, 200);
        const QString fresh = sim.simulator->mintAccessToken(pmp::api::allScopeNames());
        QCOMPARE(sim.http->send("GET", QStringLiteral("/api/1.4/som/summary"), {}, {}, {}, fresh).status, 200);
    }

    void acceptsTheThreeAuthorizationForms()
    {
        Sim sim = start();
        const QByteArray t = Token.toUtf8();
        const QList<QByteArray> forms{QByteArray("Zoho-oauthtoken ").append(t), QByteArray("Bearer ").append(t), t,
                                      QByteArray("  ").append(t).append("  ")};
        for (const QByteArray &header : forms) {
            const HttpResult r = sim.http->send("GET", QStringLiteral("/api/1.4/som/summary"), {}, {},
                                                {{"Authorization", header}}, QString());
            QVERIFY2(r.status == 200, header.constData());
        }
        const auto recorded = sim.simulator->requests();
        QCOMPARE(recorded.size(), 4);
        QCOMPARE(recorded.first().authorization, QByteArray("Zoho-oauthtoken ").append(t));
        QCOMPARE(recorded.first().status, 200);
    }

    void unknownPathsAndWrongMethods()
    {
        Sim sim = start();
        QCOMPARE(sim.http->get(QStringLiteral("/api/1.4/patch/nosuchthing")).status, 404);
        QCOMPARE(sim.http->get(QStringLiteral("/dcapi/reports/queryReports/1/rows")).status, 404);
        const HttpResult r = sim.http->get(QStringLiteral("/api/1.4/patch/approvepatch"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.headers.value("allow"), QByteArray("POST"));
        QCOMPARE(sim.http->send("POST", QStringLiteral("/api/1.4/patch/allpatches")).status, 405);
        QCOMPARE(sim.http->send("POST", QStringLiteral("/dcapi/patch/settings/declinePatch/declinePatches")).status,
                 405);
    }

    void vendorMediaTypesAreRequired()
    {
        Sim sim = start();
        QCOMPARE(
            sim.http->get(QStringLiteral("/dcapi/reports/queryReports"), {}, {{"Accept", "application/json"}}).status,
            406);
        QCOMPARE(sim.http->get(QStringLiteral("/dcapi/reports/queryReports"), {}, {{"Accept", "*/*"}}).status, 406);
        QCOMPARE(sim.http
                     ->get(QStringLiteral("/dcapi/reports/queryReports"), {},
                           {{"Accept", "application/json, application/allQueryReports.v1+json"}})
                     .status,
                 200);
        QCOMPARE(sim.http
                     ->get(QStringLiteral("/dcapi/reports/queryReports/9504000000142241/data"), {},
                           {{"Accept", "application/allQueryReports.v1+json"}})
                     .status,
                 406);
        const QJsonObject body = decline(QStringLiteral("1"), QStringLiteral("1"), {QStringLiteral("301")});
        HttpResult r = putDecline(*sim.http, body, "application/json");
        QCOMPARE(r.status, 415);
        QCOMPARE(r.json().value(QStringLiteral("errorCode")).toString(), QStringLiteral("UNSUPPORTED_MEDIA_TYPE"));
        r = putDecline(*sim.http, body, "application/declinePatches.v1+json", "application/json");
        QCOMPARE(r.status, 406);
        QCOMPARE(r.json().value(QStringLiteral("errorCode")).toString(), QStringLiteral("NOT_ACCEPTABLE"));
    }

    void refusesToListenBeyondLoopback()
    {
        Simulator sim(SimulatorOptions{});
        QVERIFY(!sim.listen(QHostAddress::Any, 0));
        QVERIFY(sim.errorString().contains(QLatin1String("loopback")));
        QVERIFY(sim.listen(QHostAddress::LocalHost, 0));
        QCOMPARE(sim.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(sim.port() > 0);
    }

    // ---- Paging ------------------------------------------------------------------------------------

    void pagesAddUpToTheTotal()
    {
        SimulatorOptions options;
        options.computers = 137;
        Sim sim = start(options);
        QSet<qint64> seen;
        qint64 total = -1;
        for (int page = 1; page <= 30; ++page) {
            const HttpResult r =
                sim.http->get(QStringLiteral("/api/1.4/som/computers"),
                              q({{"page", QString::number(page)}, {"pagelimit", QStringLiteral("20")}}));
            const QJsonObject mr = r.json().value(QStringLiteral("message_response")).toObject();
            QCOMPARE(mr.value(QStringLiteral("limit")).toInt(), 20);
            QCOMPARE(mr.value(QStringLiteral("page")).toInt(), page);
            if (total < 0)
                total = num(mr.value(QStringLiteral("total")));
            QCOMPARE(num(mr.value(QStringLiteral("total"))), total);
            const QJsonArray items = mr.value(QStringLiteral("computers")).toArray();
            for (const QJsonValue &v : items) {
                const qint64 id = num(v.toObject().value(QStringLiteral("resource_id")));
                QVERIFY2(!seen.contains(id), "a computer on two pages");
                seen.insert(id);
            }
            if (items.size() < 20)
                break;
        }
        QCOMPARE(total, 137);
        QCOMPARE(seen.size(), 137);
        // Defaults and caps.
        QCOMPARE(sim.http->get(QStringLiteral("/api/1.4/som/computers"))
                     .at(QStringLiteral("message_response/limit"))
                     .toInt(),
                 25);
        QCOMPARE(sim.http->get(QStringLiteral("/api/1.4/som/computers"), q({{"pagelimit", QStringLiteral("500")}}))
                     .at(QStringLiteral("message_response/limit"))
                     .toInt(),
                 100);
        QCOMPARE(
            sim.http->get(QStringLiteral("/api/1.4/patch/supportedpatches"), q({{"pagelimit", QStringLiteral("5000")}}))
                .at(QStringLiteral("message_response/limit"))
                .toInt(),
            1000);
        QCOMPARE(
            sim.http->get(QStringLiteral("/api/1.4/som/computers"), q({{"pagelimit", QStringLiteral("abc")}})).status,
            400);
    }

    void threatsMetadataIsConsistent()
    {
        Sim sim = start();
        const HttpResult first =
            sim.http->get(QStringLiteral("/dcapi/threats/patches"), q({{"pageLimit", QStringLiteral("40")}}));
        const QJsonObject meta = first.json().value(QStringLiteral("metadata")).toObject();
        QVERIFY(meta.value(QStringLiteral("totalRecords")).isString());
        const int total = meta.value(QStringLiteral("totalRecords")).toString().toInt();
        const int pages = meta.value(QStringLiteral("totalPages")).toInt();
        QCOMPARE(pages, (total + 39) / 40);
        QVERIFY(meta.value(QStringLiteral("links")).toObject().value(QStringLiteral("prev")).isNull());
        QVERIFY(meta.value(QStringLiteral("links"))
                    .toObject()
                    .value(QStringLiteral("next"))
                    .toString()
                    .contains(QLatin1String("page=2")));
        int received = 0;
        for (int page = 1; page <= pages; ++page) {
            const HttpResult r =
                sim.http->get(QStringLiteral("/dcapi/threats/patches"),
                              q({{"pageLimit", QStringLiteral("40")}, {"page", QString::number(page)}}));
            received += int(r.at(QStringLiteral("message_response/patches")).toArray().size());
            if (page == pages)
                QVERIFY(r.json()
                            .value(QStringLiteral("metadata"))
                            .toObject()
                            .value(QStringLiteral("links"))
                            .toObject()
                            .value(QStringLiteral("next"))
                            .isNull());
        }
        QCOMPARE(received, total);
        QCOMPARE(sim.http->get(QStringLiteral("/dcapi/threats/patches"))
                     .json()
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("pageLimit"))
                     .toInt(),
                 30);
    }

    void reportDataPagesByStartIndex()
    {
        Sim sim = start();
        const QString path = QStringLiteral("/dcapi/reports/queryReports/9504000000142279/data");
        const Headers accept{{"Accept", "application/queryResult.v1+json"}};
        const QJsonArray all =
            sim.http->get(path, q({{"limit", QStringLiteral("1000")}}), accept).at(QStringLiteral("data")).toArray();
        QCOMPARE(all.size(), 250);
        QJsonArray paged;
        for (int start = 0; start < 260; start += 60)
            for (const QJsonValue &v :
                 sim.http
                     ->get(path, q({{"startIndex", QString::number(start)}, {"limit", QStringLiteral("60")}}), accept)
                     .at(QStringLiteral("data"))
                     .toArray())
                paged.append(v);
        QCOMPARE(paged, all);
        const QJsonObject page =
            sim.http->get(path, q({{"startIndex", QStringLiteral("0")}, {"limit", QStringLiteral("2")}}), accept)
                .json();
        QVERIFY(!page.contains(QStringLiteral("total")));
        QCOMPARE(page.value(QStringLiteral("columnDetails")).toArray().size(), 5);
        QCOMPARE(sim.http->get(QStringLiteral("/dcapi/reports/queryReports/123/data"), {}, accept).status, 404);
    }

    void groupIdsReportFeedsTheDeclineApi()
    {
        Sim sim = start();
        const QJsonArray groups = sim.http
                                      ->get(QStringLiteral("/dcapi/reports/queryReports/9504000000142241/data"), {},
                                            {{"Accept", "application/queryResult.v1+json"}})
                                      .at(QStringLiteral("data"))
                                      .toArray();
        QString finance;
        QStringList names;
        for (const QJsonValue &g : groups) {
            names << g.toObject().value(QStringLiteral("name")).toString();
            if (g.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Finance Workstations"))
                finance = g.toObject().value(QStringLiteral("resource_id")).toString();
        }
        QVERIFY(names.contains(QStringLiteral("All Computers Group")));
        const QJsonArray e37 = sim.http->get(QStringLiteral("/api/1.4/desktop/serverproperties"))
                                   .at(QStringLiteral("message_response/serverproperties/custom_groups"))
                                   .toArray();
        QCOMPARE(e37.size(), groups.size());
        QVERIFY(!finance.isEmpty());
        const qint64 patch = num(
            sim.http
                ->get(QStringLiteral("/api/1.4/patch/allpatches"), q({{"platformfilter", QStringLiteral("Windows")},
                                                                      {"approvalstatusfilter", QStringLiteral("211")}}))
                .at(QStringLiteral("message_response/allpatches"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("patch_id")));
        QCOMPARE(putDecline(*sim.http, decline(QString::number(patch), QStringLiteral("2"), {finance})).status, 200);
    }

    // ---- Filters -----------------------------------------------------------------------------------

    void filtersNarrowTheLists()
    {
        Sim sim = start();
        const qint64 all =
            num(sim.http->get(QStringLiteral("/api/1.4/som/computers")).at(QStringLiteral("message_response/total")));
        const QJsonArray macs =
            sim.http
                ->get(QStringLiteral("/api/1.4/som/computers"),
                      q({{"platformfilter", QStringLiteral("2")}, {"pagelimit", QStringLiteral("100")}}))
                .at(QStringLiteral("message_response/computers"))
                .toArray();
        QVERIFY(!macs.isEmpty() && macs.size() < all);
        for (const QJsonValue &v : macs)
            QCOMPARE(v.toObject().value(QStringLiteral("os_platform")).toInt(), 2);
        // Substring search, AND-combined with the office filter.
        const QJsonArray lon = sim.http
                                   ->get(QStringLiteral("/api/1.4/som/computers"),
                                         q({{"searchcomputerfilter", QStringLiteral("lon-")},
                                            {"branchofficefilter", QStringLiteral("London Branch")},
                                            {"pagelimit", QStringLiteral("100")}}))
                                   .at(QStringLiteral("message_response/computers"))
                                   .toArray();
        QVERIFY(!lon.isEmpty());
        for (const QJsonValue &v : lon) {
            QVERIFY(v.toObject()
                        .value(QStringLiteral("resource_name"))
                        .toString()
                        .contains(QLatin1String("LON-"), Qt::CaseInsensitive));
            QCOMPARE(v.toObject().value(QStringLiteral("branch_office_name")).toString(),
                     QStringLiteral("London Branch"));
        }
        QCOMPARE(num(sim.http
                         ->get(QStringLiteral("/api/1.4/som/computers"),
                               q({{"branchofficefilter", QStringLiteral("Atlantis")}}))
                         .at(QStringLiteral("message_response/total"))),
                 0);
        QCOMPARE(sim.http
                     ->get(QStringLiteral("/api/1.4/som/computers"),
                           q({{"agentcontactfilter", QStringLiteral("yesterday")}}))
                     .status,
                 400);
        const qint64 recent = num(sim.http
                                      ->get(QStringLiteral("/api/1.4/som/computers"),
                                            q({{"agentcontactfilter", QStringLiteral("equal_3_day")}}))
                                      .at(QStringLiteral("message_response/total")));
        const qint64 summaryRecent =
            num(sim.http->get(QStringLiteral("/api/1.4/som/summary"))
                    .at(QStringLiteral("message_response/summary/last_contact_time_summary/equal_3_day")));
        QCOMPARE(recent, summaryRecent);

        // Patch filters.
        const QJsonArray critical =
            sim.http
                ->get(QStringLiteral("/api/1.4/patch/allpatches"), q({{"severityfilter", QStringLiteral("4")},
                                                                      {"platformfilter", QStringLiteral("Windows")},
                                                                      {"pagelimit", QStringLiteral("1000")}}))
                .at(QStringLiteral("message_response/allpatches"))
                .toArray();
        QVERIFY(!critical.isEmpty());
        for (const QJsonValue &v : critical) {
            QCOMPARE(v.toObject().value(QStringLiteral("severity")).toInt(), 4);
            QCOMPARE(v.toObject().value(QStringLiteral("platform_name")).toString(), QStringLiteral("Windows"));
        }
        QCOMPARE(
            sim.http->get(QStringLiteral("/api/1.4/patch/allpatches"), q({{"severityfilter", QStringLiteral("9")}}))
                .status,
            400);
        const QJsonArray missing =
            sim.http
                ->get(QStringLiteral("/api/1.4/patch/allpatches"),
                      q({{"patchstatusfilter", QStringLiteral("202")}, {"pagelimit", QStringLiteral("1000")}}))
                .at(QStringLiteral("message_response/allpatches"))
                .toArray();
        for (const QJsonValue &v : missing)
            QVERIFY(v.toObject().value(QStringLiteral("missing")).toInt() > 0);
        const QJsonArray chrome = sim.http
                                      ->get(QStringLiteral("/dcapi/threats/patches"),
                                            q({{"patchname", QStringLiteral("googlechrome")},
                                               {"update_type", QStringLiteral("Third-Party Updates")},
                                               {"pageLimit", QStringLiteral("500")}}))
                                      .at(QStringLiteral("message_response/patches"))
                                      .toArray();
        QVERIFY(!chrome.isEmpty());
        for (const QJsonValue &v : chrome)
            QVERIFY(v.toObject()
                        .value(QStringLiteral("patchname"))
                        .toString()
                        .contains(QLatin1String("googlechrome"), Qt::CaseInsensitive));
        const QJsonArray important = sim.http
                                         ->get(QStringLiteral("/dcapi/threats/systemreport/patches"),
                                               q({{"severity", QStringLiteral("Important")},
                                                  {"patch_status", QStringLiteral("Missing")},
                                                  {"pageLimit", QStringLiteral("10")}}))
                                         .at(QStringLiteral("message_response/systemreport"))
                                         .toArray();
        QVERIFY(!important.isEmpty());
        for (const QJsonValue &system : important)
            for (const QJsonValue &p : system.toObject().value(QStringLiteral("patches")).toArray()) {
                QCOMPARE(p.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("Important"));
                QCOMPARE(p.toObject().value(QStringLiteral("patch_status")).toString(), QStringLiteral("Missing"));
            }
        // E19 needs resid.
        const HttpResult noResid = sim.http->get(QStringLiteral("/api/1.4/patch/systemreport"));
        QCOMPARE(noResid.status, 400);
        QCOMPARE(noResid.json().value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(noResid.json().value(QStringLiteral("error_description")).toString().contains(QLatin1String("resid")));
    }

    // ---- Errors -------------------------------------------------------------------------------------

    void legacyErrorsAre400OrInside200WithQuirks()
    {
        for (bool quirks : {false, true}) {
            SimulatorOptions options;
            options.quirks = quirks;
            Sim sim = start(options);
            const HttpResult r = sim.http->send("POST", QStringLiteral("/api/1.4/patch/approvepatch"), {}, "[1,2");
            QCOMPARE(r.status, quirks ? 200 : 400);
            const QJsonObject o = r.json();
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
            QCOMPARE(o.value(QStringLiteral("error_code")).toString(), QStringLiteral("INVALID_JSON"));
            QVERIFY(!o.value(QStringLiteral("error_description")).toString().isEmpty());
            QCOMPARE(o.value(QStringLiteral("message_type")).toString(), QStringLiteral("approvepatch"));
        }
    }

    void declineValidationMatchesTheGuide()
    {
        Sim sim = start();
        const Ids ids = discover(*sim.http);
        const QString patch = QString::number(ids.anyPatch);
        HttpResult r =
            putDecline(*sim.http, QJsonObject{{QStringLiteral("patches"), QJsonArray{}},
                                              {QStringLiteral("customGroupID"), QJsonArray{QStringLiteral("301")}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json(), TestData::guideSample(QStringLiteral("E30"), QStringLiteral("error-400-empty-patches")));
        r = putDecline(*sim.http, QJsonObject{{QStringLiteral("customGroupID"), QJsonArray{QStringLiteral("301")}}});
        QCOMPARE(r.json(), TestData::guideSample(QStringLiteral("E30"), QStringLiteral("error-400-empty-patches")));
        r = putDecline(*sim.http, decline(patch, QString(), {QStringLiteral("301")}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("errorCode")).toString(), QStringLiteral("INSUFFICIENT_DATA"));
        QCOMPARE(r.json().value(QStringLiteral("errorMessage")).toString(),
                 QStringLiteral("reasonId is mandatory for patch id: %1").arg(patch));
        r = putDecline(*sim.http, decline(patch, QStringLiteral("1"), {QStringLiteral("301"), QStringLiteral("501")}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json(), TestData::guideSample(QStringLiteral("E30"), QStringLiteral("error-400-all-computers")));
        r = putDecline(*sim.http, decline(QStringLiteral("abc"), QStringLiteral("1"), {QStringLiteral("301")}));
        QCOMPARE(r.json().value(QStringLiteral("errorCode")).toString(), QStringLiteral("INVALID_DATA"));
        r = putDecline(*sim.http, decline(patch, QStringLiteral("x"), {QStringLiteral("301")}));
        QCOMPARE(r.json().value(QStringLiteral("errorCode")).toString(), QStringLiteral("INVALID_DATA"));
        r = putDecline(*sim.http, decline(patch, QStringLiteral("1"), {}));
        QCOMPARE(r.json().value(QStringLiteral("errorCode")).toString(), QStringLiteral("INSUFFICIENT_DATA"));
        r = putDecline(*sim.http, decline(patch, QStringLiteral("1"), {QStringLiteral("999")}));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json(), TestData::guideSample(QStringLiteral("E30"), QStringLiteral("error-403")));
        r = putDecline(*sim.http, decline(patch, QStringLiteral("1"), {QStringLiteral("301")}),
                       "application/declinePatches.v1+json", "application/declinePatches.v1+json",
                       QStringLiteral("wrong"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json(), TestData::guideSample(QStringLiteral("E30"), QStringLiteral("error-401")));
        // The guide's second sample (three reasons, two custom groups) is accepted once its ids exist.
        QJsonObject second = TestData::guideSample(QStringLiteral("E30"), QStringLiteral("request-2"));
        QJsonArray patches = second.value(QStringLiteral("patches")).toArray();
        for (int i = 0; i < patches.size(); ++i) {
            QJsonObject p = patches.at(i).toObject();
            p[QStringLiteral("id")] = patch;
            patches[i] = p;
        }
        second[QStringLiteral("patches")] = patches;
        QCOMPARE(putDecline(*sim.http, second).status, 200);
    }

    // ---- Faults over the wire ----------------------------------------------------------------------

    void faultsOverTheWire()
    {
        Sim sim = start();
        QString error;
        QVERIFY(!sim.simulator->setFaults(QStringLiteral("bogus"), &error));
        QVERIFY(error.contains(QLatin1String("unknown kind")));

        QVERIFY(sim.simulator->setFaults(QStringLiteral("drop:1:path=/api/1.4/som/computers:after=1:count=1")));
        QCOMPARE(sim.http->get(QStringLiteral("/api/1.4/som/computers")).status, 200);
        const HttpResult dropped = sim.http->get(QStringLiteral("/api/1.4/som/computers"));
        QVERIFY2(dropped.error != QNetworkReply::NoError, qPrintable(QString::number(dropped.error)));
        QCOMPARE(sim.simulator->requests().last().status, -1);
        QCOMPARE(sim.http->get(QStringLiteral("/api/1.4/som/computers")).status, 200);

        QVERIFY(sim.simulator->setFaults(QStringLiteral("truncate:count=1")));
        const HttpResult cut = sim.http->get(QStringLiteral("/api/1.4/som/summary"));
        QCOMPARE(cut.status, 200);
        QCOMPARE(cut.error, QNetworkReply::NoError); // well framed
        QVERIFY(QJsonDocument::fromJson(cut.body).isNull());
        QVERIFY(cut.body.startsWith("{"));

        QVERIFY(sim.simulator->setFaults(QStringLiteral("html:count=1")));
        const HttpResult html = sim.http->get(QStringLiteral("/api/1.4/som/summary"));
        QCOMPARE(html.status, 200);
        QVERIFY(html.body.startsWith("<!DOCTYPE html>"));

        QVERIFY(sim.simulator->setFaults(QStringLiteral("throttle:count=1:retry=3")));
        const HttpResult throttled = sim.http->get(QStringLiteral("/api/1.4/som/summary"));
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.headers.value("retry-after"), QByteArray("3"));
        QVERIFY(throttled.json().contains(QStringLiteral("error_code")));

        // A throttle that does not say how long: 429 and no Retry-After header at all.
        QVERIFY(sim.simulator->setFaults(QStringLiteral("throttle:count=1:retry=none")));
        const HttpResult unspecified = sim.http->get(QStringLiteral("/api/1.4/som/summary"));
        QCOMPARE(unspecified.status, 429);
        QVERIFY(!unspecified.headers.contains("retry-after"));
        QVERIFY(unspecified.json().contains(QStringLiteral("error_code")));
        QCOMPARE(sim.simulator->faultsFired(), 1);

        QVERIFY(sim.simulator->setFaults(QStringLiteral("5xx:status=503:count=1")));
        QCOMPARE(sim.http->get(QStringLiteral("/api/1.4/som/summary")).status, 503);
        QCOMPARE(sim.http->get(QStringLiteral("/api/1.4/som/summary")).status, 200);

        // Sign-in is not hit by a rule without path=.
        QVERIFY(sim.simulator->setFaults(QStringLiteral("5xx")));
        QCOMPARE(sim.http
                     ->send("POST", QStringLiteral("/oauth/v2/token/revoke"), q({{"token", QStringLiteral("x")}}), {},
                            {}, QString())
                     .status,
                 200);

        // Latency: the request is recorded on arrival, the answer comes later.
        QVERIFY(sim.simulator->setFaults(QStringLiteral("latency:ms=300:count=1")));
        sim.simulator->clearRequests();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sim.http->get(QStringLiteral("/api/1.4/som/summary")).status, 200);
        QVERIFY(timer.elapsed() >= 250);
        QCOMPARE(sim.simulator->requests().size(), 1);

        SimulatorOptions quirks;
        quirks.quirks = true;
        quirks.faults = QStringLiteral("throttle:count=1");
        Sim q2 = start(quirks);
        const HttpResult page = q2.http->get(QStringLiteral("/api/1.4/som/summary"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<html"));
        QVERIFY(page.body.contains("Too many requests"));
    }

    // ---- Scale ---------------------------------------------------------------------------------------

    void startsFiftyThousandComputers()
    {
        QElapsedTimer timer;
        timer.start();
        SimulatorOptions options;
        options.computers = 50000;
        Sim sim = start(options);
        const qint64 startup = timer.elapsed();
        timer.restart();
        const HttpResult r = sim.http->get(QStringLiteral("/api/1.4/som/computers"),
                                           q({{"page", QStringLiteral("250")}, {"pagelimit", QStringLiteral("100")}}));
        const qint64 page = timer.elapsed();
        QCOMPARE(r.status, 200);
        QCOMPARE(num(r.at(QStringLiteral("message_response/total"))), 50000);
        QCOMPARE(r.at(QStringLiteral("message_response/computers")).toArray().size(), 100);
        timer.restart();
        const HttpResult patches =
            sim.http->get(QStringLiteral("/api/1.4/patch/allpatches"), q({{"pagelimit", QStringLiteral("100")}}));
        const qint64 patchPage = timer.elapsed();
        QCOMPARE(patches.status, 200);
        qInfo("50,000 computers: start-up %lld ms, one page of 100 computers %lld ms, one page of 100 "
              "patches %lld ms",
              static_cast<long long>(startup), static_cast<long long>(page), static_cast<long long>(patchPage));
    }
};

QTEST_GUILESS_MAIN(SimulatorProtocolTest)
#include "SimulatorProtocolTest.moc"
