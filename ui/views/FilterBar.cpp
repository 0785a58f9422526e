#include "FilterBar.h"

#include "widgets/FlowLayout.h"

#include "models/ServerChoices.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace pmp::ui {

using namespace pmp::api;

namespace {
QString trLabel(const QString &english)
{
    return QCoreApplication::translate("pmp::api::Filters", english.toUtf8().constData());
}

bool isChoice(ParamConcept m)
{
    return m == ParamConcept::Enumerated || m == ParamConcept::BranchOffice || m == ParamConcept::Domain ||
           m == ParamConcept::CustomGroup;
}
} // namespace

FilterBar::FilterBar(const Operation &op, const ListQuery &fixed, pmp::models::ServerChoices *choices, QWidget *parent)
    : QWidget(parent), m_choices(choices), m_op(op)
{
    setObjectName(QStringLiteral("filterBar"));
    auto *flow = new FlowLayout(this, 4);

    auto addField = [&](const QueryParam &p, QWidget *field, bool advanced) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        auto *label = new QLabel(trLabel(p.label) + QLatin1Char(':'), box);
        label->setBuddy(field);
        // Named in full for screen readers: the label's text is the visible name.
        field->setAccessibleName(tr("Filter by %1").arg(trLabel(p.label)));
        row->addWidget(label);
        field->setParent(box);
        row->addWidget(field);
        flow->addWidget(box);
        if (advanced) {
            m_advanced << box;
            box->hide();
        }
    };

    // The one free-text filter left visible: a CVE id where the operation takes one (the threat
    // views' reason to exist: the CVE ids are a filter, never a column), else a name, else the first.
    QString visibleText;
    int visibleRank = -1;
    for (const QueryParam &p : op.params) {
        if (isChoice(p.meaning) || p.required || !fixed.value(p.name).isEmpty())
            continue;
        const int rank = p.name == QLatin1String("cveids") ? 2 : p.name.contains(QLatin1String("name")) ? 1 : 0;
        if (rank > visibleRank) {
            visibleRank = rank;
            visibleText = p.name;
        }
    }

    for (const QueryParam &p : op.params) {
        if (p.required || !fixed.value(p.name).isEmpty() || p.meaning == ParamConcept::TaskName ||
            p.meaning == ParamConcept::ReportId || p.name == QLatin1String("customerid"))
            continue;
        if (isChoice(p.meaning)) {
            auto *combo = new QComboBox;
            combo->setObjectName(QStringLiteral("filter_") + p.name);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            combo->setMinimumContentsLength(8);
            combo->addItem(tr("Any"), QString());
            for (const ParamValue &v : p.values)
                combo->addItem(QCoreApplication::translate("pmp::api::Filters", v.label.toUtf8().constData()), v.value);
            combo->setToolTip(tr("Server filter %1").arg(p.name));
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                if (!m_settingQuery)
                    emit changed();
            });
            m_combos.insert(p.name, combo);
            addField(p, combo, false);
        } else {
            auto *edit = new QLineEdit;
            edit->setObjectName(QStringLiteral("filter_") + p.name);
            edit->setClearButtonEnabled(true);
            edit->setMaximumWidth(180);
            edit->setPlaceholderText(p.meaning == ParamConcept::Identifier ? tr("id") : tr("text"));
            edit->setToolTip(tr("Server filter %1 — press Enter to apply").arg(p.name));
            connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
                if (edit->isModified()) {
                    edit->setModified(false);
                    emit changed();
                }
            });
            m_edits.insert(p.name, edit);
            // Free-text filters are many and rarely used together: one stays visible (chosen above),
            // the rest wait behind "More filters" so the bar stays one or two lines high.
            addField(p, edit, p.name != visibleText);
        }
    }

    if (!m_advanced.isEmpty()) {
        m_more = new QToolButton(this);
        m_more->setObjectName(QStringLiteral("moreFilters"));
        m_more->setText(tr("More filters (%1)").arg(m_advanced.size()));
        m_more->setCheckable(true);
        m_more->setAutoRaise(true);
        connect(m_more, &QToolButton::toggled, this, [this](bool on) {
            for (QWidget *w : std::as_const(m_advanced))
                w->setVisible(on);
            m_more->setText(on ? tr("Fewer filters") : tr("More filters (%1)").arg(m_advanced.size()));
            updateGeometry();
        });
        flow->addWidget(m_more);
    }
    if (!isEmpty()) {
        auto *reset = new QToolButton(this);
        reset->setObjectName(QStringLiteral("clearFilters"));
        reset->setText(tr("Clear filters"));
        reset->setAutoRaise(true);
        connect(reset, &QToolButton::clicked, this, [this] {
            clear();
            emit changed();
        });
        flow->addWidget(reset);
    }

    if (m_choices) {
        connect(m_choices, &pmp::models::ServerChoices::loaded, this, &FilterBar::fillChoices);
        if (m_choices->isLoaded())
            fillChoices();
    }
}

void FilterBar::fillChoices()
{
    m_settingQuery = true;
    for (const QueryParam &p : m_op.params) {
        QComboBox *combo = m_combos.value(p.name);
        if (!combo || p.meaning == ParamConcept::Enumerated)
            continue;
        const QString current = combo->currentData().toString();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &v : m_choices->values(p.meaning))
            combo->addItem(v, v);
        int idx = combo->findData(current);
        if (idx < 0 && !current.isEmpty()) { // a value the server no longer has (a saved view's): kept, never dropped
            combo->addItem(current, current);
            idx = combo->count() - 1;
        }
        combo->setCurrentIndex(idx >= 0 ? idx : 0);
    }
    m_settingQuery = false;
}

ListQuery FilterBar::query() const
{
    ListQuery q;
    for (auto it = m_combos.constBegin(); it != m_combos.constEnd(); ++it)
        q.set(it.key(), it.value()->currentData().toString());
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it)
        q.set(it.key(), it.value()->text().trimmed());
    return q;
}

void FilterBar::setQuery(const ListQuery &query)
{
    m_settingQuery = true;
    clear();
    for (auto it = query.filters().constBegin(); it != query.filters().constEnd(); ++it) {
        if (QComboBox *combo = m_combos.value(it.key())) {
            int idx = combo->findData(it.value());
            if (idx < 0) { // a value the server lists but we have not loaded yet
                combo->addItem(it.value(), it.value());
                idx = combo->count() - 1;
            }
            combo->setCurrentIndex(idx);
        } else if (QLineEdit *edit = m_edits.value(it.key())) {
            edit->setText(it.value());
            if (m_advanced.contains(edit->parentWidget()) && m_more)
                m_more->setChecked(true);
        }
    }
    m_settingQuery = false;
}

int FilterBar::activeCount() const
{
    return int(query().filters().size());
}

void FilterBar::clear()
{
    const bool was = m_settingQuery;
    m_settingQuery = true;
    for (QComboBox *c : std::as_const(m_combos))
        c->setCurrentIndex(0);
    for (QLineEdit *e : std::as_const(m_edits))
        e->clear();
    m_settingQuery = was;
}

} // namespace pmp::ui
