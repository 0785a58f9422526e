// The simulator against the guide, over a real loopback socket with QNetworkAccessManager:
// Writes change what later reads return: approvals and declines, installs and drafts, uninstalls,
// scans, APD tasks, removed computers, agent installs; query strings read as a servlet reads them.
#include "SimulatorConformance.h"

using namespace pmp::test::conformance;

class SimulatorWritesTest : public QObject
{
    Q_OBJECT
private slots:
    // ---- Writes change later reads ----------------------------------------------------------------

    void approvalsAndDeclinesChangeTheApprovalStatus()
    {
        Sim sim = start();
        const Ids ids = discover(*sim.http);
        auto approval = [&] {
            return num(sim.http
                           ->get(QStringLiteral("/api/1.4/patch/supportedpatches"),
                                 q({{"patchid", QString::number(ids.anyPatch)}}))
                           .at(QStringLiteral("message_response/supportedpatches"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("patch_status")));
        };
        const QJsonObject body{{QStringLiteral("patchids"), QJsonArray{double(ids.anyPatch)}}};
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/unapprovepatch"), body).status, 200);
        QCOMPARE(approval(), 0);
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/approvepatch"), body).status, 200);
        QCOMPARE(approval(), 211);
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/declinepatch"), body).status, 200);
        QCOMPARE(approval(), 212);
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/approvepatch"), body).status, 200);
        QCOMPARE(
            putDecline(*sim.http, decline(QString::number(ids.anyPatch), QStringLiteral("3"), {QStringLiteral("301")}))
                .status,
            200);
        QCOMPARE(approval(), 212);
        // Linux patches are silently excluded from E30.
        const QJsonObject linux =
            sim.http
                ->get(QStringLiteral("/api/1.4/patch/supportedpatches"),
                      q({{"platformfilter", QStringLiteral("Linux")}, {"approvalstatusfilter", QStringLiteral("211")}}))
                .at(QStringLiteral("message_response/supportedpatches"))
                .toArray()
                .first()
                .toObject();
        const QString linuxId = QString::number(num(linux.value(QStringLiteral("patch_id"))));
        QCOMPARE(putDecline(*sim.http, decline(linuxId, QStringLiteral("1"), {QStringLiteral("301")})).status, 200);
        QCOMPARE(num(sim.http->get(QStringLiteral("/api/1.4/patch/supportedpatches"), q({{"patchid", linuxId}}))
                         .at(QStringLiteral("message_response/supportedpatches"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("patch_status"))),
                 211);
        // Unknown ids are request errors.
        const HttpResult unknown = sim.http->post(QStringLiteral("/api/1.4/patch/approvepatch"),
                                                  QJsonObject{{QStringLiteral("patchids"), QJsonArray{1}}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("PATCH_NOT_FOUND"));
    }

    void installCreatesAConfigurationAndInstallsThePatch()
    {
        SimulatorOptions options;
        options.deployDelayMs = 150;
        Sim sim = start(options);
        const Ids ids = discover(*sim.http);
        QSignalSpy handled(sim.simulator.get(), &Simulator::requestHandled);
        QJsonObject body = sampleRequest(QStringLiteral("E02"));
        body[QStringLiteral("ResourceIDs")] = QJsonArray{double(ids.computer)};
        body[QStringLiteral("PatchIDs")] = QJsonArray{double(ids.missingPatch)};
        body[QStringLiteral("ConfigName")] = QStringLiteral("Conformance rollout");
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/installpatch"), body).status, 200);
        QVERIFY(!handled.isEmpty());
        QCOMPARE(handled.last().at(1).toString(), QStringLiteral("/api/1.4/patch/installpatch"));
        auto config = [&] {
            const QJsonArray list = sim.http->get(QStringLiteral("/api/1.4/patch/viewconfig"))
                                        .at(QStringLiteral("message_response/viewconfig"))
                                        .toArray();
            return list.first().toObject();
        };
        QCOMPARE(config().value(QStringLiteral("collection.collection_name")).toString(),
                 QStringLiteral("Conformance rollout"));
        QCOMPARE(config().value(QStringLiteral("configstatusdefn.status_id")).toInt(), 3); // in progress
        QCOMPARE(num(sim.http
                         ->get(QStringLiteral("/api/1.4/patch/viewconfig"),
                               q({{"configstatusfilter", QStringLiteral("InProgress")}}))
                         .at(QStringLiteral("message_response/total"))),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(config().value(QStringLiteral("configstatusdefn.status_id")).toInt(), 4,
                                  10000); // deployed
        QCOMPARE(config().value(QStringLiteral("collectionstatussummary.total_target_count")).toInt(), 1);
        const QJsonArray report =
            sim.http
                ->get(QStringLiteral("/api/1.4/patch/systemreport"),
                      q({{"resid", QString::number(ids.computer)}, {"pagelimit", QStringLiteral("1000")}}))
                .at(QStringLiteral("message_response/systemreport"))
                .toArray();
        bool found = false;
        for (const QJsonValue &v : report) {
            const QJsonObject o = v.toObject();
            if (num(o.value(QStringLiteral("patch_id"))) != ids.missingPatch)
                continue;
            found = true;
            const int state = o.value(QStringLiteral("affected_patch_status")).toInt();
            QVERIFY2(state == 201 || state == 206,
                     qPrintable(QString::number(state))); // installed, or one of the few failures
            QCOMPARE(o.value(QStringLiteral("collection.collection_name")).toString(),
                     QStringLiteral("Conformance rollout"));
        }
        QVERIFY(found);
    }

    void draftsDoNotDeployAndInstallAllMissingDoes()
    {
        Sim sim = start();
        const Ids ids = discover(*sim.http);
        const QString resid = QString::number(ids.computer);
        auto missing = [&] {
            return num(sim.http
                           ->get(QStringLiteral("/api/1.4/patch/systemreport"),
                                 q({{"resid", resid}, {"patchstatusfilter", QStringLiteral("202")}}))
                           .at(QStringLiteral("message_response/total")));
        };
        const qint64 before = missing();
        QVERIFY(before > 0);
        QJsonObject body = sampleRequest(QStringLiteral("E01"));
        body[QStringLiteral("ResourceIDs")] = QJsonArray{double(ids.computer)};
        body[QStringLiteral("actionToPerform")] = QStringLiteral("Draft");
        body[QStringLiteral("isOnlyApproved")] = QStringLiteral("false");
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/installpatch"), body).status, 200);
        QCOMPARE(missing(), before);
        QCOMPARE(sim.http->get(QStringLiteral("/api/1.4/patch/viewconfig"))
                     .at(QStringLiteral("message_response/viewconfig"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("statuslabel"))
                     .toString(),
                 QStringLiteral("dc.db.config.status.draft"));
        body[QStringLiteral("actionToPerform")] = QStringLiteral("Deploy Immediately");
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/installpatch"), body).status, 200);
        QVERIFY(missing() < before);
        // Declined patches are never deployed, and the E15 counts follow.
        const QJsonObject system = sim.http->get(QStringLiteral("/api/1.4/patch/allsystems"), q({{"resid", resid}}))
                                       .at(QStringLiteral("message_response/allsystems"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(system.value(QStringLiteral("missing_ms_patches")).toInt() +
                     system.value(QStringLiteral("missing_tp_patches")).toInt(),
                 int(missing()));
        // Request errors.
        QJsonObject twoTargets = body;
        twoTargets[QStringLiteral("resourceNames")] = QJsonArray{QStringLiteral("x")};
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/installpatch"), twoTargets).status, 400);
        QJsonObject noTarget = body;
        noTarget.remove(QStringLiteral("ResourceIDs"));
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/installpatch"), noTarget)
                     .json()
                     .value(QStringLiteral("error_code"))
                     .toString(),
                 QStringLiteral("MISSING_PARAMETER"));
        QCOMPARE(sim.http->send("POST", QStringLiteral("/api/1.4/patch/installpatch"), {}, "{not json")
                     .json()
                     .value(QStringLiteral("error_code"))
                     .toString(),
                 QStringLiteral("INVALID_JSON"));
    }

    // Issue 14 #19: the guide's note makes DeploymentPolicyTemplateID mandatory for deploymentType 0 and
    // 1; 2 deploys through a policy too. Without it the simulator says which field and which type.
    void installNeedsADeploymentPolicyForEveryType()
    {
        Sim sim = start();
        const Ids ids = discover(*sim.http);
        for (const int type : {0, 1, 2}) {
            QJsonObject body = sampleRequest(QStringLiteral("E02"));
            body[QStringLiteral("ResourceIDs")] = QJsonArray{double(ids.computer)};
            body[QStringLiteral("PatchIDs")] = QJsonArray{double(ids.missingPatch)};
            body[QStringLiteral("actionToPerform")] = QStringLiteral("Draft");
            body[QStringLiteral("deploymentType")] = type;
            QJsonObject without = body;
            without.remove(QStringLiteral("DeploymentPolicyTemplateID"));
            const HttpResult refused = sim.http->post(QStringLiteral("/api/1.4/patch/installpatch"), without);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.json().value(QStringLiteral("error_code")).toString(),
                     QStringLiteral("MISSING_PARAMETER"));
            const QString text = refused.json().value(QStringLiteral("error_description")).toString();
            QVERIFY2(text.contains(
                         QStringLiteral("DeploymentPolicyTemplateID is mandatory for deploymentType %1").arg(type)),
                     qPrintable(text));
            QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/installpatch"), body).status, 200);
        }
    }

    void uninstallMarksPatchesMissingAgain()
    {
        Sim sim = start();
        const Ids ids = discover(*sim.http);
        auto counts = [&] {
            return sim.http
                ->get(QStringLiteral("/api/1.4/patch/allpatches"),
                      q({{"patchid", QString::number(ids.installedPatch)}}))
                .at(QStringLiteral("message_response/allpatches"))
                .toArray()
                .first()
                .toObject();
        };
        const QJsonObject before = counts();
        QVERIFY(before.value(QStringLiteral("installed")).toInt() > 0);
        QJsonObject body = sampleRequest(QStringLiteral("E04"));
        body[QStringLiteral("PatchIDs")] = QJsonArray{double(ids.installedPatch)};
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/uninstallpatch"), body).status, 200);
        const QJsonObject after = counts();
        QCOMPARE(after.value(QStringLiteral("installed")).toInt(), 0);
        QCOMPARE(after.value(QStringLiteral("missing")).toInt(),
                 before.value(QStringLiteral("missing")).toInt() + before.value(QStringLiteral("installed")).toInt());
        body.remove(QStringLiteral("DeploymentPolicyTemplateID"));
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/uninstallpatch"), body).status, 400);
    }

    void scanUpdatesScanStatus()
    {
        SimulatorOptions options;
        options.deployDelayMs = 100;
        Sim sim = start(options);
        const Ids ids = discover(*sim.http);
        auto row = [&] {
            return sim.http
                ->get(QStringLiteral("/api/1.4/patch/scandetails"), q({{"resid", QString::number(ids.computer)}}))
                .at(QStringLiteral("message_response/scandetails"))
                .toArray()
                .first()
                .toObject();
        };
        const qint64 before = num(row().value(QStringLiteral("last_scan_time")));
        QCOMPARE(sim.http
                     ->post(QStringLiteral("/api/1.4/patch/computers/scan"),
                            QJsonObject{{QStringLiteral("resourceids"), QJsonArray{double(ids.computer)}}})
                     .status,
                 200);
        QCOMPARE(row().value(QStringLiteral("scan_status")).toInt(), 227);
        QTRY_COMPARE_WITH_TIMEOUT(row().value(QStringLiteral("scan_status")).toInt(), 228, 10000);
        QVERIFY(num(row().value(QStringLiteral("last_scan_time"))) > before);
        QCOMPARE(sim.http
                     ->post(QStringLiteral("/api/1.4/patch/computers/scan"),
                            QJsonObject{{QStringLiteral("resourceids"), QJsonArray{42}}})
                     .json()
                     .value(QStringLiteral("error_code"))
                     .toString(),
                 QStringLiteral("RESOURCE_NOT_FOUND"));
    }

    void apdTasksAreKept()
    {
        Sim sim = start();
        auto count = [&] {
            return sim.http->get(QStringLiteral("/api/1.4/patch/summary"))
                .at(QStringLiteral("message_response/summary/apd_summary/number_of_apd_tasks"))
                .toInt();
        };
        const int before = count();
        QCOMPARE(
            sim.http->post(QStringLiteral("/api/1.4/patch/createAPDTask"), sampleRequest(QStringLiteral("E26"))).status,
            200);
        QCOMPARE(count(), before + 1);
        const HttpResult duplicate =
            sim.http->post(QStringLiteral("/api/1.4/patch/createAPDTask"), sampleRequest(QStringLiteral("E26")));
        QCOMPARE(duplicate.status, 400);
        QCOMPARE(duplicate.json().value(QStringLiteral("error_code")).toString(),
                 QStringLiteral("TASK_ALREADY_EXISTS"));
        // Modify by settings.taskName when there is no top-level taskname.
        const QJsonObject modify{{QStringLiteral("settings"),
                                  QJsonObject{{QStringLiteral("taskName"), QStringLiteral("windows create task")},
                                              {QStringLiteral("description"), QStringLiteral("changed")}}}};
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/modifyAPDTask"), modify).status, 200);
        QJsonObject unknown = sampleRequest(QStringLiteral("E24"));
        unknown[QStringLiteral("taskname")] = QStringLiteral("no such task");
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/modifyAPDTask"), unknown)
                     .json()
                     .value(QStringLiteral("error_code"))
                     .toString(),
                 QStringLiteral("TASK_NOT_FOUND"));
        QCOMPARE(sim.http
                     ->send("POST", QStringLiteral("/api/1.4/patch/suspendAPDTask"),
                            q({{"taskname", QStringLiteral("no such task")}}))
                     .status,
                 400);
        QCOMPARE(sim.http->send("POST", QStringLiteral("/api/1.4/patch/deleteAPDTask")).status, 400);
        QCOMPARE(sim.http
                     ->send("POST", QStringLiteral("/api/1.4/patch/deleteAPDTask"),
                            q({{"taskname", QStringLiteral("windows create task")}}))
                     .status,
                 200);
        QCOMPARE(count(), before);
        QJsonObject badTemplate = sampleRequest(QStringLiteral("E26"));
        QJsonObject settings = badTemplate.value(QStringLiteral("settings")).toObject();
        settings[QStringLiteral("templateName")] = QStringLiteral("No such policy");
        badTemplate[QStringLiteral("settings")] = settings;
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/createAPDTask"), badTemplate)
                     .json()
                     .value(QStringLiteral("error_code"))
                     .toString(),
                 QStringLiteral("TEMPLATE_NOT_FOUND"));
    }

    // Issue 14 #20: the guide spells two application selections and only names "All"; the simulator
    // takes the two and refuses a made-up literal, so a client that invents one is caught. A task
    // without a selection is fine.
    void apdAppSelectionsAreTheGuidesLiterals()
    {
        Sim sim = start();
        auto create = [&](const QString &name, const QString &key, const QJsonValue &value) {
            QJsonObject body = sampleRequest(QStringLiteral("E26"));
            QJsonObject settings = body.value(QStringLiteral("settings")).toObject();
            settings[QStringLiteral("taskName")] = name;
            if (value.isUndefined())
                settings.remove(key);
            else
                settings[key] = value;
            body[QStringLiteral("settings")] = settings;
            return sim.http->post(QStringLiteral("/api/1.4/patch/createAPDTask"), body);
        };
        for (const QString &key : {QStringLiteral("include_os_app_type"), QStringLiteral("include_tp_app_type")}) {
            const HttpResult made =
                create(QStringLiteral("made up ") + key, key, QStringLiteral("Patch All Applications"));
            QCOMPARE(made.status, 400);
            QCOMPARE(made.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("INVALID_PARAMETER"));
            QVERIFY2(made.json()
                         .value(QStringLiteral("error_description"))
                         .toString()
                         .contains(key + QStringLiteral(
                                             " must be Patch Specific Applications or Patch All Applications Except")),
                     made.body.constData());
            QCOMPARE(create(QStringLiteral("no selection ") + key, key, QJsonValue(QJsonValue::Undefined)).status, 200);
        }
        QCOMPARE(create(QStringLiteral("as the sample"), QStringLiteral("include_os_app_type"),
                        QStringLiteral("Patch All Applications Except"))
                     .status,
                 200);
        const QJsonObject modify{{QStringLiteral("taskname"), QStringLiteral("as the sample")},
                                 {QStringLiteral("settings"), QJsonObject{{QStringLiteral("include_tp_app_type"),
                                                                           QStringLiteral("Patch All Applications")}}}};
        QCOMPARE(sim.http->post(QStringLiteral("/api/1.4/patch/modifyAPDTask"), modify).status, 400);
    }

    // The real server's servlet container reads the query as a form (issue 14 #17): '+' is a space,
    // "%2B" a plus. The bytes below go on the wire exactly as written.
    void queryStringsAreReadAsAServletReadsThem()
    {
        Sim sim = start();
        auto create = [&](const QString &name) {
            QJsonObject body = sampleRequest(QStringLiteral("E26"));
            QJsonObject settings = body.value(QStringLiteral("settings")).toObject();
            settings[QStringLiteral("taskName")] = name;
            body[QStringLiteral("settings")] = settings;
            return sim.http->post(QStringLiteral("/api/1.4/patch/createAPDTask"), body).status;
        };
        auto post = [&](const char *path, const QByteArray &query) {
            return sim.http->sendEncoded("POST", QStringLiteral("/api/1.4/patch/") + QLatin1String(path), query);
        };
        QCOMPARE(create(QStringLiteral("a b")), 200);
        // taskname=a+b names "a b".
        QCOMPARE(post("suspendAPDTask", "taskname=a+b").status, 200);
        QCOMPARE(post("resumeAPDTask", "taskname=a+b").status, 200);
        // taskname=a%2Bb names "a+b", which does not exist yet.
        const HttpResult missing = post("deleteAPDTask", "taskname=a%2Bb");
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("TASK_NOT_FOUND"));
        QVERIFY2(missing.json().value(QStringLiteral("error_description")).toString().contains(QLatin1String("'a+b'")),
                 missing.body.constData());
        QCOMPARE(create(QStringLiteral("a+b")), 200);
        QCOMPARE(post("deleteAPDTask", "taskname=a%2Bb").status, 200);
        QCOMPARE(post("deleteAPDTask", "taskname=a%2Bb").status, 400); // "a+b" went ...
        QCOMPARE(post("deleteAPDTask", "taskname=a+b").status, 200);   // ... "a b" stayed
        // Escapes are UTF-8 bytes, decoded once; '&', '=' and '#' escaped belong to the value.
        const QString hostile = QStringLiteral("a+b & c=d #1 %20 \u00fcn\u00ef");
        QCOMPARE(create(hostile), 200);
        QCOMPARE(post("suspendAPDTask", "taskname=a%2Bb+%26+c%3Dd+%231+%2520+%C3%BCn%C3%AF").status, 200);
        QCOMPARE(post("deleteAPDTask", "taskname=a%2Bb%20%26%20c%3Dd%20%231%20%2520%20%C3%BCn%C3%AF").status, 200);
        // A list filter is read the same way: "Security+Updates" is the update type "Security Updates".
        auto total = [&](const QByteArray &query) {
            const HttpResult r = sim.http->sendEncoded("GET", QStringLiteral("/dcapi/threats/systemreport/patches"),
                                                       "pageLimit=5&" + query);
            return r.status == 200 ? r.at(QStringLiteral("metadata/totalRecords")).toString().toLongLong() : -1;
        };
        QVERIFY(total("update_type=Security+Updates") > 0);
        QCOMPARE(total("update_type=Security+Updates"), total("update_type=Security%20Updates"));
        QCOMPARE(total("update_type=Security%2BUpdates"), 0);
    }

    void removedComputersDisappearEverywhere()
    {
        Sim sim = start();
        const Ids ids = discover(*sim.http);
        const QString resid = QString::number(ids.otherComputer);
        const qint64 total =
            num(sim.http->get(QStringLiteral("/api/1.4/som/computers")).at(QStringLiteral("message_response/total")));
        QCOMPARE(sim.http
                     ->post(QStringLiteral("/api/1.4/som/computers/removecomputer"),
                            QJsonObject{{QStringLiteral("resourceids"), QJsonArray{double(ids.otherComputer)}}})
                     .status,
                 200);
        QCOMPARE(
            num(sim.http->get(QStringLiteral("/api/1.4/som/computers")).at(QStringLiteral("message_response/total"))),
            total - 1);
        QCOMPARE(num(sim.http->get(QStringLiteral("/api/1.4/som/computers"), q({{"residfilter", resid}}))
                         .at(QStringLiteral("message_response/total"))),
                 0);
        QCOMPARE(num(sim.http->get(QStringLiteral("/api/1.4/patch/allsystems"), q({{"resid", resid}}))
                         .at(QStringLiteral("message_response/total"))),
                 0);
        QCOMPARE(num(sim.http->get(QStringLiteral("/api/1.4/patch/scandetails"), q({{"resid", resid}}))
                         .at(QStringLiteral("message_response/total"))),
                 0);
        QCOMPARE(sim.http->get(QStringLiteral("/api/1.4/patch/systemreport"), q({{"resid", resid}})).status, 400);
        QCOMPARE(num(sim.http->get(QStringLiteral("/api/1.4/som/summary"))
                         .at(QStringLiteral("message_response/summary/installation_status_summary/total"))),
                 total - 1);
        QCOMPARE(sim.http->get(QStringLiteral("/dcapi/threats/systemreport/patches"), q({{"resource_id", resid}}))
                     .at(QStringLiteral("metadata/totalRecords"))
                     .toString(),
                 QStringLiteral("0"));
    }

    void agentInstallAndUninstallChangeTheStatus()
    {
        SimulatorOptions options;
        options.deployDelayMs = 100;
        Sim sim = start(options);
        const Ids ids = discover(*sim.http);
        const QString resid = QString::number(ids.computer);
        auto status = [&] {
            return sim.http->get(QStringLiteral("/api/1.4/som/computers"), q({{"residfilter", resid}}))
                .at(QStringLiteral("message_response/computers"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("installation_status"))
                .toInt();
        };
        QCOMPARE(status(), 22);
        QCOMPARE(sim.http
                     ->post(QStringLiteral("/api/1.4/som/computers/uninstallagent"),
                            QJsonObject{{QStringLiteral("resourceids"), QJsonArray{double(ids.computer)}}})
                     .status,
                 200);
        QCOMPARE(status(), 24);
        QTRY_COMPARE_WITH_TIMEOUT(status(), 23, 10000);
        QCOMPARE(num(sim.http
                         ->get(QStringLiteral("/api/1.4/som/computers"),
                               q({{"installstatusfilter", QStringLiteral("23")}, {"residfilter", resid}}))
                         .at(QStringLiteral("message_response/total"))),
                 1);
        QCOMPARE(sim.http
                     ->post(QStringLiteral("/api/1.4/som/computers/installagent"),
                            QJsonObject{{QStringLiteral("resourceids"), QJsonArray{double(ids.computer)}}})
                     .status,
                 200);
        QCOMPARE(status(), 21);
        QTRY_COMPARE_WITH_TIMEOUT(status(), 22, 10000);
    }
};

QTEST_GUILESS_MAIN(SimulatorWritesTest)
#include "SimulatorWritesTest.moc"
