#include "CustomGroupDirectory.h"

#include "api/Client.h"
#include "store/ViewCache.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace pmp::actions {

using pmp::api::ApiError;
using pmp::api::QueryReportNode;
using pmp::api::Record;

namespace {

// Report columns are named after database columns and differ between reports and versions; these
// are the spellings a group id, name, type and category come under.
const char *const IdKeys[] = {"resource_id",
                              "resourceid",
                              "customgroup.resource_id",
                              "resource.resource_id",
                              "customgroup.group_id",
                              "group_id",
                              "groupid",
                              "cg_id",
                              "customgroupid",
                              "id"};
const char *const NameKeys[] = {
    "name", "group_name", "groupname", "customgroup.group_name", "customgroup.name", "resource.name", "resource_name"};
const char *const TypeKeys[] = {"resource_type", "resource.resource_type", "resourcetype"};
const char *const CategoryKeys[] = {"domain_netbios_name", "resource.domain_netbios_name", "group_category", "category",
                                    "group_type"};

template <size_t N>
QString field(const QHash<QString, QString> &lowerKeys, const Record &row, const char *const (&candidates)[N])
{
    for (const char *c : candidates) {
        const auto it = lowerKeys.constFind(QLatin1String(c));
        if (it != lowerKeys.constEnd()) {
            const QString v = row.rawText(it.value()).trimmed();
            if (!v.isEmpty() && v != QLatin1String("--"))
                return v;
        }
    }
    return {};
}

bool isDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

bool isGroupType(const QString &type)
{
    return type == QLatin1String("101") || type == QLatin1String("102");
}

} // namespace

CustomGroupDirectory::CustomGroupDirectory(pmp::api::Client *client, pmp::store::ViewCache *cache, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache)
{
}

QList<CustomGroupInfo> CustomGroupDirectory::parseRows(const QList<Record> &rows, bool *namesWithoutIds)
{
    QList<CustomGroupInfo> out;
    QSet<QString> seen;
    for (const Record &row : rows) {
        QHash<QString, QString> lowerKeys;
        for (const QString &k : row.keys())
            lowerKeys.insert(k.toLower(), k);
        CustomGroupInfo g;
        g.name = field(lowerKeys, row, NameKeys);
        g.id = field(lowerKeys, row, IdKeys);
        g.resourceType = field(lowerKeys, row, TypeKeys);
        g.category = field(lowerKeys, row, CategoryKeys);
        if (!g.resourceType.isEmpty() && !isGroupType(g.resourceType))
            continue; // computers, users, domains: not a group
        if (g.name.isEmpty())
            continue;
        if (!isDigits(g.id)) {
            if (namesWithoutIds && isGroupType(g.resourceType))
                *namesWithoutIds = true;
            continue;
        }
        if (seen.contains(g.id))
            continue;
        seen.insert(g.id);
        out.append(g);
    }
    return out;
}

int CustomGroupDirectory::relevance(const QueryReportNode &report)
{
    const QString text =
        (report.label + QLatin1Char(' ') + report.viewName + QLatin1Char(' ') + report.description).toLower();
    if (text.contains(QLatin1String("custom group")) || text.contains(QLatin1String("customgroup")) ||
        text.contains(QLatin1String("custom_group")))
        return 3;
    if (text.contains(QLatin1String("group")))
        return 2;
    if (text.contains(QLatin1String("resource")))
        return 1;
    return 0;
}

QList<CustomGroupInfo> CustomGroupDirectory::computerGroups() const
{
    QList<CustomGroupInfo> out;
    for (const CustomGroupInfo &g : m_groups)
        if (g.isComputerGroup())
            out.append(g);
    return out;
}

std::optional<CustomGroupInfo> CustomGroupDirectory::byName(const QString &name) const
{
    const QString n = name.trimmed();
    for (const CustomGroupInfo &g : m_groups)
        if (g.name.compare(n, Qt::CaseInsensitive) == 0)
            return g;
    return std::nullopt;
}

std::optional<CustomGroupInfo> CustomGroupDirectory::byId(const QString &id) const
{
    for (const CustomGroupInfo &g : m_groups)
        if (g.id == id.trimmed())
            return g;
    return std::nullopt;
}

QString CustomGroupDirectory::statusText() const
{
    switch (m_state) {
    case State::Empty:
        return {};
    case State::Loading:
        return tr("Looking for custom groups in the query reports…");
    case State::Ready: {
        const QString when = QLocale().toString(m_fetchedAt.toLocalTime(), QLocale::ShortFormat);
        const qsizetype n = computerGroups().size();
        return tr("%n computer group(s) from the query report “%1”, as of %2.", nullptr, int(n)).arg(m_source, when);
    }
    case State::NotFound:
        if (m_sawNamesWithoutIds)
            return tr("A query report lists the custom groups, but without their ids. Add the resource_id column "
                      "to it in the web console (Reports › Query Reports), then look again.");
        return tr("No query report lists custom groups with their ids. Create one in the web console (Reports › "
                  "Query Reports) that selects the custom groups' resource_id and name, then look again.");
    case State::Failed:
        return tr("The query reports could not be read: %1").arg(m_error.message());
    }
    return {};
}

