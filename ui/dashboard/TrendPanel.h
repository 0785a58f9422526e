#pragma once

#include <QDateTime>
#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace pmp::ui {

class TrendChart;
class TrendSource;

// Trends the web console does not have: missing critical/important patches and vulnerable
// systems over the last 30 or 90 days, read from the local history of summary snapshots.
class TrendPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TrendPanel(QWidget *parent = nullptr);

    void setSource(TrendSource *source);
    TrendSource *source() const { return m_source; }
    // 30 or 90.
    void setRangeDays(int days);
    int rangeDays() const { return m_days; }
    // The 30/90-day switch, for the section header.
    QWidget *rangeSelector() const { return m_rangeSelector; }
    TrendChart *missingChart() const { return m_missing; }
    TrendChart *vulnerableChart() const { return m_vulnerable; }

public slots:
    // Re-reads the history for the window ending at `now`.
    void reload(const QDateTime &now);

private:
    TrendSource *m_source = nullptr;
    TrendChart *m_missing;
    TrendChart *m_vulnerable;
    QWidget *m_rangeSelector;
    QButtonGroup *m_rangeButtons;
    QDateTime m_now;
    int m_days = 30;
};

} // namespace pmp::ui
