#include "JournalTableModel.h"

#include "actions/ActionNames.h"

#include "api/OperationCatalogue.h"
#include "models/ToolTipText.h"
#include "widgets/StatusColors.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace pmp::ui {

using Outcome = pmp::store::JournalEntry::Outcome;

void JournalTableModel::setEntries(QList<pmp::store::JournalEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const pmp::store::JournalEntry *JournalTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int JournalTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id)
            return i;
    return -1;
}

int JournalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalTableModel::actionName(const pmp::store::JournalEntry &entry)
{
    if (const pmp::api::Operation *op = pmp::api::OperationCatalogue::byCode(entry.operationCode)) {
        const QString name = pmp::actions::ActionNames::title(op->id);
        if (!name.isEmpty())
            return name;
    }
    return entry.operationTitle;
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    const pmp::store::JournalEntry *e = entry(index.row());
    if (!e)
        return {};
    if (role == EntryIdRole)
        return e->id;
    if (role == OutcomeKeyRole)
        return pmp::store::JournalEntry::outcomeKey(e->outcome);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e->startedAt.toLocalTime(), QLocale::ShortFormat);
        case Outcome:
            return pmp::store::JournalEntry::outcomeLabel(e->outcome);
        case Action:
            return actionName(*e);
        case Summary:
            return e->summary;
        case Targets:
            if (e->targets.size() <= 3)
                return e->targets.join(QStringLiteral(", "));
            return tr("%1 and %n more", nullptr, int(e->targets.size()) - 3)
                .arg(e->targets.mid(0, 3).join(QStringLiteral(", ")));
        case Message:
            return e->message;
        case Profile:
            return e->profile;
        case RequestId:
            return e->requestId;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return e->completedAt.isValid()
                       ? tr("Started %1, answered %2")
                             .arg(QLocale().toString(e->startedAt.toLocalTime(), QLocale::LongFormat),
                                  QLocale().toString(e->completedAt.toLocalTime(), QLocale::LongFormat))
                       : QLocale().toString(e->startedAt.toLocalTime(), QLocale::LongFormat);
        case Action:
            return tr("%1 — %2").arg(e->operationCode, e->operationTitle);
        // Targets, summaries and messages carry server names and server text.
        case Targets:
            return models::toolTipText(e->targets.join(QLatin1Char('\n')));
        case Summary:
        case Message:
            return models::toolTipText(data(index, Qt::DisplayRole).toString());
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        // Asked at every paint, so a palette switched at runtime is followed.
        const QPalette palette = QApplication::palette("QTableView");
        using S = StatusColors::Status;
        switch (e->outcome) {
        case Outcome::Succeeded:
            return QBrush(StatusColors::accent(S::Ok, palette));
        case Outcome::Failed:
            return QBrush(StatusColors::accent(S::Error, palette));
        case Outcome::OutcomeUnknown:
            return QBrush(StatusColors::accent(S::Warning, palette));
        default:
            return {};
        }
    }
    return {};
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Outcome:
        return tr("Outcome");
    case Action:
        return tr("Action");
    case Summary:
        return tr("What");
    case Targets:
        return tr("Targets");
    case Message:
        return tr("Server's answer");
    case Profile:
        return tr("Profile");
    case RequestId:
        return tr("Request ID");
    default:
        return {};
    }
}

} // namespace pmp::ui