void CustomGroupDirectory::setState(State state)
{
    m_state = state;
    emit changed();
}

void CustomGroupDirectory::load()
{
    if (m_state == State::Loading || m_state == State::Ready)
        return;
    if (loadFromCache()) {
        setState(State::Ready);
        return;
    }
    refresh();
}

void CustomGroupDirectory::refresh()
{
    if (!m_client) {
        m_error = ApiError(ApiError::Kind::Network, tr("Not connected to a server."));
        setState(State::Failed);
        return;
    }
    const int generation = ++m_generation;
    m_candidates.clear();
    m_collecting.clear();
    m_sawNamesWithoutIds = false;
    m_error = {};
    setState(State::Loading);
    m_client->queryReports(this, [this, generation](const pmp::api::Result<QueryReportNode> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_error = r.error;
            setState(State::Failed);
            return;
        }
        onTree(r.value);
    });
}

void CustomGroupDirectory::onTree(const QueryReportNode &root)
{
    QList<QueryReportNode> leaves = root.leaves();
    // Most relevant first; the tree's own order among equals (stable).
    std::stable_sort(leaves.begin(), leaves.end(),
                     [](const QueryReportNode &a, const QueryReportNode &b) { return relevance(a) > relevance(b); });
    m_candidates = leaves.mid(0, MaxProbes);
    probeNext();
}

void CustomGroupDirectory::probeNext()
{
    if (m_candidates.isEmpty()) {
        m_groups.clear();
        m_source.clear();
        setState(State::NotFound);
        return;
    }
    m_collecting.clear();
    readPage(m_candidates.constFirst(), 1);
}

void CustomGroupDirectory::readPage(const QueryReportNode &report, int page)
{
    const int generation = m_generation;
    m_client->queryReportData(report.id, page, PageSize, this,
                              [this, generation, report, page](const pmp::api::Result<pmp::api::QueryReportPage> &r) {
                                  if (generation != m_generation)
                                      return;
                                  if (!r.ok()) {
                                      if (page == 1) { // this report cannot be read; another may list the groups
                                          m_candidates.removeFirst();
                                          probeNext();
                                      } else {
                                          m_error = r.error;
                                          setState(State::Failed);
                                      }
                                      return;
                                  }
                                  const QList<CustomGroupInfo> found = parseRows(r.value.rows, &m_sawNamesWithoutIds);
                                  if (page == 1) {
                                      bool typed = false;
                                      for (const CustomGroupInfo &g : found)
                                          typed = typed || !g.resourceType.isEmpty();
                                      // Rows without a resource type count only in a report that says it is about
                                      // groups.
                                      if (found.isEmpty() || (!typed && relevance(report) < 2)) {
                                          m_candidates.removeFirst();
                                          probeNext();
                                          return;
                                      }
                                  }
                                  for (const CustomGroupInfo &g : found)
                                      if (!m_collecting.contains(g))
                                          m_collecting.append(g);
                                  if (r.value.rows.size() >= PageSize && page < MaxPages) {
                                      readPage(report, page + 1);
                                      return;
                                  }
                                  finishWith(m_collecting, report.label.isEmpty() ? report.id : report.label);
                              });
}

void CustomGroupDirectory::finishWith(const QList<CustomGroupInfo> &groups, const QString &source)
{
    m_groups = groups;
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const CustomGroupInfo &a, const CustomGroupInfo &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_source = source;
    m_fetchedAt = QDateTime::currentDateTimeUtc();
    m_candidates.clear();
    saveToCache();
    setState(State::Ready);
}

bool CustomGroupDirectory::loadFromCache()
{
    if (!m_cache)
        return false;
    const std::optional<pmp::store::CachedObject> cached = m_cache->loadObject(cacheViewId(), QString());
    if (!cached)
        return false;
    QList<CustomGroupInfo> groups;
    for (const QJsonValue &v : cached->object.value(QLatin1String("groups")).toArray()) {
        const QJsonObject o = v.toObject();
        CustomGroupInfo g{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString(),
                          o.value(QLatin1String("resource_type")).toString(),
                          o.value(QLatin1String("category")).toString()};
        if (isDigits(g.id) && !g.name.isEmpty())
            groups.append(g);
    }
    if (groups.isEmpty())
        return false;
    m_groups = groups;
    m_source = cached->object.value(QLatin1String("report")).toString();
    m_fetchedAt = cached->fetchedAt;
    return true;
}

void CustomGroupDirectory::saveToCache() const
{
    if (!m_cache)
        return;
    QJsonArray groups;
    for (const CustomGroupInfo &g : m_groups)
        groups.append(QJsonObject{{QStringLiteral("id"), g.id},
                                  {QStringLiteral("name"), g.name},
                                  {QStringLiteral("resource_type"), g.resourceType},
                                  {QStringLiteral("category"), g.category}});
    m_cache->saveObject(cacheViewId(), QString(),
                        {{QStringLiteral("report"), m_source}, {QStringLiteral("groups"), groups}}, m_fetchedAt);
}

} // namespace pmp::actions
