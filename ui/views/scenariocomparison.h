#pragma once

#include <QPointer>
#include <QWidget>

class QTableWidget;

namespace funnelcast::ui {

class PlanDocument;

// Every scenario of the plan side by side: the base forecast's key figures per scenario, each
// later scenario's difference from the first coloured (better green, worse red), and the
// spend per paid channel. Base forecasts are fast, so this follows every edit directly.
class ScenarioComparison : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioComparison(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    QTableWidget *table() const { return m_table; }

private:
    void refresh();

    QPointer<PlanDocument> m_document;
    QTableWidget *m_table;
};

} // namespace funnelcast::ui
