#include "ElidedLabel.h"

#include "models/ToolTipText.h"

#include <QEvent>
#include <QFontMetrics>

namespace pmp::ui {

namespace {
// What the label asks for at most: a long title on a wide window, never more.
constexpr int PreferredMaxWidth = 600;
} // namespace

ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    elide();
    updateGeometry();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * 8, QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    return {std::min(fm.horizontalAdvance(m_fullText.left(200)) + 4, PreferredMaxWidth), QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
}

void ElidedLabel::elide()
{
    // Line breaks and tabs in a server's name would make a one-line title two; show them as spaces.
    QString oneLine = m_fullText;
    for (QChar &c : oneLine)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    const QString shown = fontMetrics().elidedText(oneLine, Qt::ElideMiddle, std::max(0, contentsRect().width()));
    QLabel::setText(shown);
    setToolTip(shown == oneLine ? QString() : models::toolTipText(m_fullText));
}

} // namespace pmp::ui
