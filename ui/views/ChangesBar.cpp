#include "ChangesBar.h"

#include "RemovedRowsDialog.h"

#include "models/ListLoader.h"
#include "models/RecordFilterProxy.h"
#include "widgets/StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace pmp::ui {

using namespace pmp::models;

namespace {

QString whenText(const QDateTime &since)
{
    // Today's refresh by its time; an older one (the cache of an earlier day) with its date.
    return since.date() == QDate::currentDate() ? QLocale().toString(since.time(), QLocale::ShortFormat)
                                                : QLocale().toString(since, QLocale::ShortFormat);
}

QLabel *chip(const QString &objectName, StatusColors::Status status, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    StatusColors::keepStyled(label, [label, status, objectName] {
        label->setStyleSheet(StatusColors::boxStyleSheet(status, StatusColors::surroundingPalette(label),
                                                         QStringLiteral("QLabel#") + objectName, 3) +
                             QStringLiteral(" QLabel#%1 { padding: 1px 6px; }").arg(objectName));
    });
    return label;
}

} // namespace

ChangesBar::ChangesBar(ListLoader *loader, RecordFilterProxy *proxy, QWidget *parent)
    : QWidget(parent), m_loader(loader), m_proxy(proxy), m_since(new QLabel(this)),
      m_added(chip(QStringLiteral("changesAdded"), StatusColors::Status::Ok, this)),
      m_changed(chip(QStringLiteral("changesChanged"), StatusColors::Status::Warning, this)),
      m_removed(new QToolButton(this)), m_only(new QToolButton(this))
{
    setObjectName(QStringLiteral("changesBar"));
    m_since->setObjectName(QStringLiteral("changesSince"));
    m_since->setTextFormat(Qt::PlainText);
    m_added->setToolTip(tr("Rows that were not in the previous fetch, shaded like this in the table"));
    m_changed->setToolTip(tr("Rows with cells that changed, shaded like this in the table; a changed cell's "
                             "tooltip shows what it was"));
    m_removed->setObjectName(QStringLiteral("changesRemoved"));
    m_removed->setAutoRaise(true);
    m_removed->setToolTip(tr("List the rows that are gone since the previous fetch"));
    connect(m_removed, &QToolButton::clicked, this, &ChangesBar::showRemovedRows);
    m_only->setObjectName(QStringLiteral("onlyChangesButton"));
    m_only->setText(tr("Only changes"));
    m_only->setToolTip(tr("Show only the new and changed rows"));
    m_only->setCheckable(true);
    m_only->setAutoRaise(true);
    connect(m_only, &QToolButton::toggled, this, &ChangesBar::setShowOnlyChanges);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_since);
    layout->addWidget(m_added);
    layout->addWidget(m_changed);
    layout->addWidget(m_removed);
    layout->addStretch(1);
    layout->addWidget(m_only);

    connect(loader, &ListLoader::changesFound, this, &ChangesBar::refresh);
    // New rows (a refresh, a filter) drop the comparison: the bar goes, and so does "only changes".
    connect(loader->model(), &QAbstractItemModel::modelReset, this, &ChangesBar::refresh);
    refresh();
}

bool ChangesBar::showsOnlyChanges() const
{
    return m_only->isChecked();
}

void ChangesBar::setShowOnlyChanges(bool on)
{
    if (m_only->isChecked() != on)
        m_only->setChecked(on); // comes back here through toggled
    else
        applyFilter();
}

void ChangesBar::applyFilter()
{
    // The choice outlives a refresh: the rows of the next comparison are filtered the same way, and
    // while there is none (loading, a first fetch) every row shows.
    const auto &changes = m_loader->model()->changes();
    const bool filter = m_only->isChecked() && changes && !changes->isEmpty();
    m_proxy->setOnlyRows(filter ? changes->changedRows() : nullptr);
}

void ChangesBar::refresh()
{
    const auto &changes = m_loader->model()->changes();
    setVisible(bool(changes));
    applyFilter();
    if (!changes)
        return;
    const bool any = !changes->isEmpty();
    m_since->setText(any ? tr("Changes since %1:").arg(whenText(changes->since))
                         : tr("No changes since %1").arg(whenText(changes->since)));
    m_since->setEnabled(any); // greyed when there is nothing to see
    m_added->setText(tr("%Ln new", nullptr, int(qMin<qint64>(changes->addedCount(), INT_MAX))));
    m_changed->setText(tr("%Ln changed", nullptr, int(qMin<qint64>(changes->changedCount(), INT_MAX))));
    m_removed->setText(tr("%Ln removed…", nullptr, int(qMin<qint64>(changes->removedCount(), INT_MAX))));
    m_added->setVisible(any && changes->addedCount() > 0);
    m_changed->setVisible(any && changes->changedCount() > 0);
    m_removed->setVisible(any && changes->removedCount() > 0);
    m_only->setVisible(changes->addedCount() + changes->changedCount() > 0);
}

void ChangesBar::showRemovedRows()
{
    const auto &changes = m_loader->model()->changes();
    if (!changes)
        return;
    auto *dialog = new RemovedRowsDialog(m_loader->view(), changes, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace pmp::ui
