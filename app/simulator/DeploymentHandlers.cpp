#include "DeploymentHandlers.h"
#include "Latin1.h"

#include "JsonBody.h"
#include "ListPaging.h"
#include "QueryFilters.h"
#include "SeedHash.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace pmp::sim {

using api::OperationId;
using Status = DeploymentConfig::Status;

namespace {

const QStringList targetKeys{QStringLiteral("ResourceIDs"), QStringLiteral("resourceNames"),
                             QStringLiteral("customGroups"), QStringLiteral("ipAddresses"),
                             QStringLiteral("remoteOffices")};

bool present(const QJsonObject &body, const QString &key)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    return !v.isArray() || !v.toArray().isEmpty();
}

struct StatusInfo
{
    const char *filterName;
    int id;
    const char *label;
    const char *image;
};

StatusInfo statusInfo(Status status)
{
    switch (status) {
    case Status::Draft:
        return {"Draft", 2, "dc.db.config.status.draft", "images/status_draft.gif"};
    case Status::InProgress:
        return {"InProgress", 3, "dc.db.config.status.in_progress", "images/status_inprogress.gif"};
    case Status::Deployed:
        return {"Deployed", 4, "dc.db.config.status.deployed", "images/status_deployed.gif"};
    case Status::Executed:
        return {"Executed", 5, "dc.db.config.status.executed", "images/status_executed.gif"};
    case Status::Suspended:
        return {"Suspended", 6, "dc.db.config.status.suspended", "images/status_suspended.gif"};
    case Status::RetryInProgress:
        return {"RetryInProgress", 7, "dc.db.config.status.retry_in_progress", "images/status_retry.gif"};
    case Status::Expired:
        return {"Expired", 8, "dc.db.config.status.expired", "images/status_expired.gif"};
    case Status::DraftDownloadFailed:
        return {"Draft", 15, "dc.db.config.status.draft_download_failed", "images/status_executedfailed.gif"};
    }
    return {"Draft", 2, "", ""};
}

// What an install or uninstall request asks for, once read and checked.
struct DeployRequest
{
    bool uninstall = false;
    QList<int> patches; // fleet indexes; empty: every missing patch
    QList<int> targets; // fleet indexes
    QString name, description, action;
    int deploymentType = 0;
    qint64 templateId = 0;
    bool onlyApproved = false;
};

// Why a request is refused: the error code and sentence the real server sends with HTTP 400.
struct Refusal
{
    QString code, text;
};

// PatchIDs: known patches (and, to uninstall, ones their vendor lets go).
std::optional<Refusal> readPatches(const FleetState &fleet, const QJsonObject &body, bool uninstall,
                                   QList<int> *patches)
{
    QString error;
    if (present(body, s("PatchIDs"))) {
        QList<qint64> ids;
        if (!JsonBody::idList(body.value(s("PatchIDs")), &ids, &error, s("PatchIDs")))
            return Refusal{s("INVALID_PARAMETER"), error};
        QStringList unknown, notUninstallable;
        for (qint64 id : std::as_const(ids)) {
            const int p = fleet.patchIndex(id);
            if (p < 0)
                unknown << QString::number(id);
            else if (uninstall && !fleet.patches().at(p).uninstallable)
                notUninstallable << QString::number(id);
            else
                patches->append(p);
        }
        if (!unknown.isEmpty())
            return Refusal{s("PATCH_NOT_FOUND"), s("Unknown patch id(s): ") + unknown.join(s(", "))};
        if (!notUninstallable.isEmpty())
            return Refusal{s("UNINSTALL_NOT_SUPPORTED"), s("The vendor does not support uninstalling patch id(s): ") +
                                                             notUninstallable.join(s(", "))};
    } else if (uninstall) {
        return Refusal{s("MISSING_PARAMETER"), s("PatchIDs is mandatory")};
    }
    return std::nullopt;
}

