#pragma once

#include "DetailPane.h"
#include "charts/ChartSegment.h"

#include <QList>

class QLabel;

namespace pmp::ui {

class ElidedLabel;
class ProportionBar;

// A deployment configuration's per-target status: succeeded, failed, yet to apply, retrying,
// not applicable, as one proportional bar and counts.
class ConfigurationDetailPane : public DetailPane
{
    Q_OBJECT
public:
    explicit ConfigurationDetailPane(QWidget *parent = nullptr);
    void showRow(const pmp::models::RecordTableModel &model, int row) override;

    QList<ChartSegment> segments() const { return m_segments; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void colourSegments();
    void showCounts();

    ElidedLabel *m_title;
    ProportionBar *m_bar;
    QLabel *m_counts;
    QList<ChartSegment> m_segments;
    qint64 m_total = 0;
};

} // namespace pmp::ui
