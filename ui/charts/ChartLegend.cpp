#include "ChartLegend.h"

#include "ChartColors.h"

#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QToolTip>

namespace pmp::ui {

namespace {
constexpr int kSwatch = 10;
constexpr int kGap = 8;
constexpr int kColumnGap = 14;
} // namespace

ChartLegend::ChartLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chartLegend"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    // Keyboard: Tab reaches the legend, the arrows move between entries, Space or Enter does what a
    // click does.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Chart legend"));
    updateAccessibleText();
}

void ChartLegend::updateAccessibleText()
{
    QStringList parts;
    for (const ChartSegment &s : std::as_const(m_entries))
        parts << tr("%1: %2").arg(s.label, valueText(s));
    QString text = parts.join(QStringLiteral(", "));
    if (m_focusIndex >= 0 && m_focusIndex < m_entries.size())
        text = tr("%1 selected. %2").arg(m_entries.at(m_focusIndex).label, text);
    setAccessibleDescription(text);
}

void ChartLegend::setFocusIndex(int index)
{
    m_focusIndex = index;
    const QString key = index >= 0 && index < m_entries.size() ? m_entries.at(index).key : QString();
    updateAccessibleText();
    if (key != m_highlighted) {
        setHighlightedKey(key);
        emit entryHovered(key);
    }
    update();
}

void ChartLegend::keyPressEvent(QKeyEvent *event)
{
    const int n = int(m_entries.size());
    if (n == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        setFocusIndex(qMax(0, m_focusIndex - 1));
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        setFocusIndex(qMin(n - 1, m_focusIndex + 1));
        break;
    case Qt::Key_Home:
        setFocusIndex(0);
        break;
    case Qt::Key_End:
        setFocusIndex(n - 1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_focusIndex >= 0 && m_focusIndex < n)
            emit entryActivated(m_entries.at(m_focusIndex).key);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartLegend::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (!m_entries.isEmpty())
        setFocusIndex(qBound(0, m_focusIndex, int(m_entries.size()) - 1));
}

void ChartLegend::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    if (!m_highlighted.isEmpty()) {
        setHighlightedKey(QString());
        emit entryHovered(QString());
    }
    update();
}

void ChartLegend::setEntries(const QList<ChartSegment> &entries)
{
    m_entries = entries;
    if (m_focusIndex >= m_entries.size())
        m_focusIndex = int(m_entries.size()) - 1;
    updateAccessibleText();
    updateGeometry();
    update();
}

void ChartLegend::setShowShare(bool show)
{
    if (m_showShare == show)
        return;
    m_showShare = show;
    updateGeometry();
    update();
}

void ChartLegend::setHighlightedKey(const QString &key)
{
    if (m_highlighted == key)
        return;
    m_highlighted = key;
    update();
}

double ChartLegend::total() const
{
    double t = 0;
    for (const ChartSegment &s : m_entries)
        t += s.value;
    return t;
}

QString ChartLegend::valueText(const ChartSegment &s) const
{
    return QLocale().toString(qint64(s.value));
}

QString ChartLegend::shareText(const ChartSegment &s) const
{
    const double t = total();
    if (t <= 0)
        return QStringLiteral("–");
    const double pct = s.value * 100.0 / t;
    // Below 1 % a rounded "0 %" would read as "none" although there are some.
    if (s.value > 0 && pct < 1.0)
        return tr("<1 %");
    return tr("%1 %").arg(QLocale().toString(pct, 'f', 0));
}

int ChartLegend::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int ChartLegend::widthFor(bool withShare) const
{
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    int labelW = 0, valueW = 0, shareW = fm.horizontalAdvance(QStringLiteral("100 %"));
    for (const ChartSegment &s : m_entries) {
        labelW = qMax(labelW, fm.horizontalAdvance(s.label));
        valueW = qMax(valueW, bfm.horizontalAdvance(valueText(s)));
        shareW = qMax(shareW, fm.horizontalAdvance(shareText(s)));
    }
    int w = 8 + kSwatch + kGap + labelW + kColumnGap + valueW + 4 + 8;
    if (withShare)
        w += kColumnGap + shareW;
    return w;
}