// The configuration's settings: name, action, deployment type and policy, reboot, retries, times.
std::optional<Refusal> readSettings(const FleetState &fleet, const QJsonObject &body, DeployRequest *out)
{
    out->name = JsonBody::text(body.value(s("ConfigName"))).trimmed();
    if (out->name.isEmpty())
        return Refusal{s("MISSING_PARAMETER"), s("ConfigName is mandatory")};
    QString &action = out->action;
    action = JsonBody::text(body.value(s("actionToPerform"))).trimmed();
    if (action.isEmpty())
        action = s("Deploy");
    if (action != QLatin1String("Deploy") && action != QLatin1String("Deploy Immediately") &&
        action != QLatin1String("Draft"))
        return Refusal{s("INVALID_PARAMETER"),
                       s("actionToPerform must be Deploy, Deploy Immediately or Draft, got '%1'").arg(action)};
    if (body.contains(s("deploymentType"))) {
        const auto t = JsonBody::number(body.value(s("deploymentType")));
        if (!t || *t < 0 || *t > 2)
            return Refusal{s("INVALID_PARAMETER"), s("deploymentType must be 0, 1 or 2")};
        out->deploymentType = int(*t);
    }
    if (body.contains(s("DeploymentPolicyTemplateID"))) {
        const auto t = JsonBody::number(body.value(s("DeploymentPolicyTemplateID")));
        if (!t)
            return Refusal{s("INVALID_PARAMETER"),
                           s("DeploymentPolicyTemplateID must be a template_id from deploymentpolicies")};
        if (fleet.policyIndex(*t) < 0)
            return Refusal{s("TEMPLATE_NOT_FOUND"), s("No deployment policy has template_id %1").arg(*t)};
        out->templateId = *t;
    } else if (out->uninstall) {
        return Refusal{s("MISSING_PARAMETER"), s("DeploymentPolicyTemplateID is mandatory")};
    } else {
        // The guide's note makes it mandatory for deploymentType 0 and 1 (reference Q26: the note wins
        // over "will be ignored" in the description of 1); 2 deploys through a policy too, and every
        // sample of it sends one.
        return Refusal{s("MISSING_PARAMETER"),
                       s("DeploymentPolicyTemplateID is mandatory for deploymentType %1: send the template_id of a "
                         "deployment policy (deploymentpolicies)")
                           .arg(out->deploymentType)};
    }
    if (body.contains(s("forceRebootOption"))) {
        const auto f = JsonBody::number(body.value(s("forceRebootOption")));
        if (!f || *f < 0 || *f > 2)
            return Refusal{s("INVALID_PARAMETER"), s("forceRebootOption must be 0, 1 or 2")};
    }
    const QJsonObject retry = body.value(s("retrySettings")).toObject();
    const struct
    {
        const char *key;
        int lo, hi;
    } ranges[] = {{"noOfRetries", 1, 10}, {"logonStartupMinRetry", 0, 9}, {"refreshMinRetry", 0, 9}};
    for (const auto &r : ranges) {
        if (!retry.contains(s(r.key)))
            continue;
        const auto v = JsonBody::number(retry.value(s(r.key)));
        if (!v || *v < r.lo || *v > r.hi)
            return Refusal{s("INVALID_PARAMETER"),
                           s("retrySettings.%1 must be from %2 to %3").arg(s(r.key)).arg(r.lo).arg(r.hi)};
    }
    for (const char *key : {"installaftertime", "expirytime"}) {
        if (!body.contains(s(key)))
            continue;
        const QString text = JsonBody::text(body.value(s(key)));
        if (!QDateTime::fromString(text, s("yyyy-MM-dd HH:mm")).isValid())
            return Refusal{s("INVALID_PARAMETER"),
                           s("%1 must use the format yyyy-MM-dd HH:MM, got '%2'").arg(s(key), text)};
    }
    const auto onlyApproved = JsonBody::boolean(body.value(s("isOnlyApproved")), false);
    if (!onlyApproved)
        return Refusal{s("INVALID_PARAMETER"), s("isOnlyApproved must be true or false")};
    out->onlyApproved = *onlyApproved;
    out->description = JsonBody::text(body.value(s("ConfigDescription")));
    return std::nullopt;
}

