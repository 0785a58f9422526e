#pragma once

#include "DetailPane.h"

#include <QList>

class QLabel;

namespace pmp::ui {

class ElidedLabel;

// A deployment configuration's per-target status: succeeded, failed, yet to apply, retrying,
// not applicable, as one proportional bar and counts.
class ConfigurationDetailPane : public DetailPane
{
    Q_OBJECT
public:
    explicit ConfigurationDetailPane(QWidget *parent = nullptr);
    void showRow(const pmp::models::RecordTableModel &model, int row) override;

    struct Segment
    {
        QString label;
        qint64 count = 0;
        QColor color;
    };
    QList<Segment> segments() const { return m_segments; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void colourSegments();
    void showCounts();

    ElidedLabel *m_title;
    QLabel *m_counts;
    QList<Segment> m_segments;
    qint64 m_total = 0;
};

} // namespace pmp::ui
