#pragma once

#include <QFrame>

class QLabel;

namespace funnelcast::ui {

// One key figure: its name, the base value large, and the P10-P90 range under it.
class KpiCard : public QFrame
{
    Q_OBJECT

public:
    explicit KpiCard(const QString &title, const QString &toolTip, QWidget *parent = nullptr);

    void setValues(const QString &base, const QString &range);
    QString baseText() const;
    QString rangeText() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_range;
};

} // namespace funnelcast::ui
