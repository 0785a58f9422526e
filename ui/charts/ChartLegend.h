#pragma once

#include "ChartSegment.h"

#include <QList>
#include <QWidget>

namespace pmp::ui {

// A legend drawn as aligned rows (swatch, label, count, share), clickable like the chart it
// belongs to: small slices are hard to hit, their legend rows are not.
class ChartLegend : public QWidget
{
    Q_OBJECT
public:
    explicit ChartLegend(QWidget *parent = nullptr);

    void setEntries(const QList<ChartSegment> &entries);
    QList<ChartSegment> entries() const { return m_entries; }
    void setShowShare(bool show);
    void setHighlightedKey(const QString &key);
    QString highlightedKey() const { return m_highlighted; }
    // Where an entry is drawn, in this widget's coordinates (empty if unknown).
    QRect entryRect(const QString &key) const;
    // The width needed with or without the share column.
    int widthFor(bool withShare) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void entryActivated(const QString &key);
    void entryHovered(const QString &key); // empty when the pointer left every entry (or the focus the legend)

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;
    int indexAt(const QPoint &pos) const;
    QString valueText(const ChartSegment &s) const;
    QString shareText(const ChartSegment &s) const;
    double total() const;

    void updateAccessibleText();
    void setFocusIndex(int index);

    QList<ChartSegment> m_entries;
    int m_focusIndex = -1; // the entry the keyboard is on
    QString m_highlighted;
    bool m_showShare = true;
};

} // namespace pmp::ui
