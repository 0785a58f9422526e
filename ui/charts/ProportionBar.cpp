#include "ProportionBar.h"

#include "ChartText.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace pmp::ui {

namespace {
constexpr int BarHeight = 18;
constexpr qreal Radius = 3;
} // namespace

ProportionBar::ProportionBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("proportionBar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProportionBar::setSegments(const QList<ChartSegment> &segments)
{
    m_segments = segments;
    setAccessibleDescription(ChartText::describe(m_segments));
    update();
}

QList<QRectF> ProportionBar::segmentRects() const
{
    QList<QRectF> rects;
    double sum = 0;
    for (const ChartSegment &s : m_segments)
        sum += qMax(0.0, s.value);
    const QRectF track = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    qreal x = track.left();
    for (const ChartSegment &s : m_segments) {
        const qreal w = sum > 0 ? track.width() * qMax(0.0, s.value) / sum : 0;
        rects << QRectF(x, track.top(), w, track.height());
        x += w;
    }
    return rects;
}

int ProportionBar::segmentAt(int x) const
{
    const QList<QRectF> rects = segmentRects();
    for (int i = 0; i < rects.size(); ++i)
        if (rects[i].width() > 0 && x >= rects[i].left() && x < rects[i].right())
            return i;
    return -1;
}

QSize ProportionBar::sizeHint() const
{
    return {240, BarHeight};
}

QSize ProportionBar::minimumSizeHint() const
{
    return {40, BarHeight};
}

void ProportionBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    // The track is one rounded shape; the parts are clipped to it so only the ends are rounded.
    QPainterPath track;
    track.addRoundedRect(QRectF(rect()), Radius, Radius);
    p.fillPath(track, palette().alternateBase());
    p.setClipPath(track);
    const QList<QRectF> rects = segmentRects();
    for (int i = 0; i < rects.size(); ++i)
        p.fillRect(rects[i], m_segments[i].color);
}

bool ProportionBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int i = segmentAt(help->pos().x());
        if (i < 0) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), ChartText::toolTip(m_segments[i]), this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace pmp::ui