// The configuration the request creates (reference Q50: the response carries no id; E20 lists it).
DeploymentConfig newConfig(const FleetState &fleet, const DeployRequest &r, qint64 nowMs)
{
    DeploymentConfig config;
    const QList<DeploymentConfig> &configs = fleet.configs();
    qint64 maxConfig = 0, maxCollection = 0, maxData = 0;
    for (const DeploymentConfig &c : std::as_const(configs)) {
        maxConfig = std::max(maxConfig, c.configId);
        maxCollection = std::max(maxCollection, c.collectionId);
        maxData = std::max(maxData, c.configDataId);
    }
    config.configId = maxConfig + 1;
    config.collectionId = maxCollection + 1;
    config.configDataId = maxData + 1;
    config.name = r.name;
    config.description = r.description;
    if (config.description.isEmpty())
        config.description = s("--");
    config.uninstall = r.uninstall;
    config.templateId = r.templateId;
    config.action = r.action;
    config.targets = r.targets;
    config.patches = r.patches;
    config.allMissing = r.patches.isEmpty();
    config.onlyApproved = r.onlyApproved;
    config.createdMs = config.modifiedMs = nowMs;
    config.platform =
        !r.patches.isEmpty()
            ? fleet.patches().at(r.patches.first()).platform
            : (r.targets.isEmpty() ? 1 : fleet.osProfiles().at(fleet.computers().at(r.targets.first()).os).platform);
    config.total = int(r.targets.size());
    config.yetToApply = config.total;
    for (int c : std::as_const(r.targets)) {
        config.offices.insert(fleet.computers().at(c).office);
        config.domains.insert(fleet.computers().at(c).domain);
    }
    config.status = r.action == QLatin1String("Draft") ? Status::Draft : Status::InProgress;
    return config;
}

} // namespace

OperationId DeploymentHandlers::classifyInstall(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const bool patches = present(o, QStringLiteral("PatchIDs"));
    bool targets = false;
    for (const QString &k : targetKeys)
        targets = targets || present(o, k);
    if (!patches)
        return OperationId::InstallMissingPatches;
    return targets ? OperationId::InstallPatchesOnSystems : OperationId::InstallPatchesOnAllSystems;
}

SimResponse DeploymentHandlers::handle(const api::Operation &op, const SimRequest &request)
{
    switch (op.id) {
    case OperationId::InstallMissingPatches:
    case OperationId::InstallPatchesOnSystems:
    case OperationId::InstallPatchesOnAllSystems:
    case OperationId::UninstallPatches:
        return deploy(op, request);
    case OperationId::DeploymentPolicies:
        return policies(op, request);
    case OperationId::DeploymentConfigurations:
        return configurations(op, request);
    default:
        return m_ctx.writer.legacyError(&op, 500, s("INTERNAL_ERROR"), s("Operation not handled here"));
    }
}

bool DeploymentHandlers::resolveTargets(const QJsonObject &body, QList<int> *targets, bool *hasTargetSet, QString *code,
                                        QString *error) const
{
    const FleetState &fleet = m_ctx.fleet;
    QStringList given;
    for (const QString &k : targetKeys)
        if (present(body, k))
            given << k;
    *hasTargetSet = !given.isEmpty();
    if (given.size() > 1) {
        *code = s("INVALID_PARAMETER");
        *error = s("Select one target set format, got %1").arg(given.join(s(" and ")));
        return false;
    }
    if (given.isEmpty())
        return true;
    const QString key = given.first();
    const QJsonValue value = body.value(key);
    QStringList unknown;
    QSet<int> seen;
    auto add = [&](int c) {
        if (!seen.contains(c)) {
            seen.insert(c);
            targets->append(c);
        }
    };
    if (key == QLatin1String("ResourceIDs")) {
        QList<qint64> ids;
        if (!JsonBody::idList(value, &ids, error, key)) {
            *code = s("INVALID_PARAMETER");
            return false;
        }
        for (qint64 id : std::as_const(ids)) {
            const int c = fleet.computerIndex(id);
            if (c < 0)
                unknown << QString::number(id);
            else
                add(c);
        }
    } else {
        for (const QString &name : JsonBody::stringList(value)) {
            if (key == QLatin1String("resourceNames")) {
                const int c = fleet.computerIndexByName(name);
                c < 0 ? void(unknown << name) : add(c);
            } else if (key == QLatin1String("ipAddresses")) {
                const int c = fleet.computerIndexByIp(name);
                c < 0 ? void(unknown << name) : add(c);
            } else if (key == QLatin1String("customGroups")) {
                const int g = fleet.groupIndex(name);
                if (g < 0 || !fleet.groups().at(g).containsComputers()) {
                    unknown << name;
                    continue;
                }
                for (int c = 0; c < fleet.computers().size(); ++c)
                    if (!fleet.computers().at(c).removed && fleet.inGroup(c, g))
                        add(c);
            } else {
                const int o = fleet.officeIndex(name);
                if (o < 0) {
                    unknown << name;
                    continue;
                }
                for (int c = 0; c < fleet.computers().size(); ++c)
                    if (!fleet.computers().at(c).removed && fleet.computers().at(c).office == o)
                        add(c);
            }
        }
    }
    if (!unknown.isEmpty()) {
        *code = s("RESOURCE_NOT_FOUND");
        *error = s("Unknown %1: %2").arg(key, unknown.join(s(", ")));
        return false;
    }
    return true;
}

