#pragma once

#include <QLabel>

namespace pmp::ui {

// A one-line label for text the server chose (a computer's or patch's name in a pane title). A QLabel
// asks its layout for the width of its whole text, so a 10,000-character name widened the window
// to 150,000 pixels; this one asks for little, shows as much as fits with an ellipsis in the middle,
// and offers the whole text as its tooltip. Always plain text.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace pmp::ui
