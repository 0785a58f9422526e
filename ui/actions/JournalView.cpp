#include "JournalView.h"

#include "JournalTableModel.h"

#include "actions/ActionNames.h"
#include "api/OperationCatalogue.h"
#include "store/ActionJournal.h"
#include "widgets/ComboWidth.h"
#include "widgets/LayoutMemory.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pmp::ui {

using pmp::store::JournalEntry;

JournalView::JournalView(pmp::store::ActionJournal *journal, QWidget *parent)
    : QWidget(parent), m_journal(journal), m_model(new JournalTableModel(this)), m_range(new QComboBox(this)),
      m_from(new QDateTimeEdit(this)), m_to(new QDateTimeEdit(this)), m_operation(new QComboBox(this)),
      m_outcome(new QComboBox(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_table(new QTableView(this)), m_details(new QPlainTextEdit(this)), m_searchDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("journalView"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Every change PatchDeck sent from this profile, or refused to send, with its "
                                "outcome. Kept on this computer."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *filters = new QHBoxLayout;
    m_range->setObjectName(QStringLiteral("journalRange"));
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItem(tr("Last 24 hours"), int(Range::Day));
    m_range->addItem(tr("Last 7 days"), int(Range::Week));
    m_range->addItem(tr("Last 30 days"), int(Range::Month));
    m_range->addItem(tr("All time"), int(Range::All));
    m_range->addItem(tr("Between…"), int(Range::Custom));
    m_range->setCurrentIndex(3);
    filters->addWidget(m_range);
    m_from->setObjectName(QStringLiteral("journalFrom"));
    m_to->setObjectName(QStringLiteral("journalTo"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("Until"));
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->hide();
    }
    m_from->setDateTime(QDateTime::currentDateTime().addDays(-7));
    m_to->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    filters->addWidget(m_from);
    filters->addWidget(m_to);

    m_operation->setObjectName(QStringLiteral("journalOperation"));
    m_operation->setAccessibleName(tr("Action"));
    m_operation->addItem(tr("All actions"), QString());
    for (const pmp::api::OperationId id : pmp::actions::ActionNames::writeOperations())
        m_operation->addItem(pmp::actions::ActionNames::title(id), pmp::api::OperationCatalogue::get(id).code);
    for (QComboBox *box : {m_operation, m_outcome})
        limitComboWidth(box, 18);
    filters->addWidget(m_operation);

    m_outcome->setObjectName(QStringLiteral("journalOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const JournalEntry::Outcome o :
         {JournalEntry::Outcome::Succeeded, JournalEntry::Outcome::Failed, JournalEntry::Outcome::OutcomeUnknown,
          JournalEntry::Outcome::Refused, JournalEntry::Outcome::Pending})
        m_outcome->addItem(JournalEntry::outcomeLabel(o), JournalEntry::outcomeKey(o));
    filters->addWidget(m_outcome);

    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setAccessibleName(tr("Search the journal"));
    m_search->setPlaceholderText(tr("Search computers, patches, tasks, answers…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);

    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("journalExportCsv"));
    auto *json = new QPushButton(tr("Export JSON…"), this);
    json->setObjectName(QStringLiteral("journalExportJson"));
    layout->addLayout(filters);

    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Journal entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(JournalTableModel::Summary, QHeaderView::Stretch);
    for (const int c : {JournalTableModel::Time, JournalTableModel::Outcome, JournalTableModel::Action})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(JournalTableModel::Targets, 180);
    m_table->setColumnWidth(JournalTableModel::Message, 220);
    m_table->setColumnHidden(JournalTableModel::Profile, true);
    m_table->setColumnHidden(JournalTableModel::RequestId, true);

    m_details->setObjectName(QStringLiteral("journalDetails"));
    m_details->setAccessibleName(tr("Entry details"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an entry to see exactly what was sent and what came back."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    LayoutMemory::rememberSplitter(split, QStringLiteral("journal"));
    layout->addWidget(split, 1);
    m_count->setObjectName(QStringLiteral("journalCount"));
    // What the list holds, and what to do with it: the count beside the export buttons.
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(csv);
    footer->addWidget(json);
    layout->addLayout(footer);

    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(200);
    connect(m_searchDebounce, &QTimer::timeout, this, &JournalView::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        reload();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &JournalView::reload);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &JournalView::reload);
    connect(m_operation, &QComboBox::currentIndexChanged, this, &JournalView::reload);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &JournalView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalView::showDetails);
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(Format::Csv); });
    connect(json, &QPushButton::clicked, this, [this] { exportAs(Format::Json); });
    reload();
}

pmp::store::JournalFilter JournalView::filter() const
{
    pmp::store::JournalFilter f;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (Range(m_range->currentData().toInt())) {
    case Range::Day:
        f.from = now.addDays(-1);
        break;
    case Range::Week:
        f.from = now.addDays(-7);
        break;
    case Range::Month:
        f.from = now.addDays(-30);
        break;
    case Range::All:
        break;
    case Range::Custom:
        f.from = m_from->dateTime().toUTC();
        f.to = m_to->dateTime().toUTC();
        break;
    }
    f.operationCode = m_operation->currentData().toString();
    if (const QString key = m_outcome->currentData().toString(); !key.isEmpty())
        f.outcome = JournalEntry::outcomeFromKey(key);
    f.text = m_search->text().trimmed();
    return f;
}

void JournalView::reload()
{
    const qint64 current =
        m_model->entry(m_table->currentIndex().row()) ? m_model->entry(m_table->currentIndex().row())->id : -1;
    m_model->setEntries(m_journal ? m_journal->query(filter()) : QList<JournalEntry>{});
    m_count->setText(tr("%n action(s)", nullptr, m_model->rowCount()));
    const int row = current >= 0 ? m_model->rowOf(current) : -1;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showDetails();
}

void JournalView::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void JournalView::setOperationFilter(const QString &operationCode)
{
    m_operation->setCurrentIndex(qMax(0, m_operation->findData(operationCode)));
}

void JournalView::setOutcomeFilter(const QString &outcomeKey)
{
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(outcomeKey)));
}