SimResponse DeploymentHandlers::deploy(const api::Operation &op, const SimRequest &request)
{
    FleetState &fleet = m_ctx.fleet;
    auto bad = [&](const QString &code, const QString &text) { return m_ctx.writer.legacyError(&op, 400, code, text); };
    QString error;
    const auto parsed = JsonBody::object(request, &error);
    if (!parsed)
        return bad(s("INVALID_JSON"), error);
    const QJsonObject &body = *parsed;

    DeployRequest r;
    r.uninstall = op.id == OperationId::UninstallPatches;
    if (const auto refused = readPatches(fleet, body, r.uninstall, &r.patches))
        return bad(refused->code, refused->text);

    // Targets: exactly one target set for E01/E02; none means every managed computer.
    bool hasTargets = false;
    QString code;
    if (!resolveTargets(body, &r.targets, &hasTargets, &code, &error))
        return bad(code, error);
    if (op.id == OperationId::InstallMissingPatches && !hasTargets)
        return bad(s("MISSING_PARAMETER"),
                   s("Select one target set (ResourceIDs, resourceNames, customGroups, ipAddresses or "
                     "remoteOffices) to install all missing patches"));
    if (!hasTargets) {
        for (int c = 0; c < fleet.computers().size(); ++c)
            if (!fleet.computers().at(c).removed)
                r.targets << c;
    }

    if (const auto refused = readSettings(fleet, body, &r))
        return bad(refused->code, refused->text);

    QList<DeploymentConfig> &configs = fleet.configs();
    configs.append(newConfig(fleet, r, m_ctx.clock.nowMs()));
    const int index = int(configs.size()) - 1;
    if (configs.at(index).status != Status::Draft) {
        if (r.deploymentType == 1) {
            configs[index].status = Status::Deployed; // published to the self-service portal only
        } else {
            const qint64 configId = configs.at(index).configId;
            m_ctx.scheduler.after(m_ctx.deployDelayMs, [this, index, configId] {
                if (index < m_ctx.fleet.configs().size() && m_ctx.fleet.configs().at(index).configId == configId)
                    complete(index);
            });
        }
    }
    return m_ctx.writer.envelope(op, QJsonObject{{op.resultKey, QJsonObject{}}});
}

