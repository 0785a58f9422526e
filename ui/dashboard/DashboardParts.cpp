#include "DashboardParts.h"

#include "api/ListQuery.h"

#include "DashboardSection.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace pmp::ui {

namespace {

QString clock(const QTime &t)
{
    // Minutes are precise enough for summaries; some locales' short format carries seconds.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss")));
    return QLocale().toString(t, format);
}

} // namespace

QVariantMap DashboardParts::filter(const char *name, const QString &value)
{
    return {{QLatin1String(name), value}};
}

QVariantMap DashboardParts::filters(const pmp::api::ListQuery &query)
{
    QVariantMap map;
    for (auto it = query.filters().cbegin(); it != query.filters().cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

QString DashboardParts::when(const QDateTime &t, const QDateTime &now)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const qint64 days = now.toLocalTime().date().daysTo(local.date());
    if (days == 0)
        return clock(local.time());
    if (days == -1)
        return tr("yesterday %1").arg(clock(local.time()));
    if (days == 1)
        return tr("tomorrow %1").arg(clock(local.time()));
    return tr("%1 %2", "date, time").arg(QLocale().toString(local.date(), QLocale::ShortFormat), clock(local.time()));
}

QString DashboardParts::placeholder(const DashboardLoader &loader, Section section)
{
    if (loader.hasData(section))
        return QString();
    return loader.isLoading(section) || !loader.error(section).isError() ? tr("Loading…") : tr("Not available");
}

void DashboardParts::reportErrors(DashboardSection *target, const DashboardLoader &loader,
                                  const QList<Section> &sections)
{
    auto describe = [](Section s) {
        switch (s) {
        case Section::Patches:
            return tr("Could not load the patch summary: %1");
        case Section::Computers:
            return tr("Could not load the agent summary: %1");
        case Section::Database:
            return tr("Could not load the patch database status: %1");
        case Section::Approval:
            return tr("Could not load the approval settings: %1");
        case Section::HealthPolicy:
            return tr("Could not load the health policy: %1");
        case Section::FailedDeployments:
            return tr("Could not count the systems with failed deployments: %1");
        }
        return QString();
    };
    QStringList messages, details;
    for (Section s : sections) {
        const pmp::api::ApiError e = loader.error(s);
        if (e.isError() && !loader.isLoading(s)) {
            messages.append(describe(s).arg(e.message()));
            if (!e.detail().isEmpty())
                details.append(e.oneLine());
        }
    }
    // Several calls failing for one reason (offline, signed out) read better as one line.
    QSet<QString> reasons;
    for (Section s : sections)
        if (loader.error(s).isError() && !loader.isLoading(s))
            reasons.insert(loader.error(s).message());
    if (messages.size() > 1 && reasons.size() == 1)
        messages = {tr("Could not load the server's settings: %1").arg(*reasons.cbegin())};
    if (messages.isEmpty())
        target->clearError();
    else
        target->showError(messages.join(QLatin1Char('\n')), details.join(QLatin1Char('\n')));
}

} // namespace pmp::ui
