#include "RemovedRowsDialog.h"

#include "models/ListChanges.h"
#include "models/RecordTableModel.h"
#include "widgets/LayoutMemory.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace pmp::ui {

using namespace pmp::models;

RemovedRowsDialog::RemovedRowsDialog(const ViewSpec &view, std::shared_ptr<const ListChanges> changes, QWidget *parent)
    : QDialog(parent), m_changes(std::move(changes)), m_model(std::make_unique<RecordTableModel>(view.columns))
{
    setObjectName(QStringLiteral("removedRowsDialog"));
    const QString title = QCoreApplication::translate("pmp::models::Views", view.title.toUtf8().constData());
    const QString since = QLocale().toString(m_changes->since, QLocale::ShortFormat);
    setWindowTitle(tr("Removed from %1").arg(title));
    m_model->adopt(m_changes->removedRows());

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("removedRowsIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    QString text = tr("Gone since the list fetched at %1: %2. The rows show the values they had then.")
                       .arg(since, view.countOf(m_changes->removedCount()));
    if (m_changes->removedRows().rowCount() < m_changes->removedCount())
        text += QLatin1Char(' ') + tr("The first %Ln are listed.", nullptr, m_changes->removedRows().rowCount());
    intro->setText(text);

    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("removedRowsTable"));
    table->setAccessibleName(tr("Removed %1").arg(view.pluralNoun()));
    table->setModel(m_model.get());
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Rows and headers as in the list the rows came from.
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < view.columns.size(); ++c)
        table->setColumnHidden(c, view.columns.at(c).hiddenByDefault);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    LayoutMemory::restoreWindow(this, QStringLiteral("removedRows"), QSize(820, 420));
    connect(this, &QDialog::finished, this, [this] { LayoutMemory::saveWindow(this, QStringLiteral("removedRows")); });
}

RemovedRowsDialog::~RemovedRowsDialog() = default;

} // namespace pmp::ui