void DeploymentHandlers::complete(int configIndex)
{
    FleetState &fleet = m_ctx.fleet;
    DeploymentConfig &config = fleet.configs()[configIndex];
    const qint64 now = m_ctx.clock.nowMs();
    config.succeeded = config.failed = config.notApplicable = config.yetToApply = config.retrying = 0;
    for (int c : std::as_const(config.targets)) {
        if (fleet.computers().at(c).removed)
            continue;
        QList<int> patches = config.patches;
        if (config.allMissing) {
            fleet.forEachApplicable(c, [&](int p, const PatchStatus &st) {
                if (st.state != PatchState::Installed)
                    patches << p;
            });
        }
        bool applicable = false, failed = false;
        for (int p : std::as_const(patches)) {
            const Patch &patch = fleet.patches().at(p);
            if (!fleet.isApplicable(c, p))
                continue;
            if (!config.uninstall && (patch.approval == 212 || (config.onlyApproved && patch.approval != 211)))
                continue; // declined patches are never deployed
            applicable = true;
            const PatchStatus st = fleet.status(c, p);
            PatchStatus next;
            next.configIndex = configIndex;
            if (config.uninstall) {
                if (st.state != PatchState::Installed)
                    continue;
                next.state = PatchState::Missing;
            } else {
                if (st.state == PatchState::Installed)
                    continue;
                const quint64 h = SeedHash::of(fleet.seed(), quint64(config.configId),
                                               quint64(fleet.computers().at(c).id), quint64(patch.id));
                if (SeedHash::unit(h) < 0.04) {
                    static const int codes[] = {1603, 1618, -2145124329, -2147024784};
                    next.state = PatchState::Failed;
                    next.errorCode = codes[SeedHash::below(SeedHash::mix(h), 4)];
                    failed = true;
                } else {
                    next.state = PatchState::Installed;
                    next.installedMs = now;
                }
            }
            fleet.setStatus(c, p, next);
        }
        if (!applicable)
            ++config.notApplicable;
        else if (failed)
            ++config.failed;
        else
            ++config.succeeded;
    }
    config.status = Status::Deployed;
    config.modifiedMs = now;
}

SimResponse DeploymentHandlers::policies(const api::Operation &op, const SimRequest &request)
{
    const FleetState &fleet = m_ctx.fleet;
    PageWindow window;
    QString error;
    if (!ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error))
        return m_ctx.writer.legacyError(&op, 400, s("INVALID_PARAMETER"), error);
    QList<int> all;
    for (int i = 0; i < fleet.policies().size(); ++i)
        all << i;
    const QJsonArray rows = ListPaging::slice(all, window, [&](int i) {
        const DeploymentPolicy &p = fleet.policies().at(i);
        return QJsonObject{
            {s("creation_time"), double(p.createdMs)},
            {s("usertodefaultdeploytemplaterel.dc_user_id"), p.isDefault ? QJsonValue(1) : QJsonValue(s("--"))},
            {s("usertodeploytemplaterel.template_id"), double(p.templateId)},
            {s("usertodeploytemplaterel.modified_by"), 1},
            {s("template_name"), p.name},
            {s("is_template_alive"), true},
            {s("usertodefaultdeploytemplaterel.template_id"),
             p.isDefault ? QJsonValue(double(p.templateId)) : QJsonValue(s("--"))},
            {s("modified_time"), double(p.modifiedMs)},
            {s("set_as_default"), p.isDefault},
            {s("user_id"), 1},
            {s("template_id"), double(p.templateId)},
            {s("modifieduser.user_id"), 1},
            {s("customer_id"), 1},
            {s("modifieduser.first_name"), p.owner},
            {s("first_name"), p.owner},
            {s("dc_user_id"), 1},
        };
    });
    return m_ctx.writer.listEnvelope(op, rows, all.size(), window.size, window.page);
}

