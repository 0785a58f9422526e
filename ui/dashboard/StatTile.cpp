#include "StatTile.h"

#include "charts/ChartColors.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace pmp::ui {

StatTile::StatTile(const QString &caption, QWidget *parent)
    : QFrame(parent), m_caption(new QLabel(caption, this)), m_value(new QLabel(QStringLiteral("—"), this)),
      m_detail(new QLabel(this)), m_change(new QLabel(this))
{
    m_caption->setObjectName(QStringLiteral("caption"));
    m_value->setObjectName(QStringLiteral("value"));
    m_detail->setObjectName(QStringLiteral("detail"));
    m_change->setObjectName(QStringLiteral("change"));
    for (QLabel *l : {m_caption, m_value, m_detail, m_change})
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
    // Six tiles share a row: in German or French a caption on one line made the dashboard wider than a
    // 1280-pixel screen. Captions and the lines under the number wrap instead (a tile grows taller).
    for (QLabel *l : {m_caption, m_detail, m_change})
        l->setWordWrap(true);
    // A clickable tile is a tab stop: a screen reader says its caption and its number.
    setAccessibleName(caption);
    setAccessibleDescription(m_value->text());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 12, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_change);
    layout->addStretch(1);
    // As tall as the tallest tile of its row (the stretch keeps the text at the top).
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_accent = ChartColors::color(ChartColors::Role::Info, palette());
    restyle();
}

QSize StatTile::sizeHint() const
{
    const QSize s = QFrame::sizeHint();
    return {qMax(150, s.width()), s.height()};
}

QSize StatTile::minimumSizeHint() const
{
    // Wrapping captions would let a tile shrink to a word a line; below this width a row of tiles
    // folds into more rows instead (ReflowGridLayout).
    const QSize s = QFrame::minimumSizeHint();
    return {qMax(140, s.width()), s.height()};
}

void StatTile::setValue(qint64 value)
{
    setValueText(QLocale().toString(value));
}

void StatTile::setValueText(const QString &text)
{
    m_value->setText(text);
    setAccessibleDescription(text);
}

QString StatTile::valueText() const
{
    return m_value->text();
}

QString StatTile::caption() const
{
    return m_caption->text();
}

void StatTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
}

QString StatTile::detailText() const
{
    return m_detail->text();
}

QString StatTile::changeText() const
{
    return m_change->text();
}

void StatTile::setChange(std::optional<qint64> change, bool increaseIsBad, const QString &toolTip, const QString &since)
{
    m_changeValue = change;
    m_increaseIsBad = increaseIsBad;
    const QString amount = change ? QLocale().toString(qAbs(*change)) : QString();
    if (!change)
        m_change->setText(QStringLiteral(" ")); // keeps tiles of one row the same height
    else if (*change > 0)
        m_change->setText(since.isEmpty() ? tr("▲ %1 in 30 days").arg(amount) : tr("▲ %1 since %2").arg(amount, since));
    else if (*change < 0)
        m_change->setText(since.isEmpty() ? tr("▼ %1 in 30 days").arg(amount) : tr("▼ %1 since %2").arg(amount, since));
    else
        m_change->setText(since.isEmpty() ? tr("No change in 30 days") : tr("No change since %1").arg(since));
    m_change->setToolTip(toolTip);
    setToolTip(toolTip);
    restyle();
}

void StatTile::setAccent(const QColor &color)
{
    m_accent = color;
    update();
}

void StatTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    update();
}

void StatTile::restyle()
{
    const QPalette pal = palette();
    QFont captionFont = font();
    captionFont.setPointSizeF(font().pointSizeF() * 0.95);
    m_caption->setFont(captionFont);
    QPalette captionPal = m_caption->palette();
    captionPal.setColor(QPalette::WindowText, ChartColors::secondaryText(pal));
    m_caption->setPalette(captionPal);
    m_detail->setPalette(captionPal);
    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * 1.9);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    m_detail->setFont(small);
    m_change->setFont(small);
    QColor changeColor = ChartColors::secondaryText(pal);
    if (m_changeValue && *m_changeValue != 0) {
        const bool bad = (*m_changeValue > 0) == m_increaseIsBad;
        changeColor = ChartColors::color(bad ? ChartColors::Role::Critical : ChartColors::Role::Healthy, pal);
    }
    QPalette changePal = m_change->palette();
    changePal.setColor(QPalette::WindowText, changeColor);
    m_change->setPalette(changePal);
}

void StatTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath card;
    card.addRoundedRect(r, 6, 6);
    QColor bg = palette().color(QPalette::Base);
    if (m_clickable && m_hover)
        bg = ChartColors::isDark(palette()) ? bg.lighter(120) : bg.darker(103);
    p.fillPath(card, bg);
    QColor border = ChartColors::gridLine(palette());
    border.setAlpha(hasFocus() ? 255 : border.alpha() * 2);
    p.setPen(QPen(hasFocus() ? palette().color(QPalette::Highlight) : border, 1));
    p.drawPath(card);
    // The accent stripe carries the meaning (critical red, healthy green) at a glance.
    p.setClipPath(card);
    p.fillRect(QRectF(r.left(), r.top(), 4, r.height()), m_accent);
}

void StatTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QFrame::mouseReleaseEvent(event);
}

void StatTile::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        emit activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

void StatTile::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    update();
    QFrame::enterEvent(event);
}

void StatTile::leaveEvent(QEvent *event)
{
    m_hover = false;
    update();
    QFrame::leaveEvent(event);
}

void StatTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

} // namespace pmp::ui
