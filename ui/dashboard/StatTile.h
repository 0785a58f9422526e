#pragma once

#include <QColor>
#include <QFrame>

#include <optional>

class QLabel;

namespace pmp::ui {

// One headline number: caption, value, a detail line and the change over a period. Clickable and
// keyboard-activatable when it leads to a list.
class StatTile : public QFrame
{
    Q_OBJECT
public:
    explicit StatTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(qint64 value);
    // A placeholder such as "—" while nothing is known.
    void setValueText(const QString &text);
    QString valueText() const;
    QString caption() const;
    void setDetail(const QString &detail);
    QString detailText() const;
    // The change against an earlier snapshot; nullopt when there is none that old. An increase is
    // shown as bad (red) when `increaseIsBad`, as good (green) otherwise. The change is over 30 days,
    // or since the time `since` names ("14:02") when given.
    void setChange(std::optional<qint64> change, bool increaseIsBad, const QString &toolTip, const QString &since = {});
    QString changeText() const;
    void setAccent(const QColor &color);
    void setClickable(bool clickable);
    bool isClickable() const { return m_clickable; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void activated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_change;
    QColor m_accent;
    std::optional<qint64> m_changeValue;
    bool m_increaseIsBad = true;
    bool m_clickable = false;
    bool m_hover = false;
};

} // namespace pmp::ui