QJsonObject DeploymentHandlers::configRow(const DeploymentConfig &c) const
{
    const StatusInfo info = statusInfo(c.status);
    QStringList parts{s("Total Targets ( %1 )").arg(c.total)};
    if (c.succeeded)
        parts << s("Succeeded ( %1 )").arg(c.succeeded);
    if (c.failed)
        parts << s("Failed ( %1 )").arg(c.failed);
    if (c.retrying)
        parts << s("Retry in Progress ( %1 )").arg(c.retrying);
    if (c.yetToApply)
        parts << s("Yet to Apply ( %1 )").arg(c.yetToApply);
    if (c.notApplicable)
        parts << s("Not Applicable ( %1 )").arg(c.notApplicable);
    const QJsonValue collection = double(c.collectionId);
    const QJsonValue config = double(c.configId);
    const QJsonValue data = double(c.configDataId);
    return QJsonObject{
        {s("statusimage"), s(info.image)},
        {s("configurationparams.config_id"), config},
        {s("collection.customer_id"), 1},
        {s("configdata.config_data_id"), data},
        {s("configstatusdefn.status_id"), info.id},
        {s("configdata.config_type"), 1},
        {s("statuslabel"), s(info.label)},
        {s("collectionstatussummary.yet_to_apply_count"), c.yetToApply},
        {s("collection_id"), collection},
        {s("os_platform_name"), QueryFilters::platformName(c.platform)},
        {s("collection.is_single_config"), true},
        {s("first_name"), c.owner},
        {s("collection.platform_id"), c.platform},
        {s("os_platform_id"), c.platform},
        {s("collection.collection_name"), c.name},
        {s("collectionstatussummary.retry_inprogress_count"), c.retrying},
        {s("collection.show_in_view"), true},
        {s("cfgdatatocollection.config_data_id"), data},
        {s("collectionstatussummary.total_target_count"), c.total},
        {s("collectionstatus.status"), info.id},
        {s("collectionstatussummary.not_applicable_count"), c.notApplicable},
        {s("deletedby"), s("--")},
        {s("collection.modified_time"), double(c.modifiedMs)},
        {s("collection.is_deleted"), false},
        {s("collection.collection_id"), collection},
        {s("cfgdatatocollection.collection_id"), collection},
        {s("user_id"), 1},
        {s("configuration.config_id"), config},
        {s("collectionstatussummary.failed_count"), c.failed},
        {s("collectionstatussummary.status_count_desc"), parts.join(s(", "))},
        {s("configurationparams.label"),
         c.uninstall ? s("dc.conf.conf_param.Uninstall_Patches") : s("dc.conf.conf_param.Install_Patches")},
        {s("configurationparams.small_image_name"),
         c.platform == 2
             ? s("images/install_mac_patch_big.png")
             : (c.platform == 3 ? s("images/install_linux_patch_big.png") : s("images/install_windows_patch_big.png"))},
        {s("modifieduser.user_id"), 1},
        {s("collectionstatussummary.success_count"), c.succeeded},
        {s("modifieduser.first_name"), c.owner},
        {s("collectionstatus.collection_id"), collection},
        {s("deleted_time"), s("--")},
        {s("dc_user_id"), s("--")},
        // Not in the guide's sample: when it was created and what it is, for consoles that show it.
        {s("collection.created_time"), double(c.createdMs)},
        {s("collection.description"), c.description},
    };
}

SimResponse DeploymentHandlers::configurations(const api::Operation &op, const SimRequest &request)
{
    const FleetState &fleet = m_ctx.fleet;
    PageWindow window;
    QString error;
    if (!ListPaging::read(op, request, m_ctx.writer.quirks(), &window, &error))
        return m_ctx.writer.legacyError(&op, 400, s("INVALID_PARAMETER"), error);
    QString statusFilter;
    if (request.hasParam(s("configstatusfilter"))) {
        statusFilter = request.param(s("configstatusfilter")).trimmed();
        const QStringList allowed{s("InProgress"), s("Draft"),           s("Executed"), s("Suspended"),
                                  s("Deployed"),   s("RetryInProgress"), s("Expired")};
        bool known = false;
        for (const QString &a : allowed)
            known = known || QueryFilters::sameText(a, statusFilter);
        if (!known)
            return m_ctx.writer.legacyError(
                &op, 400, s("INVALID_PARAMETER"),
                s("configstatusfilter must be one of %1, got '%2'").arg(allowed.join(s(", ")), statusFilter));
    }
    const QueryFilters::Scope scope = QueryFilters::scope(fleet, request, false);
    QList<int> matches;
    for (int i = int(fleet.configs().size()) - 1; i >= 0; --i) { // newest first
        const DeploymentConfig &c = fleet.configs().at(i);
        if (scope.none || (scope.office >= 0 && !c.offices.contains(scope.office)) ||
            (scope.domain >= 0 && !c.domains.contains(scope.domain)))
            continue;
        if (!statusFilter.isEmpty() && !QueryFilters::sameText(s(statusInfo(c.status).filterName), statusFilter))
            continue;
        matches << i;
    }
    const QJsonArray rows = ListPaging::slice(matches, window, [&](int i) { return configRow(fleet.configs().at(i)); });
    return m_ctx.writer.listEnvelope(op, rows, matches.size(), window.size, window.page);
}

} // namespace pmp::sim