QSize ChartLegend::sizeHint() const
{
    return {widthFor(m_showShare), qMax(1, int(m_entries.size())) * rowHeight()};
}

QSize ChartLegend::minimumSizeHint() const
{
    return sizeHint();
}

QRect ChartLegend::entryRect(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).key == key)
            return QRect(0, i * rowHeight(), width(), rowHeight());
    return {};
}

int ChartLegend::indexAt(const QPoint &pos) const
{
    if (pos.x() < 0 || pos.x() >= width() || pos.y() < 0)
        return -1;
    const int i = pos.y() / rowHeight();
    return i < m_entries.size() ? i : -1;
}

void ChartLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int rh = rowHeight();
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetrics bfm(boldFont);
    int valueW = 0, shareW = fm.horizontalAdvance(QStringLiteral("100 %"));
    for (const ChartSegment &s : m_entries) {
        valueW = qMax(valueW, bfm.horizontalAdvance(valueText(s)));
        shareW = qMax(shareW, fm.horizontalAdvance(shareText(s)));
    }
    const QColor text = ChartColors::text(palette());
    const QColor secondary = ChartColors::secondaryText(palette());
    for (int i = 0; i < m_entries.size(); ++i) {
        const ChartSegment &s = m_entries.at(i);
        const QRect row(0, i * rh, width(), rh);
        if (s.key == m_highlighted) {
            QColor hl = palette().color(QPalette::Highlight);
            hl.setAlpha(40);
            QPainterPath bg;
            bg.addRoundedRect(QRectF(row).adjusted(0.5, 1.5, -0.5, -1.5), 4, 4);
            p.fillPath(bg, hl);
        }
        const QRectF swatch(8, row.center().y() - kSwatch / 2.0 + 0.5, kSwatch, kSwatch);
        QPainterPath sw;
        sw.addRoundedRect(swatch, 2, 2);
        p.fillPath(sw, s.color);

        int right = row.right() - 8;
        if (m_showShare) {
            p.setPen(secondary);
            p.drawText(QRect(right - shareW, row.top(), shareW, rh), Qt::AlignRight | Qt::AlignVCenter, shareText(s));
            right -= shareW + kColumnGap;
        }
        p.setFont(boldFont);
        p.setPen(s.value > 0 ? text : secondary);
        p.drawText(QRect(right - valueW - 4, row.top(), valueW + 4, rh), Qt::AlignRight | Qt::AlignVCenter,
                   valueText(s));
        right -= valueW + kColumnGap;
        if (hasFocus() && i == m_focusIndex) {
            // The keyboard's place: a frame in the highlight colour around the row (Fusion's own
            // focus rectangle is too faint to find on a dark card).
            p.save();
            p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(row).adjusted(1, 1.5, -1, -1.5), 4, 4);
            p.restore();
        }
        p.setFont(font());
        p.setPen(text);
        const int labelLeft = int(swatch.right()) + kGap;
        const QString label = fm.elidedText(s.label, Qt::ElideRight, qMax(0, right - labelLeft));
        p.drawText(QRect(labelLeft, row.top(), qMax(0, right - labelLeft), rh), Qt::AlignLeft | Qt::AlignVCenter,
                   label);
    }
}

void ChartLegend::mouseMoveEvent(QMouseEvent *event)
{
    const int i = indexAt(event->position().toPoint());
    const QString key = i >= 0 ? m_entries.at(i).key : QString();
    setCursor(i >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (key != m_highlighted) {
        setHighlightedKey(key);
        emit entryHovered(key);
    }
}

void ChartLegend::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int i = indexAt(event->position().toPoint());
    if (i >= 0)
        emit entryActivated(m_entries.at(i).key);
}

void ChartLegend::leaveEvent(QEvent *)
{
    if (!m_highlighted.isEmpty()) {
        setHighlightedKey(QString());
        emit entryHovered(QString());
    }
}

bool ChartLegend::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = indexAt(help->pos());
        if (i >= 0) {
            const ChartSegment &s = m_entries.at(i);
            QToolTip::showText(help->globalPos(),
                               s.toolTip.isEmpty() ? tr("%1: %2 (%3)").arg(s.label, valueText(s), shareText(s))
                                                   : s.toolTip,
                               this, entryRect(s.key));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace pmp::ui
