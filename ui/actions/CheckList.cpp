#include "CheckList.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace pmp::ui {

namespace {
constexpr int ValueRole = Qt::UserRole;
}

CheckList::CheckList(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this)), m_count(new QLabel(this)),
      m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("checkListFilter"));
    m_filter->setAccessibleName(tr("Filter the list"));
    layout->addWidget(m_filter);
    m_list->setObjectName(QStringLiteral("checkListItems"));
    m_list->setMinimumHeight(90);
    m_list->setMaximumHeight(160);
    layout->addWidget(m_list);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->hide();
    layout->addWidget(m_empty);
    m_count->setObjectName(QStringLiteral("checkListCount"));
    m_count->setEnabled(false);
    layout->addWidget(m_count);
    setFocusProxy(m_list);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!text.isEmpty() && !m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateCount();
        emit changed();
    });
    updateCount();
}

void CheckList::setItems(const QStringList &texts, const QStringList &values)
{
    const QStringList keep = checkedValues();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (int i = 0; i < texts.size(); ++i) {
        const QString value = i < values.size() ? values.at(i) : texts.at(i);
        addItem(texts.at(i), value, keep.contains(value));
    }
    m_filter->setVisible(texts.size() > 8);
    m_empty->setVisible(texts.isEmpty() && !m_empty->text().isEmpty());
    updateCount();
    emit changed();
}

void CheckList::addItem(const QString &text, const QString &value, bool checked)
{
    auto *item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(ValueRole, value.isEmpty() ? text : value);
    m_empty->hide();
    updateCount();
}

QStringList CheckList::checkedValues() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(ValueRole).toString();
    return out;
}

QStringList CheckList::checkedTexts() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->text();
    return out;
}

void CheckList::setCheckedValues(const QStringList &values)
{
    {
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(
                values.contains(m_list->item(i)->data(ValueRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    updateCount();
    emit changed();
}

int CheckList::count() const
{
    return m_list->count();
}

void CheckList::setListName(const QString &name)
{
    m_list->setAccessibleName(name);
    m_filter->setAccessibleName(tr("Filter %1").arg(name));
}

void CheckList::setPlaceholder(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(m_list->count() == 0 && !text.isEmpty());
}

void CheckList::updateCount()
{
    const int n = int(checkedValues().size());
    m_count->setText(tr("%n selected", nullptr, n));
}

} // namespace pmp::ui