void JournalView::setSearchText(const QString &text)
{
    m_search->setText(text);
    reload();
}

void JournalView::selectEntry(qint64 id)
{
    int row = m_model->rowOf(id);
    if (row < 0) {
        const QSignalBlocker b1(m_range), b2(m_operation), b3(m_outcome), b4(m_search);
        m_range->setCurrentIndex(m_range->findData(int(Range::All)));
        m_from->hide();
        m_to->hide();
        m_operation->setCurrentIndex(0);
        m_outcome->setCurrentIndex(0);
        m_search->clear();
        reload();
        row = m_model->rowOf(id);
    }
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void JournalView::showDetails()
{
    const JournalEntry *e = m_model->entry(m_table->currentIndex().row());
    if (!e) {
        m_details->clear();
        return;
    }
    QString text;
    text += tr("%1 — %2").arg(JournalTableModel::actionName(*e), JournalEntry::outcomeLabel(e->outcome)) +
            QLatin1Char('\n');
    text += e->summary + QLatin1String("\n\n");
    text +=
        tr("Started: %1").arg(QLocale().toString(e->startedAt.toLocalTime(), QLocale::LongFormat)) + QLatin1Char('\n');
    if (e->completedAt.isValid())
        text += tr("Answered: %1").arg(QLocale().toString(e->completedAt.toLocalTime(), QLocale::LongFormat)) +
                QLatin1Char('\n');
    text += tr("Profile: %1").arg(e->profile) + QLatin1Char('\n');
    text += tr("Operation: %1 %2").arg(e->operationCode, e->operationTitle) + QLatin1Char('\n');
    if (!e->requestId.isEmpty())
        text += tr("Request ID: %1").arg(e->requestId) + QLatin1Char('\n');
    if (!e->message.isEmpty())
        text += tr("Answer: %1").arg(e->message) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Targets (%1):").arg(e->targets.size()) + QLatin1Char('\n');
    for (const QString &t : e->targets)
        text += QStringLiteral("  ") + t + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Sent:") + QLatin1Char('\n');
    text += QString::fromUtf8(QJsonDocument(e->payload).toJson(QJsonDocument::Indented));
    m_details->setPlainText(text);
}

QString JournalView::detailsText() const
{
    return m_details->toPlainText();
}

bool JournalView::exportTo(const QString &fileName, Format format, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const bool ok =
        format == Format::Csv ? m_journal->exportCsv(filter(), &file) : m_journal->exportJson(filter(), &file);
    if (!ok || !file.commit()) {
        if (error)
            *error = ok ? file.errorString() : tr("The journal could not be read.");
        return false;
    }
    return true;
}

void JournalView::exportAs(Format format)
{
    const QString suffix = format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QFileDialog::getSaveFileName(
        this, tr("Export the action journal"),
        dir + QStringLiteral("/patchdeck-journal-%1.%2")
                  .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")), suffix),
        format == Format::Csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (name.isEmpty())
        return;
    QString error;
    if (!exportTo(name, format, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(name, error));
}

} // namespace pmp::ui
